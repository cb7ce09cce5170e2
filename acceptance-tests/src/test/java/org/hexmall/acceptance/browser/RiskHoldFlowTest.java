package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedWithin;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A sixth payment within minutes is blocked, and the block holds: once the rule's ten minutes have passed, the next
 * attempt is still refused, as held for the customer's safety, in English and in Chinese. The agent sees the hold on
 * the alert, resolves the alert as a false positive, and the customer pays.
 * <p>
 * This class has its own hexmall, so the only alerts in it are the demo's and the one its test raises.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class RiskHoldFlowTest {

    private static final String TEA = "Jasmine tea, 250 g";
    private static final int PHONE_WIDTH = 390;

    @Test
    void aBlockedPaymentStaysHeldPastTheRulesWindow_untilTheAgentResolvesTheAlert(Page page, MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        String wallet = "Alipay " + customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "1000", "975310");
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                "975310");
        for (int payment = 1; payment <= 5; payment++) {
            Checkout.alreadyStartedPaying(page, Checkout.placeOrderOverHttp(page, TEA), wallet);
        }
        String sixth = Checkout.placeOrderOverHttp(page, TEA);
        Checkout.payNow(page, sixth);
        Checkout.payWith(page, wallet, "¥68.00");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("We held this for a security check"))).isVisible();

        clock.moveOn(Duration.ofMinutes(11));
        page.getByRole(AriaRole.LINK, namedExactly("Back to your order")).click();
        Checkout.payNow(page, sixth);
        Checkout.payWith(page, wallet, "¥68.00");

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Your account is on hold for your safety")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("After an unusual attempt on your account, we are "
                + "holding its payments and wallet bindings for your safety, so we did not make this payment. "
                + "Nothing was charged, and your order stays open for now.");
        assertThat(page.getByText("Please contact customer service: once they have checked it with you, they lift "
                + "the hold and you can pay again.")).isVisible();

        page.getByRole(AriaRole.LINK, namedExactly("Back to your order")).click();
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        page.getByRole(AriaRole.LINK, namedExactly("立即付款")).click();
        page.getByRole(AriaRole.GROUP, namedExactly("付款方式")).getByRole(AriaRole.RADIO, namedWithin("支付宝"))
                .check();
        page.getByRole(AriaRole.BUTTON, namedExactly("支付 ¥68.00")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("为保护您的安全，账户已暂停支付"))).isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("您的账户近期出现异常操作，为保护您的安全，我们暂停了该账户的"
                + "支付和钱包绑定，因此没有执行这笔支付。未扣任何款项，订单暂时保留。");
        assertThat(page.getByText("请联系客服：客服与您核实后会解除暂停，您即可再次支付。")).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("返回订单")).click();
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        String orderPage = page.url();

        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("Alerts (2 open)")).click();
        dataRows(page.getByRole(AriaRole.TABLE)).filter(new Locator.FilterOptions().setHasText("Too many payments"))
                .getByRole(AriaRole.LINK).click();
        Locator hold = page.getByRole(AriaRole.REGION, named("Risk hold"));
        assertThat(hold).containsText("Payments and wallet bindings");
        assertThat(hold).containsText("Holding: the customer is refused until the hold is lifted or ends");
        String alertPage = page.url();
        page.getByRole(AriaRole.LINK, namedExactly(customer.name())).click();
        assertThat(page.getByText("Payments and wallet bindings held since")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Lift the hold"))).isVisible();
        page.setViewportSize(PHONE_WIDTH, 844);
        holdFitsThePhone(page, "Payments and wallet bindings held since", "Reason for lifting the hold",
                "Lift the hold");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        holdFitsThePhone(page, "支付和钱包绑定自", "解除暂停的原因", "解除暂停");
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        page.setViewportSize(1280, 800);
        page.navigate(alertPage);
        page.getByLabel("False positive: it was the customer").check();
        page.getByLabel("Note for the audit log").fill("Called the customer: buying tea for the whole office");
        page.getByRole(AriaRole.BUTTON, namedExactly("Resolve")).click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("The alert is resolved and the action is in the audit log.");
        assertThat(hold).containsText("Lifted by " + SupportConsole.AGENT);

        page.navigate(orderPage);
        Checkout.goPay(page, sixth, wallet, "¥68.00");
    }

    /**
     * On a phone the hold, its reason field and its button are all on the screen, and the page needs no sideways
     * scrolling, so that an agent on a phone can read the hold and lift it.
     */
    private static void holdFitsThePhone(Page page, String hold, String reason, String lift) {
        for (Locator part : new Locator[] {page.getByText(hold), page.getByLabel(reason),
                page.getByRole(AriaRole.BUTTON, namedExactly(lift))}) {
            assertThat(part).isVisible();
            BoundingBox box = part.boundingBox();
            assertTrue(box.x >= 0 && box.x + box.width <= PHONE_WIDTH, () -> part + " spans " + box.x + " to "
                    + (box.x + box.width) + " px of " + PHONE_WIDTH);
        }
        Object wider = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(((Number) wider).intValue() <= 0, () -> "the page is " + wider + " px wider than the phone");
    }
}
