package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/** The accounts, orders, payments and moments the persistence contracts store and read back. */
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

    /** A product named after its id in both languages, such as "Product ELEC-0001" and "商品 ELEC-0001". */
    static Product product(String id, Category category, long priceFen) {
        return new Product(new ProductId(id), "Product " + id, "商品 " + id, category, Money.ofFen(priceFen));
    }

    /**
     * The {@code serial}-th order number of 11 November 2025. Its random part is the serial, so the numbers
     * in one test never clash by chance.
     */
    static OrderNumber orderNumber(int serial) {
        RandomGenerator fixed = new RandomGenerator() {
            @Override
            public long nextLong() {
                return serial;
            }

            @Override
            public int nextInt(int bound) {
                return serial;
            }
        };
        return OrderNumber.generate(LocalDate.of(2025, 11, 11), fixed);
    }

    /** A new order awaiting payment, settled at {@code placedAt}. */
    static Order order(CustomerId customerId, OrderNumber number, Instant placedAt, List<OrderLine> lines) {
        return Order.settle(new OrderId(UUID.randomUUID()), number, customerId, lines, placedAt);
    }

    /** A new payment of the order with a wallet of {@code provider}, recorded at {@code createdAt}. */
    static Payment payment(Order order, WalletProvider provider, Money amount, Instant createdAt) {
        return Payment.create(new PaymentId(UUID.randomUUID()), order.id(), order.number(), order.customerId(),
                new BindingId(UUID.randomUUID()), provider, amount, createdAt);
    }
}
