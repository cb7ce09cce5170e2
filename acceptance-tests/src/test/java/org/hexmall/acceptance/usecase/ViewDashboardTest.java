package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.hexmall.application.port.in.support.Dashboard;
import org.hexmall.application.port.in.support.RollUpDashboardDays;
import org.hexmall.application.port.in.support.ViewDashboard;
import org.hexmall.application.service.support.RollUpDashboardDaysService;
import org.hexmall.application.service.support.ViewDashboardService;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** An agent opens the console's dashboard: the last two weeks of the store, counted. */
class ViewDashboardTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final OrderLine TEA = new OrderLine(new ProductId("GROC-0001"), "Longjing tea", "龙井茶",
            Category.GROCERIES, Money.ofYuan(88, 0), 1);

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final ViewDashboard viewDashboard = new ViewDashboardService(hexmall.storage.agents(),
            hexmall.storage.dashboardFacts(), hexmall.storage.transactions(), SHANGHAI, hexmall.clock);
    private final AgentId agent = hexmall.registeredAgent("wang.fang");
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷",
            "tea-4two-pots");
    private final Random orderNumbers = new Random(7);

    @Test
    void theDashboardCountsTheLastFourteenDaysOfTheStoresTimeZone_everyDayShownEvenWithNothingOnIt() {
        Dashboard dashboard = viewDashboard.view(agent).orElseThrow();

        LocalDate today = LocalDate.ofInstant(hexmall.clock.instant(), SHANGHAI);
        assertThat(dashboard.days()).hasSize(ViewDashboard.DAYS)
                .startsWith(today.minusDays(13)).endsWith(today);
        assertThat(dashboard.wallets()).isEqualTo(WalletProvider.supportedProviders());
        assertThat(dashboard.paymentsPerDay()).hasSize(14).allSatisfy(day -> assertThat(day.total()).isZero());
        assertThat(dashboard.refundsPerDay()).hasSize(14).allSatisfy(day -> assertThat(day.count()).isZero());
        assertThat(dashboard.successRates()).allSatisfy(rate -> assertThat(rate.perMille()).isEmpty());
        assertThat(dashboard.failureReasons()).hasSize(PaymentFailureReason.values().length)
                .allSatisfy(reason -> assertThat(reason.count()).isZero());
        assertThat(dashboard.bindingFunnels()).isEmpty();
        assertThat(dashboard.openAlerts()).isEmpty();
    }

    @Test
    void theSuccessRateIsTheShareOfFinishedPaymentsThatSucceeded_andTheCommonestFailureComesFirst() {
        Instant now = hexmall.clock.instant();
        paid(WalletProvider.ALIPAY, now, Optional.empty());
        paid(WalletProvider.ALIPAY, now, Optional.empty());
        paid(WalletProvider.ALIPAY, now, Optional.of(PaymentFailureReason.DECLINED));
        started(WalletProvider.ALIPAY, now);
        paid(WalletProvider.WECHAT_PAY, now, Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));
        paid(WalletProvider.WECHAT_PAY, now, Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));

        Dashboard dashboard = viewDashboard.view(agent).orElseThrow();

        Dashboard.WalletSuccess alipay = dashboard.successRates().stream()
                .filter(rate -> rate.wallet() == WalletProvider.ALIPAY).findFirst().orElseThrow();
        assertThat(alipay).isEqualTo(new Dashboard.WalletSuccess(WalletProvider.ALIPAY, 2, 3));
        assertThat(alipay.perMille()).contains(667L);
        assertThat(dashboard.failureReasons().subList(0, 2)).containsExactly(
                new Dashboard.ReasonCount(PaymentFailureReason.INSUFFICIENT_BALANCE, 2),
                new Dashboard.ReasonCount(PaymentFailureReason.DECLINED, 1));
        Dashboard.DayOfPayments today = dashboard.paymentsPerDay().getLast();
        assertThat(today.of(WalletProvider.ALIPAY)).isEqualTo(4);
        assertThat(today.of(WalletProvider.WECHAT_PAY)).isEqualTo(2);
        assertThat(today.total()).isEqualTo(6);
    }

    @Test
    void finishedDaysAreCountedOnce_showTheSameFigures_whileTodayAndADayStillConfirmingAreCountedLive() {
        Instant now = hexmall.clock.instant();
        paid(WalletProvider.ALIPAY, now.minus(Duration.ofDays(2)), Optional.empty());
        paid(WalletProvider.WECHAT_PAY, now.minus(Duration.ofDays(2)),
                Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE));
        Payment confirming = started(WalletProvider.JD_PAY, now.minus(Duration.ofDays(1)));
        Dashboard live = viewDashboard.view(agent).orElseThrow();
        RollUpDashboardDays rollUp = new RollUpDashboardDaysService(hexmall.storage.dashboardRollups(),
                hexmall.storage.transactions(), SHANGHAI, hexmall.clock);

        assertThat(rollUp.rollUp()).as("13 finished days but yesterday, still confirming").isEqualTo(12);
        assertThat(rollUp.rollUp()).isZero();
        paid(WalletProvider.ALIPAY, now, Optional.empty());
        confirming.fail(PaymentFailureReason.DECLINED, now);
        hexmall.storage.payments().update(confirming);
        Dashboard afterwards = viewDashboard.view(agent).orElseThrow();

        assertThat(afterwards.paymentsPerDay().subList(0, 13)).isEqualTo(live.paymentsPerDay().subList(0, 13));
        assertThat(afterwards.paymentsPerDay().get(11).total()).isEqualTo(2);
        assertThat(afterwards.paymentsPerDay().getLast().of(WalletProvider.ALIPAY)).isEqualTo(1);
        assertThat(afterwards.failureReasons()).contains(
                new Dashboard.ReasonCount(PaymentFailureReason.DECLINED, 1),
                new Dashboard.ReasonCount(PaymentFailureReason.INSUFFICIENT_BALANCE, 1));
        assertThat(rollUp.rollUp()).as("yesterday, now that its payment has its outcome").isEqualTo(1);
        assertThat(viewDashboard.view(agent).orElseThrow()).isEqualTo(afterwards);
    }

    @Test
    void noOneButAnAgentSeesTheDashboard() {
        assertThat(viewDashboard.view(new AgentId(UUID.randomUUID()))).isEmpty();
    }

    private void paid(WalletProvider wallet, Instant at, Optional<PaymentFailureReason> failure) {
        Payment payment = started(wallet, at);
        payment.awaitConfirmation("https://wallet.example.cn/confirm", at);
        failure.ifPresentOrElse(reason -> payment.fail(reason, at),
                () -> payment.succeed(wallet.name() + "-" + UUID.randomUUID(), at));
        hexmall.storage.payments().update(payment);
    }

    private Payment started(WalletProvider wallet, Instant at) {
        Order order = Order.settle(new OrderId(UUID.randomUUID()),
                OrderNumber.generate(LocalDate.ofInstant(at, SHANGHAI), orderNumbers), customer, List.of(TEA), at);
        hexmall.storage.orders().add(order);
        Payment payment = Payment.create(new PaymentId(UUID.randomUUID()), order.id(), order.number(), customer,
                new BindingId(UUID.randomUUID()), wallet, Money.ofYuan(88, 0), at);
        hexmall.storage.payments().add(payment);
        return payment;
    }
}
