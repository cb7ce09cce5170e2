package org.hexmall.application.port.in.account;

import org.hexmall.domain.account.CustomerId;

/** How a registration ended. A taken phone or email is an answer, not an error. */
public sealed interface RegistrationResult {

    record Registered(CustomerId customerId) implements RegistrationResult {
    }

    record PhoneAlreadyRegistered() implements RegistrationResult {
    }

    record EmailAlreadyRegistered() implements RegistrationResult {
    }
}
