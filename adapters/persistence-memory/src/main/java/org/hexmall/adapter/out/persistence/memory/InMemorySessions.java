package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.support.AgentId;

/** Sessions in memory: for one process only, so not for several nodes behind a load balancer. */
public final class InMemorySessions implements Sessions {

    private final StoreLock lock;
    private final Map<SessionId, Session> byId = new HashMap<>();

    InMemorySessions(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void save(Session session) {
        lock.run(() -> byId.put(session.id(), session));
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public void delete(SessionId id) {
        lock.run(() -> byId.remove(id));
    }

    @Override
    public int deleteLastSeenBefore(Instant cutoff) {
        return lock.call(() -> {
            int before = byId.size();
            byId.values().removeIf(session -> session.lastSeenAt().isBefore(cutoff));
            return before - byId.size();
        });
    }

    @Override
    public int deleteSignedInAs(CustomerId customer) {
        var signedIn = new Principal.Customer(customer);
        return lock.call(() -> {
            int before = byId.size();
            byId.values().removeIf(session -> session.principal().equals(signedIn));
            return before - byId.size();
        });
    }

    @Override
    public int deleteSignedInAs(AgentId agent) {
        return lock.call(() -> {
            int before = byId.size();
            byId.values().removeIf(session -> session.principal() instanceof Principal.Agent signedIn
                    && signedIn.agentId().equals(agent));
            return before - byId.size();
        });
    }

    @Override
    public int deleteOpenedOn(DeviceId device) {
        return lock.call(() -> {
            int before = byId.size();
            byId.values().removeIf(session -> device.equals(session.device()));
            return before - byId.size();
        });
    }

    RestorePoint restorePoint() {
        Map<SessionId, Session> saved = new HashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }
}
