package org.hexmall.domain.support;

/**
 * What an agent did, to a customer's account, to a promotion campaign or to another agent's console login, as the
 * audit log names it.
 */
public enum AgentAction {
    FORCE_UNBIND_WALLET,
    CLEAR_LOGIN_LOCK,
    FREEZE_ACCOUNT,
    UNFREEZE_ACCOUNT,
    RESOLVE_RISK_ALERT,
    REVOKE_DEVICE,
    CREATE_CAMPAIGN,
    CHANGE_CAMPAIGN,
    PAUSE_CAMPAIGN,
    RESUME_CAMPAIGN,
    END_CAMPAIGN,
    CREATE_AGENT,
    RESET_AGENT_PASSWORD,
    DISABLE_AGENT,
    ENABLE_AGENT,
    CHANGE_OWN_PASSWORD,
    REFUND_ORDER,
    REQUEST_REFUND_APPROVAL,
    APPROVE_REFUND,
    REJECT_REFUND,
    TAKE_AFTER_SALES,
    DECLINE_AFTER_SALES,
    /** Gave a customer a coupon or points within the agent's daily limit. */
    GRANT_COMPENSATION,
    /** Asked a supervisor to approve a compensation above the agent's daily limit. */
    REQUEST_COMPENSATION,
    APPROVE_COMPENSATION,
    REJECT_COMPENSATION,
    /** Lifted the hold a blocked attempt placed on a customer's account, or resolved the alert that placed it. */
    LIFT_RISK_HOLD
}
