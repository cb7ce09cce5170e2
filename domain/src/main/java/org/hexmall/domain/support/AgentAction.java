package org.hexmall.domain.support;

/** What an agent did, to a customer's account or to a promotion campaign, as the audit log names it. */
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
    /** Gave a customer a coupon or points within the agent's daily limit. */
    GRANT_COMPENSATION,
    /** Asked a supervisor to approve a compensation above the agent's daily limit. */
    REQUEST_COMPENSATION,
    APPROVE_COMPENSATION,
    REJECT_COMPENSATION
}
