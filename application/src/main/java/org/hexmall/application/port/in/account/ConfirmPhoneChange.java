package org.hexmall.application.port.in.account;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;

/** The customer types the code the new number received; the right one makes it the account's number. */
public interface ConfirmPhoneChange {

    Result confirm(CustomerId customer, PhoneNumber newPhone, String digits);

    /** What came of it. */
    sealed interface Result {
    }

    /** The account now uses the new number, for logging in and for its codes. */
    record Changed(String maskedPhone) implements Result {
    }

    /** No passed step-up for changing the phone (it ran out while waiting for the code): verify again. */
    record StepUpNeeded() implements Result {
    }

    /** Not the code that was sent; {@code entriesLeft} more tries. */
    record WrongCode(int entriesLeft) implements Result {
    }

    /** The code is used up, expired, or none was sent: ask for a new one. */
    record CodeExpired() implements Result {
    }

    /** Another account took the number meanwhile. */
    record NumberTaken() implements Result {
    }
}
