package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.session.LoginResult.WrongCredentials;
import org.hexmall.application.port.in.support.AgentLoginCommand;
import org.hexmall.application.port.in.support.RegisterAgent;
import org.hexmall.application.port.in.support.RegisterAgentCommand;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.service.support.RegisterAgentService;
import org.hexmall.domain.security.PasswordHash;
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

    /**
     * Two registrations of one username at the same moment (two nodes of one store creating the demo agents as they
     * start): the one that checks first but inserts second finds the username taken, as if its check had seen it.
     */
    @Test
    void aUsernameTakenBetweenTheCheckAndTheInsert_isRefusedLikeOneTakenBefore() {
        RegisterAgent otherNode = hexmall.registerAgent;
        PasswordHasher hashingWhileTheOtherRegisters = new PasswordHasher() {
            @Override
            public PasswordHash hash(PlainPassword password) {
                otherNode.register(agentCommand("wang.fang", AgentRole.AGENT, "console-pass-2025"));
                return LightPasswordHashing.HASHER.hash(password);
            }

            @Override
            public boolean matches(PlainPassword candidate, PasswordHash hash) {
                return LightPasswordHashing.HASHER.matches(candidate, hash);
            }
        };
        var thisNode = new RegisterAgentService(hexmall.storage.agents(), hexmall.storage.transactions(),
                hashingWhileTheOtherRegisters, new SecureRandomTokens(), Clock.fixed(InMemoryHexmall.OPENING_TIME,
                ZoneOffset.UTC));

        Optional<AgentId> second = thisNode.register(agentCommand("wang.fang", AgentRole.SUPERVISOR,
                "other-pass-2025"));

        assertThat(second).isEmpty();
        assertThat(sessionAfter(logIn("wang.fang", "console-pass-2025")).principal())
                .isInstanceOfSatisfying(Principal.Agent.class,
                        agent -> assertThat(agent.role()).isEqualTo(AgentRole.AGENT));
    }

    private LoginResult logIn(String username, String password) {
        return hexmall.logInAgent.logIn(AgentLoginCommand.fromForm(username, password, null,
                hexmall.newVisitor().id()));
    }

    private static RegisterAgentCommand agentCommand(String username, AgentRole role, String password) {
        return new RegisterAgentCommand(AgentUsername.parse(username), "王芳", role, new PlainPassword(password));
    }
}
