package org.hexmall.application.port.in.support;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.hexmall.domain.support.AgentRole;

/**
 * The one table of who may do what in the console. Agents help customers; supervisors do all of that and also
 * take the actions that need a second pair of eyes: approvals, campaigns and the team itself.
 */
public final class ConsolePermissions {

    private static final Map<AgentRole, Set<ConsoleAction>> TABLE = new EnumMap<>(AgentRole.class);

    static {
        Set<ConsoleAction> agent = EnumSet.of(
                ConsoleAction.VIEW_CUSTOMERS,
                ConsoleAction.ADD_CASE_NOTE,
                ConsoleAction.FORCE_UNBIND_WALLET,
                ConsoleAction.CLEAR_LOGIN_LOCK,
                ConsoleAction.FREEZE_ACCOUNT,
                ConsoleAction.UNFREEZE_ACCOUNT,
                ConsoleAction.REVOKE_DEVICE,
                ConsoleAction.RESOLVE_RISK_ALERT,
                ConsoleAction.REFUND_UNDER_LIMIT,
                ConsoleAction.REQUEST_REFUND_APPROVAL,
                ConsoleAction.HANDLE_AFTER_SALES,
                ConsoleAction.GRANT_COMPENSATION,
                ConsoleAction.CHANGE_OWN_PASSWORD);
        TABLE.put(AgentRole.AGENT, agent);
        TABLE.put(AgentRole.SUPERVISOR, EnumSet.allOf(ConsoleAction.class));
    }

    private ConsolePermissions() {
    }

    /** Whether an agent in this role may take this action. */
    public static boolean allows(AgentRole role, ConsoleAction action) {
        return TABLE.get(role).contains(action);
    }

    /** Everything this role may do, for showing only the buttons that will work. */
    public static Set<ConsoleAction> of(AgentRole role) {
        return EnumSet.copyOf(TABLE.get(role));
    }
}
