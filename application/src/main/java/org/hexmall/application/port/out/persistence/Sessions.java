package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.support.AgentId;

/** Where sessions are kept, so that any server behind the load balancer can serve any visitor. */
public interface Sessions {

    /** Stores the session, replacing the stored one with the same id. */
    void save(Session session);

    Optional<Session> findById(SessionId id);

    void delete(SessionId id);

    /** Removes the sessions last seen before {@code cutoff}; returns how many. */
    int deleteLastSeenBefore(Instant cutoff);

    /** Ends every session the customer is signed in to, on every device; returns how many. */
    int deleteSignedInAs(CustomerId customer);

    /** Ends every console session the agent is logged in to; returns how many. */
    int deleteSignedInAs(AgentId agent);

    /** Ends every session opened by a login on the device; returns how many. */
    int deleteOpenedOn(DeviceId device);
}
