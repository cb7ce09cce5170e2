package org.hexmall.adapter.out.persistence.jdbi;

import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;

/** How a session's {@link Principal} is spread over the principal and role columns of {@code sessions}. */
record PrincipalColumns(String kind, String id, String agentRole) {

    static PrincipalColumns of(Principal principal) {
        return switch (principal) {
            case Principal.Anonymous() -> new PrincipalColumns("ANONYMOUS", null, null);
            case Principal.Customer(CustomerId customerId) ->
                    new PrincipalColumns("CUSTOMER", customerId.toString(), null);
            case Principal.Agent(AgentId agentId, AgentRole role) ->
                    new PrincipalColumns("AGENT", agentId.toString(), role.name());
        };
    }

    Principal toPrincipal() {
        return switch (kind) {
            case "ANONYMOUS" -> Principal.ANONYMOUS;
            case "CUSTOMER" -> new Principal.Customer(new CustomerId(UUID.fromString(id)));
            case "AGENT" -> new Principal.Agent(new AgentId(UUID.fromString(id)), AgentRole.valueOf(agentRole));
            default -> throw new IllegalStateException("unknown principal kind in the sessions table: " + kind);
        };
    }
}
