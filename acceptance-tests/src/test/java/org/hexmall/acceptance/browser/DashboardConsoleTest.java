package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hexmall.application.port.out.persistence.DashboardFacts;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.PersistencePorts;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
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
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentUsername;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * An agent opens the console on its dashboard: the customer search at the top, then charts whose numbers are those of
 * the tables behind them and of the payments made.
 */
@BrowserFlowTest
class DashboardConsoleTest {

    private static final ZoneId STORE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final OrderLine TEA = new OrderLine(new ProductId("GROC-0001"), "Longjing tea", "龙井茶",
            Category.GROCERIES, Money.ofYuan(88, 0), 1);

    /** The day the payments below were made, in the store's time zone; stored once for the class. */
    private static LocalDate paidOn;

    @Test
    void theDashboardsChartsSayWhatTheirTablesSay_andWhatThePaymentsWere(Page page, MovableClock clock,
                                                                          HexmallApplication hexmall) {
        LocalDate day = paymentsMade(hexmall, clock);
        SupportConsole.logIn(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);

        assertThat(page).hasTitle("Dashboard · hexmall console");
        assertThat(page.getByRole(AriaRole.HEADING, named("Customer service console"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Dashboard"))).isVisible();

        Locator payments = page.getByRole(AriaRole.REGION, namedExactly("Payments per wallet per day"));
        assertThat(payments.getByRole(AriaRole.IMG, namedExactlyWithin("Payments per wallet per day"))).isVisible();
        String onChart = payments.locator("g.column[data-day='" + day + "'] text.column-total").textContent();
        openTable(payments);
        Locator row = payments.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName(
                Pattern.compile("^" + day)));
        assertThat(row.getByRole(AriaRole.CELL)).hasText(new String[] {"2", "3", "1", "0", "6"});
        assertThat(onChart).isEqualTo("6");

        Locator success = page.getByRole(AriaRole.REGION, namedExactly("Success rate per wallet"));
        assertThat(success.locator("text.bar-value")).hasText(new String[] {"0.0%", "100.0%", "0.0%", "—"});
        openTable(success);
        assertThat(success.getByRole(AriaRole.ROW, namedExactlyWithin("Alipay 3 3 100.0%"))).isVisible();
        assertThat(success.getByRole(AriaRole.ROW, namedExactlyWithin("WeChat Pay 0 2 0.0%"))).isVisible();

        Locator failures = page.getByRole(AriaRole.REGION, namedExactly("Why payments failed"));
        assertThat(failures.locator("text.bar-label").first()).hasText("Insufficient balance");
        assertThat(failures.locator("text.bar-value").first()).hasText("2");
        openTable(failures);
        assertThat(failures.getByRole(AriaRole.ROW, namedExactlyWithin("Insufficient balance 2"))).isVisible();
        assertThat(failures.getByRole(AriaRole.ROW, namedExactlyWithin("Wrong payment password 1"))).isVisible();

        // The demo's open alert: a large payment blocked on three rules.
        Locator alerts = page.getByRole(AriaRole.REGION, namedExactly("Open risk alerts by rule"));
        assertThat(alerts.locator("text.bar-value")).hasText(new String[] {"1", "1", "1"});
        openTable(alerts);
        assertThat(alerts.getByRole(AriaRole.ROW, namedExactlyWithin("New or untrusted device 1"))).isVisible();

        DashboardFacts.Days days = DashboardFacts.Days.endingAt(clock.instant(), STORE_ZONE, 14);
        long stored = hexmall.storage().dashboardFacts().payments(days).stream()
                .filter(count -> count.day().equals(day)).mapToLong(DashboardFacts.PaymentCount::count).sum();
        assertThat(stored).isEqualTo(6);
    }

    @Test
    void theQueuesSayWhatWaits_andHowLongTheLongestHasWaited_withALinkForWhoMayDecide(Page page, MovableClock clock,
                                                                                     HexmallApplication hexmall) {
        PersistencePorts storage = hexmall.storage();
        CustomerId liLei = storage.customers().findByPhone(new PhoneNumber(Storefront.LI_LEI_PHONE)).orElseThrow().id();
        Agent agent = storage.agents().findByUsername(new AgentUsername(SupportConsole.AGENT)).orElseThrow();
        storage.compensations().add(Compensation.points(new CompensationId(UUID.randomUUID()), liLei, 9000,
                "Parcel three days late", agent, clock.instant().minus(Duration.ofMinutes(150))).requested(),
                UUID.randomUUID().toString());

        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        Locator queues = page.getByRole(AriaRole.REGION, namedExactly("Waiting for the team"));
        assertThat(queues.getByRole(AriaRole.ROW, namedExactlyWithin(
                "Compensation awaiting a supervisor's approval 1 2 hours"))).isVisible();
        assertThat(queues.getByRole(AriaRole.ROW, namedExactlyWithin(
                "Refunds awaiting a supervisor's approval 0 Nothing waits"))).isVisible();
        // An agent may not decide on compensation, so the queue is named but not linked for them.
        assertThat(queues.getByRole(AriaRole.LINK, namedExactlyWithin("Compensation awaiting a supervisor's approval")))
                .hasCount(0);

        page.getByRole(AriaRole.BUTTON, namedExactly("Log out")).click();
        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.SUPERVISOR, SupportConsole.SUPERVISOR_PASSWORD);
        page.getByRole(AriaRole.REGION, namedExactly("Waiting for the team"))
                .getByRole(AriaRole.LINK, namedExactlyWithin("Compensation awaiting a supervisor's approval")).click();
        assertThat(page).hasTitle("Compensation requests · hexmall console");
    }

    @Test
    void theSearchAtTheTopOfTheDashboardStillFindsACustomer(Page page) {
        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);

        page.getByLabel("Find a customer").fill(Storefront.LI_LEI_PHONE);
        page.getByRole(AriaRole.BUTTON, named("Search")).click();
        page.getByRole(AriaRole.LINK, namedExactly("李雷")).click();

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("李雷"))).isVisible();
    }

    @Test
    void inChinese_theDashboardsChartsAndTablesSpeakChinese(Page page, MovableClock clock,
                                                           HexmallApplication hexmall) {
        LocalDate day = paymentsMade(hexmall, clock);
        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();

        assertThat(page).hasTitle("数据概览 · hexmall 客服后台");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("数据概览"))).isVisible();
        Locator payments = page.getByRole(AriaRole.REGION, namedExactly("各钱包每日支付笔数"));
        assertThat(payments.getByRole(AriaRole.IMG, namedExactlyWithin("各钱包每日支付笔数"))).isVisible();
        assertThat(payments.locator("g.column[data-day='" + day + "'] text.column-total")).hasText("6");
        openTable(payments);
        assertThat(payments.getByRole(AriaRole.COLUMNHEADER)).hasText(
                new String[] {"日期", "微信支付", "支付宝", "京东支付", "云闪付", "合计"});

        Locator success = page.getByRole(AriaRole.REGION, namedExactly("各钱包支付成功率"));
        openTable(success);
        assertThat(success.getByRole(AriaRole.ROW, namedExactlyWithin("支付宝 3 3 100.0%"))).isVisible();

        page.getByLabel("查找客户").fill(Storefront.HAN_MEIMEI_PHONE);
        page.getByRole(AriaRole.BUTTON, namedExactly("搜索")).click();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("韩梅梅"))).isVisible();
    }

    /** Opens the table behind a chart from the keyboard, as an agent who does not use a mouse does. */
    private static void openTable(Locator section) {
        Locator summary = section.locator("summary");
        summary.focus();
        section.page().keyboard().press("Enter");
        assertThat(section.getByRole(AriaRole.TABLE)).isVisible();
    }

    /**
     * Six payments made now, once for the class: three with Alipay that succeeded, two with WeChat Pay that failed for
     * an insufficient balance, one with JD Pay that failed on a wrong payment password.
     */
    private static synchronized LocalDate paymentsMade(HexmallApplication hexmall, MovableClock clock) {
        if (paidOn != null) {
            return paidOn;
        }
        PersistencePorts storage = hexmall.storage();
        CustomerId liLei = storage.customers().findByPhone(new PhoneNumber(Storefront.LI_LEI_PHONE)).orElseThrow().id();
        Instant now = clock.instant();
        Random numbers = new Random(11);
        for (int i = 0; i < 3; i++) {
            paid(storage, liLei, WalletProvider.ALIPAY, now, Optional.empty(), numbers);
        }
        for (int i = 0; i < 2; i++) {
            paid(storage, liLei, WalletProvider.WECHAT_PAY, now, Optional.of(PaymentFailureReason.INSUFFICIENT_BALANCE),
                    numbers);
        }
        paid(storage, liLei, WalletProvider.JD_PAY, now, Optional.of(PaymentFailureReason.WRONG_PAYMENT_PASSWORD),
                numbers);
        paidOn = LocalDate.ofInstant(now, STORE_ZONE);
        return paidOn;
    }

    private static void paid(PersistencePorts storage, CustomerId customer, WalletProvider wallet, Instant at,
                             Optional<PaymentFailureReason> failure, Random numbers) {
        Order order = Order.settle(new OrderId(UUID.randomUUID()),
                OrderNumber.generate(LocalDate.ofInstant(at, STORE_ZONE), numbers), customer, List.of(TEA), at);
        storage.orders().add(order);
        Payment payment = Payment.create(new PaymentId(UUID.randomUUID()), order.id(), order.number(), customer,
                new BindingId(UUID.randomUUID()), wallet, Money.ofYuan(88, 0), at);
        storage.payments().add(payment);
        payment.awaitConfirmation("https://wallet.example.cn/confirm", at);
        failure.ifPresentOrElse(reason -> payment.fail(reason, at),
                () -> payment.succeed(wallet.name() + "-" + UUID.randomUUID(), at));
        storage.payments().update(payment);
    }
}
