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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.DashboardFacts.BindingFunnel;
import org.hexmall.application.port.out.persistence.DashboardFacts.Days;
import org.hexmall.application.port.out.persistence.DashboardFacts.PaymentCount;
import org.hexmall.application.port.out.persistence.DashboardFacts.RefundCount;
import org.hexmall.application.port.out.persistence.DashboardFacts.Waiting;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.refund.AgentRef;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundCategory;
import org.hexmall.domain.refund.RefundQuote;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.AttemptKind;
import org.hexmall.domain.risk.FiredRule;
import org.hexmall.domain.risk.Resolution;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskReason;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.risk.RiskRules;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * What every {@link DashboardFacts} adapter must do: count by the days of the store's time zone, to the microsecond at
 * their edges, over the same stores' payments, bindings, refunds and alerts.
 */
public abstract class DashboardFactsContract {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 9, 10 and 11 November 2025 in Shanghai: NOW is 16:00 on the 11th there. */
    private static final Days DAYS = Days.endingAt(NOW, SHANGHAI, 3);
    private static final LocalDate NOV_9 = LocalDate.of(2025, 11, 9);
    private static final LocalDate NOV_10 = LocalDate.of(2025, 11, 10);
    private static final LocalDate NOV_11 = LocalDate.of(2025, 11, 11);
    private static final OrderLine EARBUDS = new OrderLine(new ProductId("ELEC-0001"), "Wireless earbuds", "无线耳机",
            Category.ELECTRONICS, Money.ofYuan(999, 0), 1);

    private int ordersPlaced;

    protected abstract DashboardFacts dashboardFacts();

    protected abstract Customers customers();

    protected abstract Orders orders();

    protected abstract Payments payments();

    protected abstract WalletBindings walletBindings();

    protected abstract RiskAlerts riskAlerts();

    protected abstract RefundCases refundCases();

    protected abstract Compensations compensations();

    protected abstract Agents agents();

    protected abstract DashboardRollups dashboardRollups();

    /** The start of a day in Shanghai, moved by some seconds. */
    private static Instant startOf(LocalDate day, long plusSeconds) {
        return day.atStartOfDay(SHANGHAI).toInstant().plusSeconds(plusSeconds);
    }

    @Test
    void payments_areCountedByTheDayOfTheStoresTimeZone_wallet_statusAndReason() {
        CustomerId liLei = storedCustomer("13800000001");
        storedPayment(liLei, WalletProvider.ALIPAY, startOf(NOV_9, 0).minusNanos(1000), Optional.empty());
        storedPayment(liLei, WalletProvider.ALIPAY, startOf(NOV_9, 0), Optional.empty());
        storedPayment(liLei, WalletProvider.WECHAT_PAY, startOf(NOV_11, 0).minusNanos(1000),
                Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));
        storedPayment(liLei, WalletProvider.ALIPAY, startOf(NOV_11, 0),
                Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));
        storedPayment(liLei, WalletProvider.ALIPAY, startOf(NOV_11, 60),
                Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));
        storedPayment(liLei, WalletProvider.ALIPAY, startOf(NOV_11, 120),
                Optional.of(PaymentFailureReason.WRONG_PAYMENT_PASSWORD));
        storedPayment(liLei, WalletProvider.JD_PAY, startOf(NOV_11.plusDays(1), 0), Optional.empty());

        assertThat(dashboardFacts().payments(DAYS)).containsExactlyInAnyOrder(
                new PaymentCount(NOV_9, WalletProvider.ALIPAY, PaymentStatus.SUCCEEDED, Optional.empty(), 1),
                new PaymentCount(NOV_10, WalletProvider.WECHAT_PAY, PaymentStatus.FAILED,
                        Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE), 1),
                new PaymentCount(NOV_11, WalletProvider.ALIPAY, PaymentStatus.FAILED,
                        Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE), 2),
                new PaymentCount(NOV_11, WalletProvider.ALIPAY, PaymentStatus.FAILED,
                        Optional.of(PaymentFailureReason.WRONG_PAYMENT_PASSWORD), 1));
    }

    @Test
    void countedDays_giveTheSameFiguresAsCountingLive_andAreCountedOnce() {
        CustomerId liLei = storedCustomer("13800000001");
        storedPayment(liLei, WalletProvider.ALIPAY, startOf(NOV_9, 0), Optional.empty());
        storedPayment(liLei, WalletProvider.ALIPAY, startOf(NOV_9, 3600), Optional.empty());
        storedPayment(liLei, WalletProvider.WECHAT_PAY, startOf(NOV_10, 0).minusNanos(1000),
                Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));
        storedPayment(liLei, WalletProvider.WECHAT_PAY, startOf(NOV_10, 0),
                Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));
        storedPayment(liLei, WalletProvider.JD_PAY, startOf(NOV_11, 0).minusNanos(1000), Optional.empty());
        storedPayment(liLei, WalletProvider.JD_PAY, startOf(NOV_11, 0), Optional.empty());
        List<PaymentCount> live = dashboardFacts().payments(DAYS);

        assertThat(dashboardRollups().rollUp(NOV_10, SHANGHAI, NOW)).isEqualTo(DashboardRollups.Outcome.COUNTED);
        assertThat(dashboardFacts().payments(DAYS)).containsExactlyInAnyOrderElementsOf(live);
        assertThat(dashboardRollups().rollUp(NOV_9, SHANGHAI, NOW)).isEqualTo(DashboardRollups.Outcome.COUNTED);
        assertThat(dashboardRollups().rollUp(NOV_9, SHANGHAI, NOW))
                .isEqualTo(DashboardRollups.Outcome.ALREADY_COUNTED);
        assertThat(dashboardFacts().payments(DAYS)).containsExactlyInAnyOrderElementsOf(live).hasSize(5);
        assertThat(dashboardFacts().payments(new Days(NOV_9, NOV_10, SHANGHAI))).containsExactlyInAnyOrder(
                new PaymentCount(NOV_9, WalletProvider.ALIPAY, PaymentStatus.SUCCEEDED, Optional.empty(), 2),
                new PaymentCount(NOV_9, WalletProvider.WECHAT_PAY, PaymentStatus.FAILED,
                        Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE), 1),
                new PaymentCount(NOV_10, WalletProvider.WECHAT_PAY, PaymentStatus.FAILED,
                        Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE), 1),
                new PaymentCount(NOV_10, WalletProvider.JD_PAY, PaymentStatus.SUCCEEDED, Optional.empty(), 1));
    }

    @Test
    void aCountedDay_isCountedInTheZoneItWasCountedFor_only() {
        CustomerId liLei = storedCustomer("13800000001");
        storedPayment(liLei, WalletProvider.ALIPAY, startOf(NOV_10, 60), Optional.empty());
        assertThat(dashboardRollups().rollUp(NOV_10, SHANGHAI, NOW)).isEqualTo(DashboardRollups.Outcome.COUNTED);
        storedPayment(liLei, WalletProvider.ALIPAY, startOf(NOV_10, 120), Optional.empty());

        ZoneId utc = ZoneId.of("UTC");
        assertThat(dashboardFacts().payments(new Days(NOV_9, NOV_9, utc))).containsExactly(
                new PaymentCount(NOV_9, WalletProvider.ALIPAY, PaymentStatus.SUCCEEDED, Optional.empty(), 2));
    }

    @Test
    void aDayThatHasNotEnded_orWithAPaymentStillAwaitingItsOutcome_isNotCounted() {
        CustomerId liLei = storedCustomer("13800000001");
        Order order = storedOrder(liLei, startOf(NOV_10, 0));
        payments().add(payment(order, WalletProvider.JD_PAY, Money.ofYuan(10, 0), startOf(NOV_10, 30)));

        assertThat(dashboardRollups().rollUp(NOV_11, SHANGHAI, NOW))
                .isEqualTo(DashboardRollups.Outcome.NOT_FINISHED);
        assertThat(dashboardRollups().rollUp(NOV_10, SHANGHAI, NOW))
                .isEqualTo(DashboardRollups.Outcome.NOT_FINISHED);
        assertThat(dashboardRollups().rollUp(NOV_9, SHANGHAI, NOW)).isEqualTo(DashboardRollups.Outcome.COUNTED);
        assertThat(dashboardFacts().payments(DAYS)).containsExactly(
                new PaymentCount(NOV_10, WalletProvider.JD_PAY, PaymentStatus.CREATED, Optional.empty(), 1));
    }

    @Test
    void payments_stillAwaitingConfirmation_countInTheirStatus() {
        CustomerId liLei = storedCustomer("13800000001");
        Order order = storedOrder(liLei, startOf(NOV_10, 0));
        payments().add(payment(order, WalletProvider.JD_PAY, Money.ofYuan(10, 0), startOf(NOV_10, 30)));

        assertThat(dashboardFacts().payments(DAYS)).containsExactly(
                new PaymentCount(NOV_10, WalletProvider.JD_PAY, PaymentStatus.CREATED, Optional.empty(), 1));
    }

    @Test
    void bindingFunnels_countHowFarTheBindingsStartedWithinTheDaysGot_perProvider() {
        CustomerId liLei = storedCustomer("13800000001");
        Instant day = startOf(NOV_10, 3600);
        walletBindings().add(binding(liLei, WalletProvider.ALIPAY, walletPhone("13800000001"), day));
        WalletBinding rejected = storedBinding(liLei, WalletProvider.ALIPAY, day);
        rejected.codeAccepted(day.plusSeconds(30));
        rejected.fail(BindingFailureReason.REJECTED_IN_WALLET, day.plusSeconds(60));
        walletBindings().update(rejected);
        WalletBinding bound = storedBinding(liLei, WalletProvider.ALIPAY, startOf(NOV_9, 0));
        bound.codeAccepted(startOf(NOV_9, 30));
        bound.authorized("agreement-1", false, startOf(NOV_9, 60));
        walletBindings().update(bound);
        WalletBinding unbound = storedBinding(liLei, WalletProvider.ALIPAY, day);
        unbound.codeAccepted(day.plusSeconds(30));
        unbound.authorized("agreement-2", false, day.plusSeconds(60));
        walletBindings().update(unbound);
        unbound = walletBindings().findById(unbound.id()).orElseThrow();
        unbound.unbind(day.plusSeconds(90), Optional.empty());
        walletBindings().update(unbound);
        WalletBinding earlier = storedBinding(liLei, WalletProvider.WECHAT_PAY, startOf(NOV_9, -1));
        earlier.codeAccepted(startOf(NOV_9, 30));
        walletBindings().update(earlier);
        walletBindings().add(binding(liLei, WalletProvider.JD_PAY, walletPhone("13800000001"), startOf(NOV_11, 10)));

        assertThat(dashboardFacts().bindingFunnels(DAYS)).containsExactlyInAnyOrder(
                new BindingFunnel(WalletProvider.ALIPAY, 4, 3, 2, 1),
                new BindingFunnel(WalletProvider.JD_PAY, 1, 0, 0, 0));
    }

    @Test
    void countedDays_keepTheFunnelsSteps_whileHowManyAreStillBoundIsCountedNow() {
        CustomerId liLei = storedCustomer("13800000001");
        WalletBinding bound = storedBinding(liLei, WalletProvider.ALIPAY, startOf(NOV_9, 0));
        bound.codeAccepted(startOf(NOV_9, 30));
        bound.authorized("agreement-1", false, startOf(NOV_9, 60));
        walletBindings().update(bound);
        WalletBinding underWay = storedBinding(liLei, WalletProvider.WECHAT_PAY, startOf(NOV_10, 0));
        List<BindingFunnel> live = dashboardFacts().bindingFunnels(DAYS);

        assertThat(dashboardRollups().rollUp(NOV_10, SHANGHAI, NOW))
                .as("a binding of the day is still under way").isEqualTo(DashboardRollups.Outcome.NOT_FINISHED);
        assertThat(dashboardRollups().rollUp(NOV_9, SHANGHAI, NOW)).isEqualTo(DashboardRollups.Outcome.COUNTED);
        assertThat(dashboardFacts().bindingFunnels(DAYS)).containsExactlyInAnyOrderElementsOf(live);
        bound = walletBindings().findById(bound.id()).orElseThrow();
        bound.unbind(startOf(NOV_11, 0), Optional.empty());
        walletBindings().update(bound);
        underWay.fail(BindingFailureReason.REJECTED_IN_WALLET, startOf(NOV_10, 60));
        walletBindings().update(underWay);

        assertThat(dashboardRollups().rollUp(NOV_10, SHANGHAI, NOW)).isEqualTo(DashboardRollups.Outcome.COUNTED);
        assertThat(dashboardFacts().bindingFunnels(DAYS)).containsExactlyInAnyOrder(
                new BindingFunnel(WalletProvider.ALIPAY, 1, 1, 1, 0),
                new BindingFunnel(WalletProvider.WECHAT_PAY, 1, 0, 0, 0));
    }

    @Test
    void refunds_areCountedAndSummedByTheDayTheyWereMade() {
        CustomerId liLei = storedCustomer("13800000001");
        Payment first = storedPayment(liLei, WalletProvider.ALIPAY, startOf(NOV_9, -600), Optional.empty());
        Payment second = storedPayment(liLei, WalletProvider.WECHAT_PAY, startOf(NOV_10, 0), Optional.empty());
        refund(first, "R-1", Money.ofYuan(100, 0), startOf(NOV_9, -1));
        refund(first, "R-2", Money.ofYuan(200, 50), startOf(NOV_10, 60));
        refund(second, "R-3", Money.ofYuan(300, 0), startOf(NOV_10, 120));
        refund(second, "R-4", Money.ofYuan(1, 0), startOf(NOV_11, 0));

        assertThat(dashboardFacts().refunds(DAYS)).containsExactlyInAnyOrder(
                new RefundCount(NOV_10, 2, Money.ofYuan(500, 50)),
                new RefundCount(NOV_11, 1, Money.ofYuan(1, 0)));
    }

    @Test
    void openAlertsByRule_countEachOpenAlertUnderEveryRuleThatFiredOnIt() {
        CustomerId liLei = storedCustomer("13800000001");
        riskAlerts().raise(blockedPayment(liLei));
        riskAlerts().raise(newDeviceBinding(liLei));
        RiskAlert resolved = newDeviceBinding(liLei);
        riskAlerts().raise(resolved);
        riskAlerts().resolve(resolved.id(), new Resolution(AlertResolution.FALSE_POSITIVE, "Called him: his new phone.",
                new AgentId(UUID.randomUUID()), "agent", NOW));

        assertThat(dashboardFacts().openAlertsByRule()).isEqualTo(Map.of(
                RiskRule.NEW_DEVICE, 2L, RiskRule.AMOUNT_ABOVE_USUAL, 1L, RiskRule.BIND_THEN_PAY, 1L,
                RiskRule.BINDING_VELOCITY, 1L));
    }

    @Test
    void waiting_countsEveryQueue_andSinceWhenItsLongestHasWaited() {
        CustomerId liLei = storedCustomer("13800000001");
        Payment paid = storedPayment(liLei, WalletProvider.ALIPAY, NOW.minus(Duration.ofDays(2)), Optional.empty());
        Order order = orders().findById(paid.orderId()).orElseThrow();
        AgentRef wang = new AgentRef(new AgentId(UUID.randomUUID()), "wang.fang");
        RefundQuote oneItem = RefundQuote.plain(order.lines(), List.of(1));
        refundCases().add(RefundCase.askedByAgent(new RefundCaseId(UUID.randomUUID()), paid.orderId(),
                paid.orderNumber(), paid.id(), liLei, RefundCategory.GOODWILL, "", oneItem, wang, true,
                NOW.minus(Duration.ofHours(1))));
        refundCases().add(RefundCase.askedByAgent(new RefundCaseId(UUID.randomUUID()), paid.orderId(),
                paid.orderNumber(), paid.id(), liLei, RefundCategory.DAMAGED, "", oneItem, wang, true,
                NOW.minus(Duration.ofHours(3))));
        refundCases().add(RefundCase.askedByAgent(new RefundCaseId(UUID.randomUUID()), paid.orderId(),
                paid.orderNumber(), paid.id(), liLei, RefundCategory.DAMAGED, "", oneItem, wang, false,
                NOW.minus(Duration.ofHours(9))));
        refundCases().add(RefundCase.askedByCustomer(new RefundCaseId(UUID.randomUUID()), paid.orderId(),
                paid.orderNumber(), paid.id(), liLei, RefundCategory.NOT_RECEIVED, "", oneItem,
                NOW.minus(Duration.ofMinutes(30))));
        Agent li = Examples.agent("li.na", AgentRole.AGENT);
        agents().add(li);
        compensations().add(Compensation.points(new CompensationId(UUID.randomUUID()), liLei, 8000,
                "Parcel late", li, NOW.minus(Duration.ofHours(2))).requested(), UUID.randomUUID().toString());

        assertThat(dashboardFacts().waiting()).isEqualTo(Map.of(
                DashboardFacts.Queue.REFUND_APPROVALS, new Waiting(2, Optional.of(NOW.minus(Duration.ofHours(3)))),
                DashboardFacts.Queue.AFTER_SALES_REQUESTS,
                new Waiting(1, Optional.of(NOW.minus(Duration.ofMinutes(30)))),
                DashboardFacts.Queue.COMPENSATION_APPROVALS,
                new Waiting(1, Optional.of(NOW.minus(Duration.ofHours(2))))));
    }

    @Test
    void nothingStored_countsNothing() {
        assertThat(dashboardFacts().waiting()).isEqualTo(Map.of(DashboardFacts.Queue.REFUND_APPROVALS, Waiting.NONE,
                DashboardFacts.Queue.AFTER_SALES_REQUESTS, Waiting.NONE,
                DashboardFacts.Queue.COMPENSATION_APPROVALS, Waiting.NONE));
        assertThat(dashboardFacts().payments(DAYS)).isEmpty();
        assertThat(dashboardFacts().bindingFunnels(DAYS)).isEmpty();
        assertThat(dashboardFacts().refunds(DAYS)).isEmpty();
        assertThat(dashboardFacts().openAlertsByRule()).isEmpty();
    }

    private void refund(Payment payment, String number, Money amount, Instant at) {
        Payment stored = payments().findById(payment.id()).orElseThrow();
        stored.refunded(new Refund(number, amount, RefundReason.CUSTOMER_REQUEST, at, "provider-" + number));
        payments().update(stored);
    }

    private static RiskAlert blockedPayment(CustomerId customerId) {
        Money amount = Money.ofYuan(6888, 0);
        List<FiredRule> fired = List.of(
                new FiredRule(RiskRule.NEW_DEVICE, 40, RiskReason.of(RiskRule.NEW_DEVICE)),
                new FiredRule(RiskRule.AMOUNT_ABOVE_USUAL, 50,
                        RiskReason.of(RiskRule.AMOUNT_ABOVE_USUAL, "¥6,888.00", "¥18.00", 3)),
                new FiredRule(RiskRule.BIND_THEN_PAY, 50, RiskReason.of(RiskRule.BIND_THEN_PAY, "¥6,888.00", 4)));
        return RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), customerId, NOW,
                new RiskAttempt(AttemptKind.PAYMENT, Optional.of(amount), "2612 0518 7730", "203.0.113.58"),
                RiskRules.decide(fired, RiskSettings.defaults()));
    }

    private static RiskAlert newDeviceBinding(CustomerId customerId) {
        List<FiredRule> fired = List.of(new FiredRule(RiskRule.NEW_DEVICE, 40, RiskReason.of(RiskRule.NEW_DEVICE)),
                new FiredRule(RiskRule.BINDING_VELOCITY, 40, RiskReason.of(RiskRule.BINDING_VELOCITY, 4)));
        return RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), customerId, NOW,
                RiskAttempt.binding("ALIPAY 138****0001"), RiskRules.decide(fired, RiskSettings.defaults()));
    }

    /** A payment created at {@code at}: failed for the reason given, else succeeded. */
    private Payment storedPayment(CustomerId customerId, WalletProvider wallet, Instant at,
                                  Optional<PaymentFailureReason> failure) {
        Order order = storedOrder(customerId, at.minusSeconds(60));
        Payment payment = payment(order, wallet, Money.ofYuan(999, 0), at);
        payments().add(payment);
        payment.awaitConfirmation("https://wallet.example.cn/confirm", at.plusSeconds(1));
        failure.ifPresentOrElse(reason -> payment.fail(reason, at.plusSeconds(2)),
                () -> payment.succeed("transaction-" + ordersPlaced, at.plusSeconds(2)));
        payments().update(payment);
        return payment;
    }

    private Order storedOrder(CustomerId customerId, Instant placedAt) {
        ordersPlaced++;
        Order order = order(customerId, orderNumber(ordersPlaced), placedAt, List.of(EARBUDS));
        orders().add(order);
        return order;
    }

    /** A binding whose code was sent at {@code startedAt}, read back as stored. */
    private WalletBinding storedBinding(CustomerId customerId, WalletProvider provider, Instant startedAt) {
        WalletBinding started = binding(customerId, provider, walletPhone("13800000001"), startedAt);
        walletBindings().add(started);
        return walletBindings().findById(started.id()).orElseThrow();
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
