package org.hexmall.application.port.in.account;

import org.hexmall.domain.account.CustomerId;

/**
 * Account &amp; security → "Account activity" (账户动态): a customer checks their own logins and security events,
 * newest first, a page at a time, to see whether anyone else used the account.
 */
public interface ViewMyActivity {

    int PAGE_SIZE = 20;

    /**
     * The furthest page back that the customer can turn to: each page reads every entry newer than its own, so the
     * pages stop here; older activity is still kept.
     */
    int LAST_PAGE = 25;

    /**
     * One page of the customer's own activity, and only theirs. A page beyond the last one with entries is empty; one
     * beyond {@link #LAST_PAGE} is empty and says that older activity is not shown.
     *
     * @param page counted from 1
     */
    MyActivity view(CustomerId customerId, int page);
}
