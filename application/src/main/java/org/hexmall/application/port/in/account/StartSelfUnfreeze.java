package org.hexmall.application.port.in.account;

import java.time.Instant;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.shared.Language;

/**
 * "Unfreeze my account" (解冻账户), from the page a frozen account's login leads to: nobody can sign in to a frozen
 * account, so the customer names it by its phone and proves it with the login password (wrong ones count towards
 * the login lock), then with a step-up (a code to that phone, or a face check). An account customer service froze
 * (for example after confirmed fraud), or one frozen by the customer's report of activity that was not them, is
 * unfrozen by customer service only.
 */
public interface StartSelfUnfreeze {

    Result start(PhoneNumber phone, PlainPassword password, Language language);

    /** What came of it. */
    sealed interface Result {
    }

    /** The password is right: the step-up for unfreezing has started, as {@code progress} says. */
    record StepUpStarted(StepUpProgress progress) implements Result {
    }

    /** No account with this number and password; the answer does not say which was wrong. */
    record WrongCredentials() implements Result {
    }

    /** Too many wrong passwords: refused until {@code retryAfter}. */
    record Locked(Instant retryAfter) implements Result {
    }

    /** The account is not frozen: just log in. */
    record NotFrozen() implements Result {
    }

    /** Only customer service can unfreeze the account, because of who froze it: {@code by} says. */
    record ForCustomerServiceToUnfreeze(FrozenBy by) implements Result {
    }
}
