package org.hexmall.domain.refund;

/** Why a refund needs a supervisor's approval ({@link ApprovalPolicy}). */
public enum ApprovalReason {
    /** The refund is above the amount an agent may refund alone. */
    ABOVE_AMOUNT_LIMIT,
    /** The refund is above the share of the payment an agent may refund alone. */
    ABOVE_SHARE_OF_PAYMENT,
    /** The order was paid longer ago than an agent may refund alone. */
    PAID_LONG_AGO
}
