package org.hexmall.application.port.in.support;

/**
 * Everything the console lets a customer-service agent do. Which role may take which action is one table,
 * {@link ConsolePermissions}; each use case asks it before acting, so a hidden button is never the only guard.
 */
public enum ConsoleAction {
    /** Find customers and orders and read what happened to them. */
    VIEW_CUSTOMERS,
    /** Add a case note to a customer's file (notes are append-only). */
    ADD_CASE_NOTE,
    FORCE_UNBIND_WALLET,
    CLEAR_LOGIN_LOCK,
    FREEZE_ACCOUNT,
    UNFREEZE_ACCOUNT,
    REVOKE_DEVICE,
    RESOLVE_RISK_ALERT,
    /** Refund a paid order when the refund stays under the approval thresholds. */
    REFUND_UNDER_LIMIT,
    /** Ask for a refund that needs a second person's approval. */
    REQUEST_REFUND_APPROVAL,
    /** Approve or reject another agent's refund request. */
    APPROVE_REFUND,
    /** Take or decline a customer's after-sales request. */
    HANDLE_AFTER_SALES,
    /** Compensate a customer with a coupon or points within the agent's daily limit. */
    GRANT_COMPENSATION,
    /** Approve or reject compensation above an agent's daily limit. */
    APPROVE_COMPENSATION,
    /** Create, change, pause, resume and end promotion campaigns. */
    MANAGE_CAMPAIGNS,
    /** Create agents, reset their passwords and disable them. */
    MANAGE_AGENTS,
    /** Read and export the audit log of every agent. */
    VIEW_AUDIT_LOG,
    CHANGE_OWN_PASSWORD
}
