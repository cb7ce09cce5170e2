package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The customer's page opens with what probably happened: the agent who takes a call reads the guide's answer that
 * fits to the customer, in the console's language, and fixes what the console can fix from the answer itself.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class GuidedAnswersConsoleTest {

    private static final String BOOK = "Hexagonal Architecture Explained";

    @Test
    void anAgentAnswersHanMeimeisPaymentDeclinedForHerBalanceFromTheGuidedAnswer(Page page) {
        Storefront.alreadyLoggedIn(page, Storefront.HAN_MEIMEI_PHONE, Storefront.HAN_MEIMEI_PASSWORD);
        PaymentMethods.bindOverHttp(page, "Alipay", "13800000002",
                SimulatedPhone.beside(page, Storefront.HAN_MEIMEI_PHONE),
                SimulatedWallets.HAN_MEIMEI_PAYMENT_PASSWORD);
        String order = Checkout.placeOrderOverHttp(page, BOOK);
        HttpForms.assertHeading(Checkout.alreadyAnsweredInTheWalletApp(page, order, "Alipay 138****0002",
                SimulatedWallets.HAN_MEIMEI_PAYMENT_PASSWORD), "Not enough balance in your Alipay wallet",
                "Paying order " + order + " from a balance too low");

        SupportConsole.onCustomerPage(page, Storefront.HAN_MEIMEI_PHONE, "韩梅梅");
        Locator answer = page.getByRole(AriaRole.ARTICLE, namedExactly("Payment declined: insufficient balance"));
        assertThat(answer).isVisible();
        assertThat(definitionOf(answer, "Wallet")).hasText("Alipay 138****0002");
        assertThat(definitionOf(answer, "Order")).hasText(order + " · ¥89.00");
        assertThat(definitionOf(answer, "When")).hasText(Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}"));
        assertThat(answer.getByRole(AriaRole.BLOCKQUOTE, namedExactlyWithin("Say to the customer"))).hasText(
                "The balance of your wallet was not enough to pay the order, so nothing was charged. Please top up "
                        + "the wallet in its app and pay the order again: it is still waiting for payment. You can "
                        + "also pay with another wallet.");
        assertThat(answer).containsText("The order stays payable and nothing was charged: no refund is needed.");

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator chinese = page.getByRole(AriaRole.ARTICLE, namedExactly("支付被拒：余额不足"));
        assertThat(definitionOf(chinese, "钱包")).hasText("支付宝 138****0002");
        assertThat(chinese.getByRole(AriaRole.BLOCKQUOTE, namedExactlyWithin("对客户说"))).hasText(
                "您的钱包余额不足以支付这笔订单，因此没有产生任何扣款。请先在钱包应用中充值，然后重新支付，订单仍在等待付款。"
                        + "您也可以选择其他钱包付款。");

        chinese.getByRole(AriaRole.LINK, namedExactlyWithin("帮助中的解答")).click();
        assertThat(page).hasURL(Pattern.compile("/admin/help#insufficient-balance$"));
        assertThat(page.getByRole(AriaRole.ARTICLE, namedExactly("支付失败：余额不足"))).isInViewport();
    }

    @Test
    void theGuidedAnswerToALockedLoginClearsTheLockWithAReason(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        for (int attempt = 1; attempt <= 5; attempt++) {
            Storefront.tryToLogIn(page, customer.phone(), "wrong-guess-" + attempt);
        }

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        Locator answer = page.getByRole(AriaRole.ARTICLE, namedExactly("Login locked"));
        assertThat(definitionOf(answer, "Until")).hasText(Pattern.compile("\\d{2}:\\d{2}:\\d{2}$"));
        assertThat(answer.getByRole(AriaRole.BLOCKQUOTE)).containsText("I can clear the lock");

        answer.getByRole(AriaRole.BUTTON, namedExactlyWithin("Clear the lock")).click();
        assertThat(page.getByLabel("Reason for clearing the lock"))
                .hasAccessibleDescription("Say why: the reason goes into the audit log.");
        page.getByLabel("Reason for clearing the lock").fill("Caller confirmed identity by phone");
        page.getByRole(AriaRole.BUTTON, namedExactly("Clear the lock")).click();

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("The login lock is cleared, and your action is in the audit log.");
        assertThat(page.getByRole(AriaRole.ARTICLE, namedExactly("Login locked"))).not().isAttached();
        assertThat(page.getByRole(AriaRole.ARTICLE, namedExactly("No wallet bound"))).isVisible();
        Storefront.logIn(page, customer.phone(), customer.password());
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Log out"))
                .or(page.getByRole(AriaRole.BUTTON, namedExactly("Log out")))).isVisible();
    }

    @Test
    void aBindingWhoseCodeWasTypedWrongTooOftenIsWhatProbablyHappened_notAWalletNeverBound(Page page) {
        NewCustomer customer = NewCustomer.unique();
        String masked = SimulatedPhone.masked(customer.phone());
        Storefront.alreadyRegistered(page, customer);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.startBinding(page, "Alipay", customer.phone());
        String wrong = SimulatedPhone.notThe(SimulatedPhone.beside(page, customer.phone()).latestCode());
        for (int entry = 1; entry <= 5; entry++) {
            PaymentMethods.confirmCode(page, wrong);
        }
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("typed wrong too many times");

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());

        Locator answer = page.getByRole(AriaRole.ARTICLE,
                namedExactly("Binding failed: too many wrong verification codes"));
        assertThat(definitionOf(answer, "Wallet")).hasText("Alipay " + masked);
        assertThat(definitionOf(answer, "Stopped")).hasText("at the verification code; the binding is still open, "
                + "and the customer can go on from Payment methods without starting again");
        assertThat(answer.getByRole(AriaRole.BLOCKQUOTE, namedExactlyWithin("Say to the customer"))).hasText(
                "For your safety, a verification code stops working after five wrong entries. Please start binding "
                        + "again: we send you a new code by SMS.");
        assertThat(page.getByRole(AriaRole.ARTICLE, namedExactly("No wallet bound"))).not().isAttached();

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator chinese = page.getByRole(AriaRole.ARTICLE, namedExactly("绑定失败：验证码错误次数过多"));
        assertThat(definitionOf(chinese, "停在")).hasText("在验证码步骤；绑定尚未结束，客户可在“支付方式”中继续，无需重新开始");
    }

    @Test
    void theSectionsOfTheCustomersPageAreOneKeyAway(Page page) {
        SupportConsole.onCustomerPage(page, Storefront.LI_LEI_PHONE, "李雷");
        Locator sections = page.getByRole(AriaRole.NAVIGATION, named("Sections of the customer’s page"));
        assertThat(sections.getByRole(AriaRole.LINK)).hasText(
                new String[] {"Overview", "Timeline", "Orders and payments", "Wallets", "Security", "Notes"});

        sections.getByRole(AriaRole.LINK, namedExactlyWithin("Wallets")).focus();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("#wallets$"));
        assertThat(page.getByRole(AriaRole.REGION, namedExactly("Wallets"))
                .getByRole(AriaRole.HEADING, namedExactlyWithin("Wallet bindings"))).isInViewport();

        sections.getByRole(AriaRole.LINK, namedExactlyWithin("Security")).focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.REGION, namedExactly("Security"))
                .getByRole(AriaRole.HEADING, namedExactlyWithin("Security events"))).isAttached();
        assertThat(page).hasURL(Pattern.compile("#security$"));
    }
}
