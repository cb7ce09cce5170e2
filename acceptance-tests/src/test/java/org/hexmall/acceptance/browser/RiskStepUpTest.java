package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A payment far above what the shopper usually pays makes the risk rules ask for a face check: the page offers it
 * (or an SMS code instead), and once the shopper has proved it is them they pay, as usual, in the wallet app. A face
 * that is not theirs is refused with what to do next, and nothing is paid. A check the shopper walks away from shows
 * customer service, once it can no longer be taken, as never answered.
 * <p>
 * This class has its own hexmall; each test uses a shopper of its own, whose usual payment is a tin of tea.
 */
@Order(2)
@BrowserFlowTest
@WithoutDemoCampaigns
class RiskStepUpTest {

    private static final String TEA = "Jasmine tea, 250 g";
    private static final String PHONE_PRODUCT = "Smartphone 128 GB";
    private static final String PAYMENT_PASSWORD = "975310";
    private static final String NEVER_ANSWERED =
            "Asked to verify, never answered: the check expired unused and nothing went ahead";

    @Test
    void theFaceCheckSaysItIsTheShopper_andTheLargePaymentGoesThrough(Page page, MovableClock clock) {
        Shopper shopper = teaBuyer(page, clock);
        String order = largeOrderAskingForAFaceCheck(page, shopper);

        page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Simulate: it is me")).click();

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Pay for order " + order))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("You confirmed it is you. Pay within 5 minutes to go ahead with this payment.");
        payInTheWalletApp(page, shopper, order);
    }

    @Test
    void aFaceThatIsNotTheShoppers_isRefused_andNothingIsPaid(Page page, MovableClock clock) {
        Shopper shopper = teaBuyer(page, clock);
        String order = largeOrderAskingForAFaceCheck(page, shopper);
        // The check's own address names the order being paid.
        String payPage = page.url().replaceFirst("^.*[?&]order=([^&]+).*$", "/orders/$1/pay");

        page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Simulate: not me")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("The face check could not confirm that it is you. Try"
                + " again in good light, use an SMS code instead, or contact customer service.");
        // Not paid: the order still has its payment page, and paying asks for the check again.
        page.navigate(payPage);
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Pay for order " + order))).isVisible();
        Checkout.payWith(page, shopper.wallet(), "¥2,999.00");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Please confirm it is you"))).isVisible();
    }

    @Test
    void whenTheCameraCannotBeUsed_anSmsCodeInstead_andTheLargePaymentGoesThrough(Page page, MovableClock clock) {
        Shopper shopper = teaBuyer(page, clock);
        String order = largeOrderAskingForAFaceCheck(page, shopper);

        page.getByRole(AriaRole.BUTTON, namedExactly("Verify with a face check")).click();
        page.getByRole(AriaRole.BUTTON, namedExactly("Simulate: camera unavailable")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Your camera could not be used for the face check. Use an"
                + " SMS code instead, or try again once the camera works.");
        page.getByRole(AriaRole.BUTTON, namedExactly("Use an SMS code instead")).click();
        page.getByLabel("6-digit code").fill(SimulatedPhone.beside(page, shopper.customer().phone()).latestCode());
        page.getByRole(AriaRole.BUTTON, namedExactly("Verify")).click();

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Pay for order " + order))).isVisible();
        payInTheWalletApp(page, shopper, order);
    }

    @Test
    void aFaceCheckTheShopperWalksAwayFrom_showsAsNeverAnswered_onceItCanNoLongerBeTaken(Page page,
                                                                                      MovableClock clock) {
        Shopper shopper = teaBuyer(page, clock);
        largeOrderAskingForAFaceCheck(page, shopper);

        SupportConsole.onCustomerPage(page, shopper.customer().phone(), shopper.customer().name());
        Locator alert = page.getByRole(AriaRole.REGION, namedExactly("Risk alerts")).getByRole(AriaRole.ROW).nth(1);
        assertThat(alert).containsText("Asked to verify; no answer yet");

        clock.moveOn(Duration.ofMinutes(16));
        page.reload();
        assertThat(alert).containsText(NEVER_ANSWERED);
        alert.getByRole(AriaRole.LINK).click();
        assertThat(page.getByText(NEVER_ANSWERED)).isVisible();

        page.navigate("/admin/alerts");
        assertThat(dataRows(page.getByRole(AriaRole.TABLE)).filter(new Locator.FilterOptions()
                .setHasText(shopper.customer().name()))).containsText(NEVER_ANSWERED);
    }

    @Test
    void theCheckAskedForAtPhoneWidth_hasItsOwnAddress_andAReloadInEitherLanguageRaisesNoOtherAlert(Page page,
                                                                                                MovableClock clock) {
        page.setViewportSize(390, 844);
        Shopper shopper = teaBuyer(page, clock);
        largeOrderAskingForAFaceCheck(page, shopper);

        assertThat(page).hasURL(Pattern.compile("/verify\\?action=PAY&factor=FACE&order=[^&]+&next="));
        page.reload();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Please confirm it is you"))).isVisible();
        assertThat(page.getByText("The check is a face check")).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Back to your order"))).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("请确认是您本人操作"))).isVisible();
        page.reload();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("这笔支付与您账户的平时情况不符，继续之前需要再做一次验证。目前尚未扣款。");
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("使用人脸识别验证"))).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();

        // Only the one attempt asked for the check: the reloads sent nothing again.
        SupportConsole.onCustomerPage(page, shopper.customer().phone(), shopper.customer().name());
        assertThat(dataRows(page.getByRole(AriaRole.TABLE, namedExactly("Risk alerts")))).hasCount(1);
    }

    private record Shopper(NewCustomer customer, String wallet) {
    }

    /**
     * A new shopper with a bound Alipay who has paid for one tin of tea, twenty minutes ago: that is their usual
     * payment, and the binding is old enough not to count against the next one.
     */
    private static Shopper teaBuyer(Page page, MovableClock clock) {
        NewCustomer customer = NewCustomer.unique();
        String masked = customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        Shopper shopper = new Shopper(customer, "Alipay " + masked);
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "10000",
                PAYMENT_PASSWORD);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                PAYMENT_PASSWORD);
        String tea = Checkout.placeOrderOverHttp(page, TEA);
        Checkout.alreadyPaid(page, tea, shopper.wallet(), "¥68.00", PAYMENT_PASSWORD);
        clock.moveOn(Duration.ofMinutes(20));
        return shopper;
    }

    /** Orders a smartphone, forty-four times the usual tea, and tries to pay: the page asks for a face check first. */
    private static String largeOrderAskingForAFaceCheck(Page page, Shopper shopper) {
        String order = Checkout.placeOrderOverHttp(page, PHONE_PRODUCT);
        Checkout.payNow(page, order);
        Checkout.payWith(page, shopper.wallet(), "¥2,999.00");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Please confirm it is you"))).isVisible();
        assertThat(page.getByText("The check is a face check")).isVisible();
        return order;
    }

    /** Back on the payment page after the step-up, with the same wallet chosen: pays, and the order is paid. */
    private static void payInTheWalletApp(Page page, Shopper shopper, String order) {
        assertThat(Checkout.walletChoice(page, shopper.wallet())).isChecked();
        page.getByRole(AriaRole.BUTTON, namedExactly("Pay ¥2,999.00")).click();
        SimulatedWallets.assertPayPage(page, order, "¥2,999.00");
        SimulatedWallets.pay(page, PAYMENT_PASSWORD);
        Checkout.assertPaymentSuccessful(page, order, "¥2,999.00", "Alipay");
    }
}
