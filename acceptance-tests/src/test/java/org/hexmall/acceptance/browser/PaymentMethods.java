package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;

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
     * A whole binding that goes well, on the pages: the code from the phone, then the payment password and "Approve"
     * in the simulated wallet app. Ends on the confirmation page.
     */
    static void bind(Page page, String wallet, String account, SimulatedPhone phone, String paymentPassword) {
        startBinding(page, wallet, account);
        assertThat(page.getByRole(AriaRole.HEADING, named("Enter the verification code"))).isVisible();
        confirmCode(page, phone.latestCode());
        SimulatedWallets.approve(page, paymentPassword);
        assertThat(page.getByRole(AriaRole.HEADING, named("Your wallet is bound"))).isVisible();
    }

    /**
     * A whole binding that goes well, sent over HTTP with the browser's cookies, for tests about something else:
     * the same forms as {@link #bind}, the code read from the phone's page, ending on the "Your wallet is bound"
     * answer, with the browser's page left where it was.
     */
    static void bindOverHttp(Page page, String wallet, String account, SimulatedPhone phone, String paymentPassword) {
        String choosing = "Choosing " + wallet + " under Add payment method";
        APIResponse choose = HttpForms.get(page, "/account/security/payment-methods/add", choosing);
        APIResponse accountForm = HttpForms.get(page, HttpForms.link(choose, wallet, choosing), choosing);
        String sending = "Sending a verification code to bind " + wallet + " account " + account;
        APIResponse codePage = HttpForms.submit(page,
                HttpForms.form(accountForm, action -> action.contains("/payment-methods/add/"), sending),
                Map.of("account", account), sending);
        HttpForms.assertHeading(codePage, "Enter the verification code", sending);
        String confirming = "Confirming the code to bind " + wallet + " account " + account;
        APIResponse walletApp = HttpForms.submit(page,
                HttpForms.form(codePage, action -> action.contains("/code"), confirming),
                Map.of("code", phone.latestCodeOverHttp()), confirming);
        String approving = "Approving the binding of " + wallet + " account " + account + " in the wallet app";
        APIResponse bound = HttpForms.submit(page,
                HttpForms.form(walletApp, action -> action.endsWith("/approve"), approving),
                Map.of("paymentPassword", paymentPassword), approving);
        HttpForms.assertHeading(bound, "Your wallet is bound", approving);
    }

    /**
     * Already the case, over HTTP: a customer no other test knows, logged in, whose account at the wallet (their
     * mobile number, ¥300.00, the payment password given) is bound to hexmall.
     */
    static NewCustomer signedUpWithBoundWallet(Page page, String wallet, String paymentPassword) {
        NewCustomer customer = Storefront.signedUpWithWalletAccounts(page, paymentPassword, wallet);
        bindOverHttp(page, wallet, customer.phone(), SimulatedPhone.beside(page, customer.phone()), paymentPassword);
        return customer;
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
