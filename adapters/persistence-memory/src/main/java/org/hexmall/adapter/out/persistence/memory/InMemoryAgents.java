package org.hexmall.adapter.out.persistence.memory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentUsername;

/** Customer-service agents in memory. */
public final class InMemoryAgents implements Agents {

    private final StoreLock lock;
    private final Map<AgentId, Agent> byId = new HashMap<>();

    InMemoryAgents(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(Agent agent) {
        lock.run(() -> {
            if (byId.containsKey(agent.id()) || findByUsername(agent.username()).isPresent()) {
                throw new DuplicateKeyException("an agent with this username already exists");
            }
            byId.put(agent.id(), agent);
        });
    }

    @Override
    public void update(Agent agent) {
        lock.run(() -> {
            if (findByUsername(agent.username()).filter(other -> !other.id().equals(agent.id())).isPresent()) {
                throw new DuplicateKeyException("another agent has this username");
            }
            byId.replace(agent.id(), agent);
        });
    }

    @Override
    public Optional<Agent> findById(AgentId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public Optional<Agent> findByUsername(AgentUsername username) {
        return lock.call(() -> byId.values().stream().filter(agent -> agent.username().equals(username)).findFirst());
    }

    @Override
    public List<Agent> all() {
        return lock.call(() -> byId.values().stream()
                .sorted(Comparator.comparing(agent -> agent.username().value()))
                .toList());
    }

    RestorePoint restorePoint() {
        Map<AgentId, Agent> saved = new HashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }
}
