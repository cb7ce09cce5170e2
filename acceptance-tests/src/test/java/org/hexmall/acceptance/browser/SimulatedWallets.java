package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * What a person does in the SIMULATED wallet apps, and on the demo's page of simulated wallets, on the way to
 * what a test is about, step by step as on the pages.
 */
final class SimulatedWallets {

    /** The demo customers' payment passwords, the same at every simulated provider where they have an account. */
    static final String LI_LEI_PAYMENT_PASSWORD = "135790";
    static final String HAN_MEIMEI_PAYMENT_PASSWORD = "246801";

    private SimulatedWallets() {
    }

    /**
     * On the wallet app's approval page: types the payment password, the second verification in the wallet
     * app, and taps "Approve". Leaves checking the outcome to the test.
     */
    static void approve(Page page, String paymentPassword) {
        page.getByLabel("Payment password", exactly()).fill(paymentPassword);
        page.getByRole(AriaRole.BUTTON, namedExactly("Approve")).click();
    }

    /** Opens an account with the form on the simulated wallets page, and waits for the page to confirm it. */
    static void openAccount(Page page, String wallet, String account, String holder, String balanceInYuan,
                            String paymentPassword) {
        page.navigate("/mock-wallet");
        page.getByLabel("Wallet", exactly()).selectOption(new SelectOption().setLabel(wallet));
        page.getByLabel("Account (mobile number, email or account id)").fill(account);
        page.getByLabel("Account holder").fill(holder);
        page.getByLabel("Balance in yuan").fill(balanceInYuan);
        page.getByLabel("Payment password (6 digits)").fill(paymentPassword);
        page.getByRole(AriaRole.BUTTON, namedExactly("Open account")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText(wallet + " account");
    }
}
