package org.hexmall.application.service.support;

import java.util.Locale;
import java.util.Optional;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.support.AgentLoginCommand;
import org.hexmall.application.port.in.support.LogInAgent;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.service.session.shared.PasswordLogin;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentUsername;

/** An agent's login to the console, throttled per login and per client address as customers' logins are. */
public final class LogInAgentService implements LogInAgent {

    private final Agents agents;
    private final PasswordLogin passwordLogin;

    public LogInAgentService(Agents agents, PasswordLogin passwordLogin) {
        this.agents = agents;
        this.passwordLogin = passwordLogin;
    }

    @Override
    public LoginResult logIn(AgentLoginCommand command) {
        return passwordLogin.logIn(command.password(), command.session(),
                new AgentLogin(command.username(), command.clientAddress()));
    }

    /**
     * An agent logs in with their username and signs in with their role. The client address is throttled together
     * with the customers' logins from it: a machine guessing passwords gets its one allowance, whichever form it
     * types into.
     */
    private final class AgentLogin implements PasswordLogin.Accounts<Agent> {

        private final String typedUsername;
        private final String clientAddress;

        AgentLogin(String typedUsername, String clientAddress) {
            this.typedUsername = typedUsername;
            this.clientAddress = clientAddress;
        }

        @Override
        public Optional<Agent> findByLogin() {
            try {
                return agents.findByUsername(AgentUsername.parse(typedUsername));
            } catch (DomainException notAUsername) {
                return Optional.empty();
            }
        }

        @Override
        public String typedLogin() {
            return "agent " + typedUsername.strip().toLowerCase(Locale.ROOT);
        }

        @Override
        public Agent reload(Agent agent) {
            return agents.findById(agent.id()).orElseThrow();
        }

        @Override
        public void keep(Agent agent, LoginThrottle throttle) {
            agents.update(agent.withLoginThrottle(throttle));
        }

        @Override
        public Optional<String> clientAddress() {
            return Optional.ofNullable(clientAddress);
        }

        @Override
        public Principal principal(Agent agent) {
            return new Principal.Agent(agent.id(), agent.role());
        }
    }
}
