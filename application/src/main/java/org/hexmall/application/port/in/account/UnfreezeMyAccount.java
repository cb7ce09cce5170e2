package org.hexmall.application.port.in.account;

import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.security.StepUpId;

/** The last step of "Unfreeze my account": the passed step-up unfreezes the account it proved. */
public interface UnfreezeMyAccount {

    /** @param clientAddress where the customer unfroze it from, shown in their activity ("" when unknown) */
    Result unfreeze(StepUpId stepUp, String clientAddress);

    /** What came of it. */
    sealed interface Result {
    }

    /** The account is in use again: the customer may log in. */
    record Unfrozen() implements Result {
    }

    /** No passed step-up for unfreezing with this id (none, used, or too old). */
    record StepUpNeeded() implements Result {
    }

    /**
     * Customer service froze the account meanwhile, or the customer reported activity that was not them: only customer
     * service can unfreeze it, as {@code by} says.
     */
    record ForCustomerServiceToUnfreeze(FrozenBy by) implements Result {
    }
}
