package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/** The accounts and moments the persistence contracts store and read back. */
final class Examples {

    /** Carries microseconds, the finest that databases keep, to show that none are lost. */
    static final Instant NOW = Instant.parse("2025-11-11T08:00:00.123456Z");

    static final PasswordHash PASSWORD_HASH =
            new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGVkcGFzc3dvcmQ");

    private Examples() {
    }

    static Customer customer(String phone, String email, String name) {
        return customer(phone, email, name, NOW);
    }

    /** A new customer; {@code email} may be null for one who gave none. */
    static Customer customer(String phone, String email, String name, Instant registeredAt) {
        return Customer.register(new CustomerId(UUID.randomUUID()), new PhoneNumber(phone),
                Optional.ofNullable(email).map(EmailAddress::new), new DisplayName(name), PASSWORD_HASH,
                registeredAt);
    }

    static Agent agent(String username, AgentRole role) {
        return Agent.create(new AgentId(UUID.randomUUID()), new AgentUsername(username), "Agent " + username,
                role, PASSWORD_HASH, NOW);
    }

    static SessionId newSessionId() {
        return new SessionId(UUID.randomUUID().toString().replace("-", ""));
    }

    static WalletAccountIdentifier walletPhone(String phone) {
        return new WalletAccountIdentifier(IdentifierKind.PHONE, phone);
    }

    static WalletAccountIdentifier walletEmail(String email) {
        return new WalletAccountIdentifier(IdentifierKind.EMAIL, email);
    }

    static WalletAccountIdentifier walletAccountId(String accountId) {
        return new WalletAccountIdentifier(IdentifierKind.ACCOUNT_ID, accountId);
    }

    /** A binding whose verification code was sent at {@code startedAt}. */
    static WalletBinding binding(CustomerId customerId, WalletProvider provider, WalletAccountIdentifier account,
                                 Instant startedAt) {
        return WalletBinding.start(new BindingId(UUID.randomUUID()), customerId, provider, account, startedAt);
    }
}
