package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.binding;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.order;
import static org.hexmall.application.port.out.persistence.Examples.orderNumber;
import static org.hexmall.application.port.out.persistence.Examples.payment;
import static org.hexmall.application.port.out.persistence.Examples.walletPhone;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.risk.DeviceTrust;
import org.hexmall.domain.risk.RecentPayment;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.ReconfirmationId;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletOnNewDevice;
import org.hexmall.domain.wallet.WalletReconfirmation;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RiskFacts} adapter must do: the aggregates the risk rules read, over the same stores' payments,
 * bindings and logins.
 */
public abstract class RiskFactsContract {

    private static final OrderLine EARBUDS = new OrderLine(new ProductId("ELEC-0001"), "Wireless earbuds", "无线耳机",
            Category.ELECTRONICS, Money.ofYuan(999, 0), 1);
    private static final Instant LONG_AGO = NOW.minus(Duration.ofDays(365));
    /** A wallet the facts are read for that nobody re-confirmed anywhere. */
    private static final BindingId NO_WALLET = new BindingId(UUID.randomUUID());

    private int ordersPlaced;

    protected abstract RiskFacts riskFacts();

    protected abstract Customers customers();

    protected abstract Orders orders();

    protected abstract Payments payments();

    protected abstract WalletBindings walletBindings();

    protected abstract LoginHistory loginHistory();

    protected abstract Devices devices();

    protected abstract WalletReconfirmations walletReconfirmations();

    private static Instant at(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void paymentSignals_countTheWindowAndReadTheUsualAmounts() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        storedPayment(liLei, Money.ofYuan(100, 0), at(-60 * 24 * 40), Optional.empty());   // before the usual window
        storedPayment(liLei, Money.ofYuan(200, 0), at(-60 * 24), Optional.empty());
        storedPayment(liLei, Money.ofYuan(300, 0), at(-30), Optional.empty());
        storedPayment(liLei, Money.ofYuan(400, 0), at(-5), Optional.of(PaymentFailureReason.WRONG_PAYMENT_PASSWORD));
        storedPayment(liLei, Money.ofYuan(500, 0), at(-4), Optional.of(PaymentFailureReason.PAYMENT_PASSWORD_LOCKED));
        storedPayment(liLei, Money.ofYuan(600, 0), at(-3), Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));
        storedPayment(hanMeimei, Money.ofYuan(700, 0), at(-2), Optional.empty());

        RiskFacts.PaymentSignals signals = riskFacts().paymentSignals(liLei, Optional.empty(), NO_WALLET,
                at(-60 * 24 * 30), 50, at(-10), at(-60));

        assertThat(signals.usualAmounts()).containsExactlyInAnyOrder(Money.ofYuan(200, 0), Money.ofYuan(300, 0));
        assertThat(signals.paymentsSince()).isEqualTo(3);
        assertThat(signals.wrongPasswordsSince()).isEqualTo(2);
        assertThat(signals.lastBoundAt()).isEmpty();
    }

    @Test
    void paymentSignals_readOnlyTheLatestUsualAmounts() {
        CustomerId liLei = storedCustomer("13800000001");
        storedPayment(liLei, Money.ofYuan(100, 0), at(-3), Optional.empty());
        storedPayment(liLei, Money.ofYuan(200, 0), at(-2), Optional.empty());
        storedPayment(liLei, Money.ofYuan(300, 0), at(-1), Optional.empty());

        assertThat(riskFacts().paymentSignals(liLei, Optional.empty(), NO_WALLET, LONG_AGO, 2, NOW, NOW).usualAmounts())
                .containsExactlyInAnyOrder(Money.ofYuan(200, 0), Money.ofYuan(300, 0));
    }

    @Test
    void paymentSignals_nameWhenTheLatestBoundWalletWasBound_notOneStillBeingBound() {
        CustomerId liLei = storedCustomer("13800000001");
        storedActiveBinding(liLei, WalletProvider.ALIPAY, at(-120));
        storedActiveBinding(liLei, WalletProvider.WECHAT_PAY, at(-7));
        walletBindings().add(binding(liLei, WalletProvider.JD_PAY, walletPhone("13800000001"), at(-1)));

        assertThat(riskFacts().paymentSignals(liLei, Optional.empty(), NO_WALLET, LONG_AGO, 50, NOW, NOW).lastBoundAt())
                .as("when the wallet app bound it, a minute after it started").contains(at(-7).plusSeconds(60));
    }

    @Test
    void paymentSignals_nameWhenTheWalletWasBound_evenWhenItWasStartedLongBefore() {
        CustomerId liLei = storedCustomer("13800000001");
        storedActiveBinding(liLei, WalletProvider.ALIPAY, at(-10));
        WalletBinding started = binding(liLei, WalletProvider.WECHAT_PAY, walletPhone("13800000001"), at(-14));
        walletBindings().add(started);
        WalletBinding slow = walletBindings().findById(started.id()).orElseThrow();
        slow.codeAccepted(at(-13));
        walletBindings().update(slow);
        slow = walletBindings().findById(started.id()).orElseThrow();
        slow.authorized("agreement-slow", false, at(-2));
        walletBindings().update(slow);

        assertThat(riskFacts().paymentSignals(liLei, Optional.empty(), NO_WALLET, LONG_AGO, 50, NOW, NOW).lastBoundAt())
                .contains(at(-2));
    }

    @Test
    void paymentAndBindingSignals_tellWhetherTheCustomerTrustsTheDevice() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        DeviceId trusted = storedDevice(liLei, "a", true);
        DeviceId notTrusted = storedDevice(liLei, "b", false);
        DeviceId hers = storedDevice(hanMeimei, "c", true);

        assertThat(paymentDevice(liLei, Optional.of(trusted))).isEqualTo(DeviceTrust.TRUSTED);
        assertThat(paymentDevice(liLei, Optional.of(notTrusted))).isEqualTo(DeviceTrust.UNTRUSTED);
        assertThat(paymentDevice(liLei, Optional.of(hers))).isEqualTo(DeviceTrust.UNTRUSTED);
        assertThat(paymentDevice(liLei, Optional.empty())).isEqualTo(DeviceTrust.UNKNOWN);
        assertThat(riskFacts().bindingSignals(liLei, Optional.of(trusted), NOW).device())
                .isEqualTo(DeviceTrust.TRUSTED);
        assertThat(riskFacts().bindingSignals(liLei, Optional.of(notTrusted), NOW).device())
                .isEqualTo(DeviceTrust.UNTRUSTED);
        assertThat(riskFacts().bindingSignals(liLei, Optional.empty(), NOW).device()).isEqualTo(DeviceTrust.UNKNOWN);
    }

    @Test
    void theWalletOnADevice_tellsWhenTheDeviceWasTrustedAfterACode_andWhetherTheWalletWasReconfirmedThere() {
        CustomerId liLei = storedCustomer("13800000001");
        WalletBinding wallet = storedActiveBinding(liLei, WalletProvider.ALIPAY, at(-120));
        DeviceId first = storedDevice(liLei, "a", true);
        Device seen = Device.firstSeen(new DeviceId(UUID.randomUUID()), liLei, "b",
                new DeviceName(DeviceName.Browser.SAFARI, DeviceName.Platform.IPHONE), "203.0.113.7", at(-20));
        devices().save(seen.awaitingCode(at(-20)).verified(true, at(-19)));
        DeviceId newPhone = seen.id();

        assertThat(riskFacts().walletOnDevice(liLei, first, wallet.id()))
                .isEqualTo(new WalletOnNewDevice(Optional.empty(), false));
        assertThat(riskFacts().walletOnDevice(liLei, newPhone, wallet.id()))
                .isEqualTo(new WalletOnNewDevice(Optional.of(at(-19)), false));
        assertThat(riskFacts().paymentSignals(liLei, Optional.of(newPhone), wallet.id(), LONG_AGO, 50, NOW, NOW)
                .walletOnDevice()).isEqualTo(new WalletOnNewDevice(Optional.of(at(-19)), false));

        WalletReconfirmation asked = WalletReconfirmation.before(WalletReconfirmation.Purpose.UNBINDING,
                new ReconfirmationId(UUID.randomUUID()), wallet, newPhone, at(-5));
        walletReconfirmations().add(asked);
        assertThat(riskFacts().walletOnDevice(liLei, newPhone, wallet.id()).reconfirmed())
                .as("asked, not yet answered").isFalse();
        walletReconfirmations().update(asked.confirmed(at(-4)));

        assertThat(riskFacts().walletOnDevice(liLei, newPhone, wallet.id()))
                .isEqualTo(new WalletOnNewDevice(Optional.of(at(-19)), true));
        assertThat(riskFacts().paymentSignals(liLei, Optional.of(newPhone), wallet.id(), LONG_AGO, 50, NOW, NOW)
                .walletOnDevice().reconfirmed()).isTrue();
        assertThat(riskFacts().paymentSignals(liLei, Optional.empty(), wallet.id(), LONG_AGO, 50, NOW, NOW)
                .walletOnDevice()).isEqualTo(WalletOnNewDevice.NOTHING_TO_ASK);
    }

    @Test
    void theWalletOnADevice_tellsWhenTheWalletWasBound_onlyWhereItWasMade() {
        CustomerId liLei = storedCustomer("13800000001");
        Device seen = Device.firstSeen(new DeviceId(UUID.randomUUID()), liLei, "b",
                new DeviceName(DeviceName.Browser.SAFARI, DeviceName.Platform.IPHONE), "203.0.113.7", at(-20));
        devices().save(seen.awaitingCode(at(-20)).verified(true, at(-19)));
        DeviceId newPhone = seen.id();
        DeviceId other = storedDevice(liLei, "a", true);
        WalletBinding madeThere = WalletBinding.start(new BindingId(UUID.randomUUID()), liLei, WalletProvider.ALIPAY,
                walletPhone("13800000001"), at(-10), Optional.empty(), Optional.of(newPhone));
        walletBindings().add(madeThere);
        assertThat(riskFacts().walletOnDevice(liLei, newPhone, madeThere.id()).boundHereAt())
                .as("not bound yet").isEmpty();
        WalletBinding binding = walletBindings().findById(madeThere.id()).orElseThrow();
        binding.codeAccepted(at(-9));
        binding.authorized("agreement-made-there", true, at(-8));
        walletBindings().update(binding);

        assertThat(riskFacts().walletOnDevice(liLei, newPhone, madeThere.id()))
                .isEqualTo(new WalletOnNewDevice(Optional.of(at(-19)), false, Optional.of(at(-8))));
        assertThat(riskFacts().paymentSignals(liLei, Optional.of(newPhone), madeThere.id(), LONG_AGO, 50, NOW, NOW)
                .walletOnDevice()).isEqualTo(new WalletOnNewDevice(Optional.of(at(-19)), false, Optional.of(at(-8))));
        assertThat(riskFacts().walletOnDevice(liLei, other, madeThere.id()).boundHereAt()).isEmpty();
        assertThat(riskFacts().walletOnDevice(liLei, newPhone, NO_WALLET).boundHereAt()).isEmpty();
    }

    @Test
    void bindingSignals_countTheBindingsTheCustomerStartedInTheWindow_butNotThoseThatFailedOrExpired() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        storedActiveBinding(liLei, WalletProvider.ALIPAY, at(-40));
        walletBindings().add(binding(liLei, WalletProvider.JD_PAY, walletPhone("13800000001"), at(-30)));
        walletBindings().add(binding(liLei, WalletProvider.WECHAT_PAY, walletPhone("13800000001"), at(-1)));
        walletBindings().add(binding(hanMeimei, WalletProvider.WECHAT_PAY, walletPhone("13800000002"), at(-1)));
        WalletBinding refused = binding(liLei, WalletProvider.UNIONPAY_QUICKPASS, walletPhone("13800000001"), at(-20));
        walletBindings().add(refused);
        refused.fail(BindingFailureReason.ACCOUNT_NOT_FOUND, at(-19));
        walletBindings().update(refused);
        WalletBinding unfinished = binding(liLei, WalletProvider.ALIPAY, walletPhone("13800000001"), at(-29));
        walletBindings().add(unfinished);
        unfinished.expire(at(-9));
        walletBindings().update(unfinished);

        assertThat(riskFacts().bindingSignals(liLei, Optional.empty(), at(-30)).bindingsSince()).isEqualTo(2);
    }

    @Test
    void loginSignals_countFailuresFromTheAddressOnOtherAccounts_andListTheRecentSuccessfulAddresses() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        loginHistory().record(new LoginRecord(liLei, at(-60), LoginOutcome.SUCCEEDED, "192.0.2.1"));
        loginHistory().record(new LoginRecord(liLei, at(-50), LoginOutcome.WRONG_PASSWORD, "203.0.113.9"));
        loginHistory().record(new LoginRecord(liLei, at(-10), LoginOutcome.WRONG_PASSWORD, "203.0.113.9"));
        loginHistory().record(new LoginRecord(hanMeimei, at(-5), LoginOutcome.REFUSED_LOCKED, "203.0.113.9"));
        loginHistory().record(new LoginRecord(hanMeimei, at(-4), LoginOutcome.WRONG_PASSWORD, "198.51.100.1"));
        loginHistory().record(new LoginRecord(hanMeimei, at(-2), LoginOutcome.WRONG_PASSWORD, "203.0.113.9"));
        loginHistory().record(new LoginRecord(liLei, at(-3), LoginOutcome.SUCCEEDED, "198.51.100.7"));

        RiskFacts.LoginSignals signals = riskFacts().loginSignals(liLei, "203.0.113.9", at(-15), 5);

        // Li Lei's own wrong password there is his login lock's to count, and the one before the window is over.
        assertThat(signals.failedFromAddress()).isEqualTo(2);
        assertThat(signals.recentAddresses()).containsExactly("198.51.100.7", "192.0.2.1");
        assertThat(riskFacts().loginSignals(liLei, "203.0.113.9", at(-15), 1).recentAddresses())
                .containsExactly("198.51.100.7");
    }

    @Test
    void loginSignals_countTheFailuresThatNamedNoAccount_fromTheAddressInTheWindow() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        loginHistory().record(new LoginRecord(hanMeimei, at(-5), LoginOutcome.WRONG_PASSWORD, "203.0.113.9"));
        loginHistory().recordUnknownLoginFailure("203.0.113.9", at(-20));
        loginHistory().recordUnknownLoginFailure("203.0.113.9", at(-4));
        loginHistory().recordUnknownLoginFailure("203.0.113.9", at(-1));
        loginHistory().recordUnknownLoginFailure("198.51.100.1", at(-1));

        assertThat(riskFacts().loginSignals(liLei, "203.0.113.9", at(-15), 5).failedFromAddress()).isEqualTo(3);
        assertThat(riskFacts().loginSignals(liLei, "198.51.100.1", at(-15), 5).failedFromAddress()).isEqualTo(1);
        assertThat(riskFacts().loginSignals(liLei, "192.0.2.1", at(-15), 5).failedFromAddress()).isZero();
    }

    @Test
    void recentPayments_listTheCustomersLatest_newestFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        storedPayment(liLei, Money.ofYuan(100, 0), at(-3), Optional.empty());
        Payment failed = storedPayment(liLei, Money.ofYuan(200, 0), at(-2),
                Optional.of(PaymentFailureReason.DECLINED));
        Payment latest = storedPayment(liLei, Money.ofYuan(300, 0), at(-1), Optional.empty());

        List<RecentPayment> recent = riskFacts().recentPayments(liLei, 2);

        assertThat(recent).extracting(RecentPayment::id).containsExactly(latest.id(), failed.id());
        RecentPayment declined = recent.get(1);
        assertThat(declined.amount()).isEqualTo(Money.ofYuan(200, 0));
        assertThat(declined.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(declined.failureReason()).contains(PaymentFailureReason.DECLINED);
        assertThat(declined.orderNumber()).isEqualTo(failed.orderNumber());
        assertThat(declined.createdAt()).isEqualTo(at(-2));
    }

    /** A payment created at {@code at}: failed for the reason given, else succeeded. */
    private Payment storedPayment(CustomerId customerId, Money amount, Instant at,
                                  Optional<PaymentFailureReason> failure) {
        ordersPlaced++;
        Order order = order(customerId, orderNumber(ordersPlaced), at.minusSeconds(60), List.of(EARBUDS));
        orders().add(order);
        Payment payment = payment(order, WalletProvider.ALIPAY, amount, at);
        payments().add(payment);
        payment.awaitConfirmation("https://wallet.example.cn/confirm", at.plusSeconds(1));
        failure.ifPresentOrElse(reason -> payment.fail(reason, at.plusSeconds(2)),
                () -> payment.succeed("alipay-" + ordersPlaced, at.plusSeconds(2)));
        payments().update(payment);
        return payment;
    }

    private WalletBinding storedActiveBinding(CustomerId customerId, WalletProvider provider, Instant startedAt) {
        WalletBinding started = binding(customerId, provider, walletPhone("13800000001"), startedAt);
        walletBindings().add(started);
        WalletBinding binding = walletBindings().findById(started.id()).orElseThrow();
        binding.codeAccepted(startedAt.plusSeconds(30));
        walletBindings().update(binding);
        binding = walletBindings().findById(started.id()).orElseThrow();
        binding.authorized("agreement-" + provider, false, startedAt.plusSeconds(60));
        walletBindings().update(binding);
        return binding;
    }

    private DeviceTrust paymentDevice(CustomerId customerId, Optional<DeviceId> device) {
        return riskFacts().paymentSignals(customerId, device, NO_WALLET, LONG_AGO, 50, NOW, NOW).device();
    }

    private DeviceId storedDevice(CustomerId customerId, String tokenHash, boolean trusted) {
        Device seen = Device.firstSeen(new DeviceId(UUID.randomUUID()), customerId, tokenHash,
                new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID), "203.0.113.7", at(-30));
        devices().save(trusted ? seen.trusted(at(-30)) : seen);
        return seen.id();
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
