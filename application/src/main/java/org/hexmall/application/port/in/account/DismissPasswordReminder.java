package org.hexmall.application.port.in.account;

import org.hexmall.domain.account.CustomerId;

/** "Remind me later" on the password banner: it stays away for a while (30 days as standard). */
public interface DismissPasswordReminder {

    void dismiss(CustomerId customer);
}
