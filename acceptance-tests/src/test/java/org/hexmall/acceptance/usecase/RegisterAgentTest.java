package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.util.Optional;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.session.LoginResult.WrongCredentials;
import org.hexmall.application.port.in.support.AgentLoginCommand;
import org.hexmall.application.port.in.support.RegisterAgentCommand;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;
import org.junit.jupiter.api.Test;

class RegisterAgentTest {

    private final InMemoryHexmall hexmall = new InMemoryHexmall();

    @Test
    void aNewAgent_canLogIntoTheConsoleWithTheirRole() {
        AgentId agent = hexmall.registerAgent.register(
                agentCommand("wang.fang", AgentRole.AGENT, "console-pass-2025")).orElseThrow();

        LoginResult result = logIn("wang.fang", "console-pass-2025");

        assertThat(sessionAfter(result).principal()).isEqualTo(new Principal.Agent(agent, AgentRole.AGENT));
    }

    @Test
    void aUsernameAlreadyTaken_isRefusedAndLeavesTheFirstAgentsLoginAsItWas() {
        hexmall.registerAgent.register(agentCommand("wang.fang", AgentRole.AGENT, "console-pass-2025"));

        Optional<AgentId> second = hexmall.registerAgent.register(
                agentCommand("Wang.Fang", AgentRole.SUPERVISOR, "other-pass-2025"));

        assertThat(second).isEmpty();
        assertThat(logIn("wang.fang", "other-pass-2025")).isInstanceOf(WrongCredentials.class);
        assertThat(sessionAfter(logIn("wang.fang", "console-pass-2025")).principal())
                .isInstanceOfSatisfying(Principal.Agent.class, agent -> assertThat(agent.role()).isEqualTo(AgentRole.AGENT));
    }

    private LoginResult logIn(String username, String password) {
        return hexmall.logInAgent.logIn(AgentLoginCommand.fromForm(username, password, null,
                hexmall.newVisitor().id()));
    }

    private static RegisterAgentCommand agentCommand(String username, AgentRole role, String password) {
        return new RegisterAgentCommand(AgentUsername.parse(username), "王芳", role, new PlainPassword(password));
    }
}
