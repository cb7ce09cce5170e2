package org.hexmall.domain.security;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.Customer;

/**
 * One security setting that can stop an account from a sensitive action, such as binding a wallet.
 * Each gate answers with the code of its refusal, or nothing; {@link #allOf} chains them, so a new
 * rule (say, "verify a new device first") is one more gate, and no use case changes.
 */
@FunctionalInterface
public interface AccountSecurityGate {

    /** Empty when the account may go ahead; otherwise the code of the reason it may not. */
    Optional<String> refusalFor(Customer customer);

    /** A frozen account is held by customer service and may not change its payment methods. */
    AccountSecurityGate NOT_FROZEN = customer ->
            customer.isFrozen() ? Optional.of("account.frozen") : Optional.empty();

    /** The first refusal of the gates, in order. */
    static AccountSecurityGate allOf(List<AccountSecurityGate> gates) {
        List<AccountSecurityGate> chain = List.copyOf(gates);
        return customer -> chain.stream()
                .map(gate -> gate.refusalFor(customer))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
