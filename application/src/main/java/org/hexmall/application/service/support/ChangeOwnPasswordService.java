package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.support.ChangeOwnPassword;
import org.hexmall.application.port.in.support.ChangeOwnPasswordCommand;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.security.LoginAttempt;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentAuditEntry;

/**
 * The slow hashing (checking the current password, hashing the new one) runs outside any transaction; then, in one
 * transaction, {@link LoginAttempt} decides on the current password as a login would, and the new password is stored
 * and audited (never the password itself), or the wrong one counted. A new password ends every other console session
 * of the agent's, as a supervisor's reset does: whoever knew the old one is signed out; the session the agent changed
 * it from stays open.
 */
public final class ChangeOwnPasswordService implements ChangeOwnPassword {

    private final Agents agents;
    private final AuditLog auditLog;
    private final Sessions sessions;
    private final TransactionRunner transactions;
    private final PasswordHasher hasher;
    private final LoginLockoutPolicy lockoutPolicy;
    private final Clock clock;

    public ChangeOwnPasswordService(Agents agents, AuditLog auditLog, Sessions sessions,
                                    TransactionRunner transactions, PasswordHasher hasher,
                                    LoginLockoutPolicy lockoutPolicy, Clock clock) {
        this.agents = agents;
        this.auditLog = auditLog;
        this.sessions = sessions;
        this.transactions = transactions;
        this.hasher = hasher;
        this.lockoutPolicy = lockoutPolicy;
        this.clock = clock;
    }

    @Override
    public Result change(ChangeOwnPasswordCommand command) {
        Agent asTyped = transactions.inTransaction(() ->
                ActingAgents.permitted(agents, command.agent(), ConsoleAction.CHANGE_OWN_PASSWORD));
        boolean passwordMatches = hasher.matches(command.currentPassword(), asTyped.passwordHash());
        PasswordHash newHash = passwordMatches ? hasher.hash(command.newPassword()) : null;
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Agent agent = ActingAgents.permitted(agents, command.agent(), ConsoleAction.CHANGE_OWN_PASSWORD);
            LoginAttempt.Outcome outcome = LoginAttempt.decide(agent.loginThrottle(), false, passwordMatches, now,
                    lockoutPolicy);
            return switch (outcome) {
                case LoginAttempt.Succeeded succeeded -> {
                    agents.update(agent.withOwnPassword(newHash).withLoginThrottle(succeeded.throttle()));
                    auditLog.append(new AgentAuditEntry(now, agent.id(), agent.username().value(), agent.id(),
                            AgentAction.CHANGE_OWN_PASSWORD, agent.username().value(), ""));
                    endOtherSessions(agent, command.keptSession());
                    yield new Changed();
                }
                case LoginAttempt.WrongPassword wrong -> {
                    agents.update(agent.withLoginThrottle(wrong.throttle()));
                    yield wrong.lockedUntil().<Result>map(Locked::new).orElseGet(WrongCurrentPassword::new);
                }
                case LoginAttempt.RefusedLocked locked -> new Locked(locked.until());
                case LoginAttempt.RefusedFrozen frozen -> throw new IllegalStateException("decided as not frozen");
            };
        });
    }

    private void endOtherSessions(Agent agent, Optional<SessionId> kept) {
        Optional<Session> keep = kept.flatMap(sessions::findById)
                .filter(session -> session.principal() instanceof Principal.Agent signedIn
                        && signedIn.agentId().equals(agent.id()));
        sessions.deleteSignedInAs(agent.id());
        keep.ifPresent(sessions::save);
    }
}
