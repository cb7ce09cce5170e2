package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.session.LoginResult.Locked;
import org.hexmall.application.port.in.session.LoginResult.SignedIn;
import org.hexmall.application.port.in.session.LoginResult.WrongCredentials;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.support.AgentLoginCommand;
import org.hexmall.application.port.in.support.LogInAgent;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.service.session.shared.DecoyPasswordCheck;
import org.hexmall.application.service.session.shared.SessionRotation;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentUsername;

public final class LogInAgentService implements LogInAgent {

    private final Agents agents;
    private final TransactionRunner transactions;
    private final PasswordHasher passwordHasher;
    private final SessionRotation sessionRotation;
    private final DecoyPasswordCheck decoy;
    private final LoginLockoutPolicy lockoutPolicy;
    private final Clock clock;

    public LogInAgentService(Agents agents, TransactionRunner transactions, PasswordHasher passwordHasher,
                             SessionRotation sessionRotation, LoginLockoutPolicy lockoutPolicy, Clock clock) {
        this.agents = agents;
        this.transactions = transactions;
        this.passwordHasher = passwordHasher;
        this.sessionRotation = sessionRotation;
        this.decoy = new DecoyPasswordCheck(passwordHasher);
        this.lockoutPolicy = lockoutPolicy;
        this.clock = clock;
    }

    @Override
    public LoginResult logIn(AgentLoginCommand command) {
        Optional<Agent> found = transactions.inTransaction(() -> findByUsername(command.username()));
        if (found.isEmpty()) {
            decoy.spendTimeOn(command.password());
            return new WrongCredentials();
        }
        boolean passwordMatches = passwordHasher.matches(command.password(), found.get().passwordHash());
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Agent agent = agents.findById(found.get().id()).orElseThrow();
            Optional<Instant> lockedUntil = agent.loginThrottle().retryAfter(now);
            if (lockedUntil.isPresent()) {
                return new Locked(lockedUntil.get());
            }
            if (!passwordMatches) {
                Agent failed = agent.afterFailedLogin(now, lockoutPolicy);
                agents.update(failed);
                return failed.loginThrottle().retryAfter(now)
                        .<LoginResult>map(Locked::new)
                        .orElseGet(WrongCredentials::new);
            }
            agents.update(agent.afterSuccessfulLogin());
            return new SignedIn(sessionRotation.signIn(
                    command.session(), new Principal.Agent(agent.id(), agent.role()), now));
        });
    }

    private Optional<Agent> findByUsername(String typed) {
        try {
            return agents.findByUsername(AgentUsername.parse(typed));
        } catch (DomainException notAUsername) {
            return Optional.empty();
        }
    }
}
