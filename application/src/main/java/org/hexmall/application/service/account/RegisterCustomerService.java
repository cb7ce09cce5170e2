package org.hexmall.application.service.account;

import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.account.RegisterCustomer;
import org.hexmall.application.port.in.account.RegisterCustomerCommand;
import org.hexmall.application.port.in.account.RegistrationResult;
import org.hexmall.application.port.in.account.RegistrationResult.EmailAlreadyRegistered;
import org.hexmall.application.port.in.account.RegistrationResult.PhoneAlreadyRegistered;
import org.hexmall.application.port.in.account.RegistrationResult.Registered;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.security.PasswordHasher;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordHash;

public final class RegisterCustomerService implements RegisterCustomer {

    private final Customers customers;
    private final TransactionRunner transactions;
    private final PasswordHasher passwordHasher;
    private final RandomTokens tokens;
    private final Clock clock;

    public RegisterCustomerService(Customers customers, TransactionRunner transactions,
                                   PasswordHasher passwordHasher, RandomTokens tokens, Clock clock) {
        this.customers = customers;
        this.transactions = transactions;
        this.passwordHasher = passwordHasher;
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public RegistrationResult register(RegisterCustomerCommand command) {
        // Check before the deliberately slow hash, so a taken phone answers at once.
        Optional<RegistrationResult> taken = transactions.inTransaction(() -> conflictWith(command));
        if (taken.isPresent()) {
            return taken.get();
        }
        PasswordHash hash = passwordHasher.hash(command.password());
        try {
            return transactions.inTransaction(() -> {
                Customer customer = Customer.register(new CustomerId(tokens.uuid()), command.phone(),
                        command.email(), command.displayName(), hash, clock.instant());
                customers.add(customer);
                return new Registered(customer.id());
            });
        } catch (DuplicateKeyException raceLost) {
            // Another registration with the same phone or email committed between the check and the insert.
            return transactions.inTransaction(() -> conflictWith(command)).orElseThrow(() -> raceLost);
        }
    }

    private Optional<RegistrationResult> conflictWith(RegisterCustomerCommand command) {
        if (customers.findByPhone(command.phone()).isPresent()) {
            return Optional.of(new PhoneAlreadyRegistered());
        }
        if (command.email().flatMap(customers::findByEmail).isPresent()) {
            return Optional.of(new EmailAlreadyRegistered());
        }
        return Optional.empty();
    }
}
