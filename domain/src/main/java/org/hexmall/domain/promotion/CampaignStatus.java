package org.hexmall.domain.promotion;

/** Where a campaign stands at a moment; see {@link Campaign#statusAt}. */
public enum CampaignStatus {
    /** Its window has not opened yet. */
    SCHEDULED,
    /** Open: its offers apply. */
    RUNNING,
    /** Stopped for a while by a supervisor; resuming reopens it if its window is still open. */
    PAUSED,
    /** Its window closed, or a supervisor ended it for good. */
    ENDED,
    /** Its budget is reserved or spent to the last fen. */
    BUDGET_SPENT
}
