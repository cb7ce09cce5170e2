package org.hexmall.application.port.out.persistence;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentUsername;

/** Where customer-service agents are kept. Usernames are unique. */
public interface Agents {

    /** Stores a new agent; throws {@link DuplicateKeyException} if the username is taken. */
    void add(Agent agent);

    void update(Agent agent);

    Optional<Agent> findById(AgentId id);

    Optional<Agent> findByUsername(AgentUsername username);

    /** Every agent, disabled ones too, by username. */
    List<Agent> all();
}
