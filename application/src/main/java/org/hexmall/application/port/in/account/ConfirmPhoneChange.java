package org.hexmall.application.port.in.account;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;

/**
 * The customer types the code the new number received; the right one makes it the account's number, logs out every
 * other device signed in to the account, and keeps the visitor in {@code current} signed in under a new session.
 */
public interface ConfirmPhoneChange {

    /** @param clientAddress where the customer typed the code, shown in their activity ("" when unknown) */
    Result confirm(CustomerId customer, PhoneNumber newPhone, String digits, SessionId current,
                   String clientAddress);

    /** What came of it. */
    sealed interface Result {
    }

    /**
     * The account now uses the new number, for logging in and for its codes; the visitor continues in
     * {@code session}, every other session of the account has ended.
     */
    record Changed(String maskedPhone, Session session) implements Result {
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
