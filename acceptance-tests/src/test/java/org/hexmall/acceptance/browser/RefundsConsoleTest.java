package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.AgentUsername;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Customer service gives money back from the console: an agent refunds part of an order after reading the
 * arithmetic, which the customer then sees on the order page and in the wallet's balance; a large refund waits for a
 * supervisor other than the one who asked; customers ask for refunds (售后) that agents take or decline; an order a
 * campaign took money off gives back what was paid after the discount, and takes back the points it earned. Amounts
 * are the catalog's, so the demo campaigns are paused.
 */
@Order(2)
@BrowserFlowTest
@WithoutDemoCampaigns
class RefundsConsoleTest {

    private static final String PAYMENT_PASSWORD = "864209";
    private static final String SUPERVISOR = "supervisor";
    private static final String SUPERVISOR_PASSWORD = "supervisor-pass-1";
    /** The demo supervisor's password hash, so that a second supervisor logs in with the same password. */
    private static final String SUPERVISOR_HASH =
            "$argon2id$v=19$m=19456,t=2,p=1$EyGFqbxQ1MDjzTKGoPYuug$wyItMCk4icQ7/XvTzKwkUDwo4OR2pRbIjwmQLzxg+hU";

    @Test
    void anAgentRefundsOneLine_andTheCustomerSeesItOnTheOrderAndInTheWallet(Page page) {
        NewCustomer shopper = NewCustomer.unique();
        String order = paidOrder(page, shopper, "¥114.00", "Yoga mat", "Skipping rope");

        SupportConsole.onOrderPage(page, order);
        assertThat(page.getByRole(AriaRole.LINK, namedExactly(shopper.name())).first()).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order")).click();
        assertThat(page).hasTitle("Refund of order " + order + " · hexmall console");
        page.getByLabel("Skipping rope").fill("-1");
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();
        assertThat(page.getByLabel("Skipping rope")).hasAccessibleDescription("Enter a whole number of items, such as 1.");
        assertThat(page.getByLabel("Reason")).hasAccessibleDescription("Choose a reason.");
        page.getByLabel("Skipping rope").fill("1");
        page.getByLabel("Reason").selectOption(new SelectOption().setLabel("Damaged"));
        page.getByLabel("Note (goes into the audit log)").fill("Handle snapped on first use");
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();

        Locator arithmetic = page.getByRole(AriaRole.TABLE, namedExactly("Arithmetic, line by line"));
        assertThat(dataRows(arithmetic).first()).containsText("Skipping rope");
        assertThat(arithmetic).not().containsText("Yoga mat");
        assertThat(page.locator("#refund-total")).hasText("¥25.00");
        page.getByRole(AriaRole.BUTTON, namedExactly("Refund now")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Refunded: the money is back");
        Locator refunds = page.getByRole(AriaRole.TABLE, namedExactly("Refunds and after-sales"));
        assertThat(dataRows(refunds).first()).containsText("Refunded");
        assertThat(dataRows(refunds).first()).containsText(SupportConsole.AGENT);
        logOutOfConsole(page);

        assertThat(SimulatedWallets.account(page, "Alipay", masked(shopper.phone()))).containsText("¥911.00");
        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        openOrder(page, order);
        Locator refund = page.getByRole(AriaRole.REGION, namedExactly("Refunds and after-sales"));
        assertThat(refund).containsText("Refunded");
        assertThat(refund.getByRole(AriaRole.TABLE)).containsText("Skipping rope");
        assertThat(refund.getByRole(AriaRole.TABLE)).containsText("¥25.00");
        page.navigate("/orders");
        assertThat(page.getByText("¥25.00: Refunded")).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByText("¥25.00：已退款")).isVisible();
    }

    @Test
    void aLargeRefund_waitsForAnotherSupervisor_theRequesterCannotApproveIt(Page page, HexmallApplication hexmall) {
        hexmall.storage().agents().add(Agent.reconstitute(new AgentId(UUID.randomUUID()),
                AgentUsername.parse("zhao.lei"), "Zhao Lei", AgentRole.SUPERVISOR, new PasswordHash(SUPERVISOR_HASH),
                Instant.now(), LoginThrottle.CLEAR));
        NewCustomer shopper = NewCustomer.unique();
        String order = paidOrder(page, shopper, 7);

        SupportConsole.onOrderPage(page, SUPERVISOR, SUPERVISOR_PASSWORD, order);
        page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order")).click();
        page.getByLabel("Yoga mat").fill("6");
        page.getByLabel("Reason").selectOption(new SelectOption().setLabel("Wrong item"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();
        assertThat(page.locator("#refund-total")).hasText("¥534.00");
        assertThat(page.getByText("it is above the amount an agent may refund alone")).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("Ask a supervisor to approve")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("waits for a supervisor");

        page.navigate("/admin/approvals");
        Locator row = approvalRow(page, order);
        assertThat(row).containsText("You asked for it: another supervisor decides.");
        assertThat(row.getByRole(AriaRole.BUTTON, namedWithin("Approve"))).hasCount(0);
        logOutOfConsole(page);
        assertThat(SimulatedWallets.account(page, "Alipay", masked(shopper.phone()))).containsText("¥377.00");

        SupportConsole.alreadyLoggedIn(page, "zhao.lei", SUPERVISOR_PASSWORD);
        page.navigate("/admin/approvals");
        assertThat(page).hasTitle("Refunds awaiting approval · hexmall console");
        approvalRow(page, order).getByRole(AriaRole.BUTTON, namedWithin("Approve")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Refunded");
        logOutOfConsole(page);

        assertThat(SimulatedWallets.account(page, "Alipay", masked(shopper.phone()))).containsText("¥911.00");
    }

    /**
     * Three yoga mats paid ¥267.00, refunded one at a time: the first goes back at once; the second, counted with
     * the first, is more than half of the payment, so the preview asks for a supervisor, and it waits. The customer's
     * order page tells that the waiting refund has given nothing back yet, and, once a supervisor rejects it, that it
     * gave nothing back, in English and Chinese, while the first shows its money back.
     */
    @Test
    void refundsOfOneItemAtATime_waitForASupervisor_onceAboveHalf_andTheCustomerSeesWhatWasNotRefunded(Page page) {
        NewCustomer shopper = NewCustomer.unique();
        String order = paidOrder(page, shopper, 3);

        SupportConsole.onOrderPage(page, order);
        previewRefundOfOne(page, "Yoga mat");
        assertThat(page.getByText("needs the approval")).hasCount(0);
        page.getByRole(AriaRole.BUTTON, namedExactly("Refund now")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Refunded: the money is back");
        previewRefundOfOne(page, "Yoga mat");
        assertThat(page.getByText("This payment's earlier refunds, given back, under way or waiting for approval, "
                + "come to ¥89.00")).isVisible();
        assertThat(page.getByText("it is more than half of what the payment charged")).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("Ask a supervisor to approve")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("waits for a supervisor");
        logOutOfConsole(page);

        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        openOrder(page, order);
        Locator refunds = page.getByRole(AriaRole.REGION, namedExactly("Refunds and after-sales"));
        Locator refunded = refunds.locator("article").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("Refunded")));
        assertThat(refunded).containsText("Back to your wallet");
        Locator waiting = refunds.locator("article").filter(new Locator.FilterOptions()
                .setHasText("Waiting for approval"));
        assertThat(waiting).containsText("nothing has been refunded yet");
        assertThat(waiting).not().containsText("Back to your wallet");
        assertThat(waiting).not().containsText("Items refunded");
        Storefront.logOut(page);

        SupportConsole.alreadyLoggedIn(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.navigate("/admin/approvals");
        approvalRow(page, order).getByLabel("Reason to reject").fill("Mat not back at the warehouse");
        approvalRow(page, order).getByRole(AriaRole.BUTTON, namedWithin("Reject")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("rejected");
        logOutOfConsole(page);

        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        openOrder(page, order);
        Locator rejected = page.getByRole(AriaRole.REGION, namedExactly("Refunds and after-sales")).locator("article")
                .filter(new Locator.FilterOptions().setHasText("Rejected"));
        assertThat(rejected).containsText("Customer service did not approve this refund, and nothing was refunded.");
        assertThat(rejected).containsText("Refund asked for");
        assertThat(rejected).not().containsText("Back to your wallet");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator inChinese = page.getByRole(AriaRole.REGION, namedExactly("退款与售后")).locator("article")
                .filter(new Locator.FilterOptions().setHasText("已驳回"));
        assertThat(inChinese).containsText("客服主管未批准此退款，没有退款。");
        assertThat(inChinese).not().containsText("退回钱包");
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        Storefront.logOut(page);
        assertThat(SimulatedWallets.account(page, "Alipay", masked(shopper.phone()))).containsText("¥822.00");
    }

    @Test
    void aCustomersAfterSalesRequest_isTaken_andAnotherIsDeclinedWithAnExplanation(Page page) {
        NewCustomer shopper = NewCustomer.unique();
        String order = paidOrder(page, shopper, "¥114.00", "Yoga mat", "Skipping rope");
        openOrder(page, order);
        askForRefund(page, "Skipping rope", "Damaged", "Rope frayed");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Your request is sent");
        assertThat(page.getByRole(AriaRole.REGION, namedExactly("Refunds and after-sales")))
                .containsText("Waiting for customer service");
        askForRefund(page, "Yoga mat", "Changed my mind", "");
        Storefront.logOut(page);

        SupportConsole.alreadyLoggedIn(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.navigate("/admin/after-sales");
        Locator requests = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("After-sales requests")))
                .filter(new Locator.FilterOptions().setHasText(order));
        assertThat(requests).hasCount(2);
        requests.filter(new Locator.FilterOptions().setHasText("Skipping rope"))
                .getByRole(AriaRole.BUTTON, namedWithin("Refund it")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Refunded");
        Locator mat = dataRows(page.getByRole(AriaRole.TABLE, namedExactly("After-sales requests")))
                .filter(new Locator.FilterOptions().setHasText(order));
        mat.getByLabel("Explanation for the customer").fill("Opened yoga mats cannot be returned");
        mat.getByRole(AriaRole.BUTTON, namedWithin("Decline")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("declined");
        logOutOfConsole(page);

        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        openOrder(page, order);
        Locator refunds = page.getByRole(AriaRole.REGION, namedExactly("Refunds and after-sales"));
        assertThat(refunds).containsText("Refunded");
        assertThat(refunds).containsText("Customer service declined this request, and nothing was refunded. "
                + "Their explanation: Opened yoga mats cannot be returned");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.REGION, namedExactly("退款与售后"))).containsText("已拒绝");
        assertThat(page.getByRole(AriaRole.REGION, namedExactly("退款与售后"))).containsText("已退款");
    }

    @Test
    void aRefundTheWalletRefuses_isShownAsFailed_toTheAgentAndTheCustomer_andTheItemsCanBeRefundedAgain(
            Page page, HexmallApplication hexmall) {
        NewCustomer shopper = NewCustomer.unique();
        String order = paidOrder(page, shopper, "¥114.00", "Yoga mat", "Skipping rope");
        Storefront.logOut(page);
        // The wallet gave the whole payment back by other means, so it has nothing left to refund.
        var payment = hexmall.storage().transactions().withoutTransaction(() -> hexmall.storage().payments()
                .findByOrder(hexmall.storage().orders().findByNumber(OrderNumber.parse(order)).orElseThrow().id()))
                .getFirst().id();
        hexmall.walletSimulator().providerApi().refund(WalletProvider.ALIPAY, payment, "RF-ELSEWHERE", 114_00).join();

        SupportConsole.onOrderPage(page, order);
        page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order")).click();
        page.getByLabel("Skipping rope").fill("1");
        page.getByLabel("Reason").selectOption(new SelectOption().setLabel("Damaged"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Refund now")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The wallet refused this refund outright");
        Locator refunds = page.getByRole(AriaRole.TABLE, namedExactly("Refunds and after-sales"));
        assertThat(dataRows(refunds).first()).containsText("Refund failed");
        assertThat(dataRows(refunds).first()).containsText("The wallet answered: more than is left to refund");
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order"))).isVisible();
        page.navigate("/admin/after-sales");
        Locator failed = page.getByRole(AriaRole.TABLE, namedExactly("Refunds the wallet refused"));
        assertThat(dataRows(failed).filter(new Locator.FilterOptions().setHasText(order)))
                .containsText("more than is left to refund");
        logOutOfConsole(page);

        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        openOrder(page, order);
        Locator region = page.getByRole(AriaRole.REGION, namedExactly("Refunds and after-sales"));
        assertThat(region).containsText("Refund failed");
        assertThat(region).containsText("The refund could not be made; customer service will contact you.");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.REGION, namedExactly("退款与售后"))).containsText("退款未能完成；客服会与您联系。");
    }

    /**
     * A first Alipay payment took ¥10 off a steamer (¥49.90) and towels (¥79.00), shared by what each costs: ¥3.87
     * and ¥6.13, so the customer paid ¥46.03 and ¥72.87, and earned 118 points, 46 and 72 of them on each. The agent
     * refunds the steamer alone: what was paid for it, and its points taken back. The towels are then more than half
     * of what the payment charged, so their refund waits for a supervisor, and once approved the whole ¥118.90 is
     * back in the wallet and every point earned taken back. The agent and the customer read the same arithmetic, the
     * customer in Chinese too.
     */
    @Test
    void aPromotedOrder_isRefundedWhatWasPaidAfterItsDiscount_partlyThenWhollyWithASupervisor(
            Page page, HexmallApplication hexmall, MovableClock clock) {
        PromotedShopping.run(hexmall, Campaign.create(new CampaignId(UUID.randomUUID()),
                "First Alipay payment ¥10 off home goods", "支付宝首单家居立减10元", CampaignKind.FIRST_WALLET_PAYMENT,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY)).withMinimumSpend(Money.ofYuan(50, 0))
                        .withProducts(Set.of(new ProductId("HOME-0003"), new ProductId("HOME-0004")))
                        .firstPaymentWithWalletOnly(),
                new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("first-payment"), 0,
                PromotedShopping.thisWeek(clock), Money.ofYuan(10_000, 0), 1));
        NewCustomer shopper = NewCustomer.unique();
        String order = paidOrder(page, shopper, "¥118.90", "Bamboo steamer", "Cotton bath towels, 2 pieces");
        Storefront.logOut(page);

        SupportConsole.onOrderPage(page, order);
        page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order")).click();
        page.getByLabel("Bamboo steamer").fill("1");
        page.getByLabel("Reason").selectOption(new SelectOption().setLabel("Damaged"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();
        Locator arithmetic = page.getByRole(AriaRole.TABLE, namedExactly("Arithmetic, line by line"));
        assertThat(arithmetic).not().containsText("Cotton bath towels");
        Locator steamer = dataRows(arithmetic).filter(new Locator.FilterOptions().setHasText("Bamboo steamer"));
        assertThat(steamer.getByRole(AriaRole.CELL)).hasText(new String[] {"1", "¥49.90", "−¥3.87", "−¥0.00",
                "¥46.03"});
        assertThat(page.locator("#refund-total")).hasText("¥46.03");
        assertThat(page.getByText("46 points earned on these items are taken back.")).isVisible();
        assertThat(page.getByText("The payment charged ¥118.90; ¥118.90 is left to refund.")).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("Refund now")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Refunded: the money is back");
        // The customer's orders say what the payment charged after the discount, and that part of it went back.
        page.getByRole(AriaRole.LINK, namedExactly(shopper.name())).last().click();
        String customerPage = page.url();
        assertThat(consoleOrderRow(page, order).getByRole(AriaRole.CELL))
                .containsText(new String[] {"Partly refunded", "2", "¥128.90", "¥118.90"});
        consoleOrderRow(page, order).getByRole(AriaRole.LINK, namedExactlyWithin(order)).click();

        page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order")).click();
        page.getByLabel("Cotton bath towels, 2 pieces").fill("1");
        page.getByLabel("Reason").selectOption(new SelectOption().setLabel("Wrong item"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();
        arithmetic = page.getByRole(AriaRole.TABLE, namedExactly("Arithmetic, line by line"));
        assertThat(arithmetic).not().containsText("Bamboo steamer");
        Locator towels = dataRows(arithmetic).filter(new Locator.FilterOptions().setHasText("Cotton bath towels"));
        assertThat(towels.getByRole(AriaRole.CELL)).hasText(new String[] {"1", "¥79.00", "−¥6.13", "−¥0.00",
                "¥72.87"});
        assertThat(page.locator("#refund-total")).hasText("¥72.87");
        assertThat(page.getByText("72 points earned on these items are taken back.")).isVisible();
        assertThat(page.getByText("The payment charged ¥118.90; ¥72.87 is left to refund.")).isVisible();
        assertThat(page.getByText("This payment's earlier refunds, given back, under way or waiting for approval, "
                + "come to ¥46.03")).isVisible();
        assertThat(page.getByText("it is more than half of what the payment charged")).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("Ask a supervisor to approve")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("waits for a supervisor");
        logOutOfConsole(page);
        assertThat(SimulatedWallets.account(page, "Alipay", masked(shopper.phone()))).containsText("¥927.13");

        SupportConsole.alreadyLoggedIn(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.navigate("/admin/approvals");
        approvalRow(page, order).getByRole(AriaRole.BUTTON, namedWithin("Approve")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Refunded");
        page.navigate(customerPage);
        assertThat(consoleOrderRow(page, order).getByRole(AriaRole.CELL))
                .containsText(new String[] {"Refunded", "2", "¥128.90", "¥118.90"});
        assertThat(consoleOrderRow(page, order).getByRole(AriaRole.CELL).nth(2)).hasText("Refunded");
        logOutOfConsole(page);
        assertThat(SimulatedWallets.account(page, "Alipay", masked(shopper.phone()))).containsText("¥1,000.00");

        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        // My orders: the goods, what was paid for them after the discount, and that all of it went back, in Chinese
        // too; the status filter finds the order among the refunded ones.
        page.navigate("/orders");
        assertThat(Checkout.cellsOf(Checkout.purchase(page, order)))
                .containsText(new String[] {"¥128.90", "¥118.90", "Refunded", "Alipay"});
        assertThat(Checkout.cellsOf(Checkout.purchase(page, order)).nth(3)).hasText("Refunded");
        page.getByLabel("Status", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Refunded"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Show orders")).click();
        assertThat(page.getByRole(AriaRole.ROWHEADER)).hasText(new String[] {order});
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.COLUMNHEADER, namedExactly("实付金额"))).isVisible();
        assertThat(Checkout.cellsOf(Checkout.purchase(page, order)))
                .containsText(new String[] {"¥128.90", "¥118.90", "已退款", "支付宝"});
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        openOrder(page, order);
        Locator refunds = page.getByRole(AriaRole.REGION, namedExactly("Refunds and after-sales"));
        Locator steamerRefund = refunds.locator("article").filter(new Locator.FilterOptions()
                .setHasText("Bamboo steamer"));
        assertThat(steamerRefund.getByRole(AriaRole.TABLE)).containsText("−¥3.87");
        assertThat(steamerRefund.getByRole(AriaRole.TABLE)).containsText("¥46.03");
        assertThat(steamerRefund).containsText("46 points earned on these items are taken back.");
        Locator towelsRefund = refunds.locator("article").filter(new Locator.FilterOptions()
                .setHasText("Cotton bath towels"));
        assertThat(towelsRefund.getByRole(AriaRole.TABLE)).containsText("−¥6.13");
        assertThat(towelsRefund.getByRole(AriaRole.TABLE)).containsText("¥72.87");
        assertThat(towelsRefund).containsText("72 points earned on these items are taken back.");
        assertThat(towelsRefund).containsText("Refunded");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator inChinese = page.getByRole(AriaRole.REGION, namedExactly("退款与售后"));
        assertThat(inChinese).containsText("这些商品获得的 46 积分将被扣回。");
        assertThat(inChinese).containsText("这些商品获得的 72 积分将被扣回。");
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        page.navigate("/account/points");
        assertThat(definitionOf(page, "Balance")).hasText("0 points");
    }

    /**
     * The skipping rope earned 25 of the order's 114 points, and the customer has spent 100 of them since: 14 are
     * left. Refunding the rope takes back those 14, not going below a zero balance, and keeps the 11 spent, worth
     * ¥0.11, from its ¥25.00: the agent reads it before confirming and on the order page, the customer on the order
     * page, in English and Chinese.
     */
    @Test
    void aRefundOfItemsWhoseEarnedPointsWereSpent_keepsTheirValueBack_asTheAgentAndTheCustomerRead(
            Page page, HexmallApplication hexmall, MovableClock clock) {
        NewCustomer shopper = NewCustomer.unique();
        String order = paidOrder(page, shopper, "¥114.00", "Yoga mat", "Skipping rope");
        Storefront.logOut(page);
        CustomerId customer = hexmall.storage().customers().findByPhone(PhoneNumber.parse(shopper.phone()))
                .orElseThrow().id();
        hexmall.storage().pointsLedger().spend(new PointsEntry(customer, PointsEntryKind.SPENT, 100,
                Optional.empty(), "", clock.instant()));

        SupportConsole.onOrderPage(page, order);
        page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order")).click();
        page.getByLabel("Skipping rope").fill("1");
        page.getByLabel("Reason").selectOption(new SelectOption().setLabel("Damaged"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();
        Locator arithmetic = page.getByRole(AriaRole.TABLE, namedExactly("Arithmetic, line by line"));
        assertThat(arithmetic.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Earned points already spent, kept back"))).containsText("−¥0.11");
        assertThat(page.locator("#refund-total")).hasText("¥24.89");
        assertThat(page.getByText("14 points earned on these items are taken back.")).isVisible();
        assertThat(page.getByText("11 points earned on these items were spent already, so they cannot be taken "
                + "back: their value, ¥0.11, is kept from the refund.")).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("Refund now")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Refunded: the money is back");
        Locator cases = page.getByRole(AriaRole.TABLE, namedExactly("Refunds and after-sales"));
        assertThat(dataRows(cases).first()).containsText("¥0.11 is kept back for 11 earned points already spent.");
        assertThat(dataRows(cases).first()).containsText("¥24.89");
        logOutOfConsole(page);
        assertThat(SimulatedWallets.account(page, "Alipay", masked(shopper.phone()))).containsText("¥910.89");

        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        openOrder(page, order);
        Locator refund = page.getByRole(AriaRole.REGION, namedExactly("Refunds and after-sales"))
                .locator("article");
        assertThat(refund.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Points earned on these items that you had spent, kept back"))).containsText("−¥0.11");
        assertThat(refund.getByRole(AriaRole.TABLE)).containsText("¥24.89");
        assertThat(refund).containsText("14 points earned on these items are taken back.");
        assertThat(refund).containsText("11 points earned on these items had been spent already, so they cannot be "
                + "taken back: their value, ¥0.11, is kept from the refund instead.");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.REGION, namedExactly("退款与售后")))
                .containsText("这些商品获得的 11 积分您已使用，无法扣回，改为从退款中扣除其价值 ¥0.11。");
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        page.navigate("/account/points");
        assertThat(definitionOf(page, "Balance")).hasText("0 points");
    }

    /**
     * Spend ¥100, get a ¥20 voucher: the order of a yoga mat and a book of poems (¥108.80) earned it, and the customer
     * used it on the next order. Refunding the ¥19.80 book takes the order below ¥100, and all its money is kept for
     * the voucher; the agent reads that ¥0.20 is still to be kept, and the preview of the mat's refund keeps it. The
     * customer reads on the order page what was kept.
     */
    @Test
    void aUsedVoucherIsKeptBackWhole_acrossTheRefunds_asTheAgentsPreviewsSay(Page page, HexmallApplication hexmall,
                                                                             MovableClock clock) {
        PromotedShopping.run(hexmall, Campaign.create(new CampaignId(UUID.randomUUID()),
                "Spend ¥100, get a ¥20 voucher", "满100返20元券", CampaignKind.CASHBACK_VOUCHER,
                Conditions.none().withMinimumSpend(Money.ofYuan(100, 0)),
                new Benefit.CashbackVoucher(Money.ofYuan(20, 0), Money.ofYuan(40, 0), 30),
                new StackingGroup("cashback"), 0, PromotedShopping.thisWeek(clock), Money.ofYuan(10_000, 0), 10));
        NewCustomer shopper = NewCustomer.unique();
        String order = paidOrder(page, shopper, "¥108.80", "Yoga mat", "Classic Chinese Poems");
        Checkout.addToCartOverHttp(page, "Skipping rope", 2);
        pay(page, Checkout.settleOverHttp(page), shopper, "¥30.00");
        Storefront.logOut(page);

        SupportConsole.onOrderPage(page, order);
        page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order")).click();
        page.getByLabel("Classic Chinese Poems").fill("1");
        page.getByLabel("Reason").selectOption(new SelectOption().setLabel("Damaged"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();
        Locator arithmetic = page.getByRole(AriaRole.TABLE, namedExactly("Arithmetic, line by line"));
        assertThat(arithmetic.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Used cashback voucher kept back"))).containsText("−¥19.80");
        assertThat(page.locator("#refund-total")).hasText("¥0.00");
        assertThat(page.getByText("The cashback voucher of ¥20.00 was used: ¥19.80 is kept from the refund."))
                .isVisible();
        assertThat(page.getByText("¥0.20 of the voucher's value is still to be kept back: the order's next refund "
                + "keeps it.")).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("Refund now")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Refunded");

        page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order")).click();
        page.getByLabel("Yoga mat").fill("1");
        page.getByLabel("Reason").selectOption(new SelectOption().setLabel("Damaged"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();
        arithmetic = page.getByRole(AriaRole.TABLE, namedExactly("Arithmetic, line by line"));
        assertThat(arithmetic.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Used cashback voucher kept back"))).containsText("−¥0.20");
        assertThat(page.locator("#refund-total")).hasText("¥88.80");
        assertThat(page.getByText("The cashback voucher of ¥20.00 was used, and this order's earlier refunds kept "
                + "back ¥19.80 of it: ¥0.20 more is kept from this refund.")).isVisible();
        logOutOfConsole(page);

        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        openOrder(page, order);
        Locator refund = page.getByRole(AriaRole.REGION, namedExactly("Refunds and after-sales"))
                .locator("article");
        assertThat(refund.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Cashback voucher already used, kept back"))).containsText("−¥19.80");
        assertThat(refund.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHasText("Back to your wallet"))).containsText("¥0.00");
    }

    /** A new customer with ¥1,000 at Alipay who paid an order of these products, one each, for {@code amount}. */
    private static String paidOrder(Page page, NewCustomer shopper, String amount, String... products) {
        signUpWithAlipay(page, shopper);
        String order = Checkout.placeOrderOverHttp(page, products);
        pay(page, order, shopper, amount);
        return order;
    }

    /** A new customer with ¥1,000 at Alipay who paid an order of this many yoga mats (¥89.00 each). */
    private static String paidOrder(Page page, NewCustomer shopper, int mats) {
        signUpWithAlipay(page, shopper);
        Checkout.addToCartOverHttp(page, "Yoga mat", mats);
        String order = Checkout.settleOverHttp(page);
        pay(page, order, shopper, "¥%d.00".formatted(89 * mats));
        return order;
    }

    private static void signUpWithAlipay(Page page, NewCustomer shopper) {
        Storefront.alreadyRegistered(page, shopper);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", shopper.phone(), shopper.name(), "1000", PAYMENT_PASSWORD);
        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        PaymentMethods.bindOverHttp(page, "Alipay", shopper.phone(), SimulatedPhone.beside(page, shopper.phone()),
                PAYMENT_PASSWORD);
    }

    private static void pay(Page page, String order, NewCustomer shopper, String amount) {
        Checkout.alreadyPaid(page, order, "Alipay " + masked(shopper.phone()), amount, PAYMENT_PASSWORD);
    }

    /** From the console's order page, previews a refund of one of {@code product}, as damaged. */
    private static void previewRefundOfOne(Page page, String product) {
        page.getByRole(AriaRole.LINK, namedExactly("Refund items of this order")).click();
        page.getByLabel(product).fill("1");
        page.getByLabel("Reason").selectOption(new SelectOption().setLabel("Damaged"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Preview the refund")).click();
        assertThat(page.locator("#refund-total")).hasText("¥89.00");
    }

    private static void askForRefund(Page page, String product, String reason, String note) {
        Locator form = page.getByRole(AriaRole.REGION, namedExactly("Ask for a refund (after-sales)"));
        form.getByLabel(product).fill("1");
        form.getByLabel("Reason").selectOption(new SelectOption().setLabel(reason));
        form.getByLabel("What happened (optional)").fill(note);
        form.getByRole(AriaRole.BUTTON, namedWithin("Send the request")).click();
    }

    private static void openOrder(Page page, String order) {
        page.navigate("/orders");
        page.getByRole(AriaRole.LINK, namedExactly(order)).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Order " + order))).isVisible();
    }

    /** The row of an order in the Orders table of the console's customer page. */
    private static Locator consoleOrderRow(Page page, String order) {
        return dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Orders")))
                .filter(new Locator.FilterOptions().setHasText(order));
    }

    private static Locator approvalRow(Page page, String order) {
        return page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(order));
    }

    private static void logOutOfConsole(Page page) {
        page.getByRole(AriaRole.BUTTON, namedExactly("Log out")).click();
    }

    private static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }
}
