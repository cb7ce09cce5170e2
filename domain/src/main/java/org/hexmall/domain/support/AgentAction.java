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
    REFUND_ORDER,
    REQUEST_REFUND_APPROVAL,
    APPROVE_REFUND,
    REJECT_REFUND,
    TAKE_AFTER_SALES,
    DECLINE_AFTER_SALES
}
