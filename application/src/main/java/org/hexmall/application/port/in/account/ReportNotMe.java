package org.hexmall.application.port.in.account;

/**
 * "This wasn't me": a customer sees a line of their account activity that they did not do. The account is frozen at
 * once, every device signed in to it is logged out (this one too), and the report is kept for customer service, who
 * contact the customer and unfreeze the account once they know it is safe.
 */
public interface ReportNotMe {

    /** Freezes the account and ends its sessions; an account frozen already stays frozen, and the report is kept. */
    void report(ReportNotMeCommand command);
}
