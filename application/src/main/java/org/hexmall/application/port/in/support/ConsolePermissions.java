package org.hexmall.application.port.in.support;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.hexmall.domain.support.AgentRole;

/**
 * The one table of who may do what in the console. Agents help customers; supervisors do all of that and also
 * take the actions that need a second pair of eyes: approvals, campaigns and the team itself. An interface of
 * constants and static lookups, so that the in-ports stay contracts only.
 */
public interface ConsolePermissions {

    /** What an agent (客服) may do. */
    Set<ConsoleAction> AGENT = Collections.unmodifiableSet(EnumSet.of(
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
            ConsoleAction.CHANGE_OWN_PASSWORD));

    /** What a supervisor (主管) may do: everything. */
    Set<ConsoleAction> SUPERVISOR = Collections.unmodifiableSet(EnumSet.allOf(ConsoleAction.class));

    /** Whether an agent in this role may take this action. */
    static boolean allows(AgentRole role, ConsoleAction action) {
        return column(role).contains(action);
    }

    /** Everything this role may do, for showing only the buttons that will work. */
    static Set<ConsoleAction> of(AgentRole role) {
        return EnumSet.copyOf(column(role));
    }

    private static Set<ConsoleAction> column(AgentRole role) {
        return switch (role) {
            case AGENT -> AGENT;
            case SUPERVISOR -> SUPERVISOR;
        };
    }
}
