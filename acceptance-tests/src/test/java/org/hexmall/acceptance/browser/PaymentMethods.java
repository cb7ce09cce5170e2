package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * What a logged-in shopper does under My account → Account &amp; security → Payment methods on the way to
 * what a test is about, step by step as on the pages.
 */
final class PaymentMethods {

    static final String NONE_BOUND = "No wallet is bound to your account yet.";

    private PaymentMethods() {
    }

    static void open(Page page) {
        page.navigate("/account/security/payment-methods");
        assertThat(page.getByRole(AriaRole.HEADING, named("Payment methods"))).isVisible();
    }

    /**
     * From Payment methods: "Add payment method", the wallet, its account, "Send verification code". Leaves
     * checking the outcome to the test.
     */
    static void startBinding(Page page, String wallet, String account) {
        open(page);
        page.getByRole(AriaRole.LINK, namedExactly("Add payment method")).click();
        page.getByRole(AriaRole.LINK, namedExactly(wallet)).click();
        page.getByLabel(wallet + " account").fill(account);
        page.getByRole(AriaRole.BUTTON, named("Send verification code")).click();
    }

    /** Types the code on the "Enter the verification code" page and confirms it. */
    static void confirmCode(Page page, String code) {
        page.getByLabel("Verification code").fill(code);
        page.getByRole(AriaRole.BUTTON, namedExactly("Confirm")).click();
    }

    /**
     * A whole binding that goes well: the code from the phone, then the payment password and "Approve" in the
     * simulated wallet app. Ends on the confirmation page.
     */
    static void bind(Page page, String wallet, String account, SimulatedPhone phone, String paymentPassword) {
        startBinding(page, wallet, account);
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        confirmCode(page, phone.latestCode());
        SimulatedWallets.approve(page, paymentPassword);
        assertThat(page.getByRole(AriaRole.HEADING, named("Your wallet is bound"))).isVisible();
    }

    /**
     * From Payment methods: "Unbind" beside the wallet ("Alipay 138****0001"), then "Unbind" again to confirm. Ends
     * back on Payment methods, which says the wallet is unbound.
     */
    static void unbind(Page page, String wallet) {
        open(page);
        page.getByRole(AriaRole.LINK, namedExactly("Unbind " + wallet)).click();
        assertThat(page.getByRole(AriaRole.HEADING, named("Unbind " + wallet + "?"))).isVisible();
        page.getByRole(AriaRole.BUTTON, namedExactly("Unbind")).click();
        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("The wallet is unbound. You can bind it again at any time.");
    }

    /** Checks that Payment methods lists exactly these wallets, in this order, each as "Alipay 138****0001". */
    static void assertBoundWallets(Page page, String... wallets) {
        Locator rows = dataRows(page.getByRole(AriaRole.TABLE, named("Bound wallets")));
        assertThat(rows).hasCount(wallets.length);
        assertThat(rows).containsText(wallets);
    }
}
