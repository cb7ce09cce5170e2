package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.util.Map;

/**
 * What a person does in the SIMULATED wallet apps, and on the demo's page of simulated wallets, on the way to
 * what a test is about, step by step as on the pages; or, for an account that is already open before the test,
 * with the page's form sent over HTTP, which loads no page.
 */
final class SimulatedWallets {

    /** The demo customers' payment passwords, the same at every simulated provider where they have an account. */
    static final String LI_LEI_PAYMENT_PASSWORD = "135790";
    static final String HAN_MEIMEI_PAYMENT_PASSWORD = "246801";

    /** A choice of the "Wallet" list on the simulated wallets page: its value, then the wallet's name. */
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

    /**
     * Opens the wallet app of an account, where the app shows its balance and its payment password's lock and lists
     * the merchants that may charge it ("Authorizations"). The wallet is named as in the app's address:
     * {@code alipay}, {@code wechat-pay}.
     */
    static void openApp(Page page, String walletInAddress, String account) {
        page.navigate("/mock-wallet/" + walletInAddress + "/app?account=" + account);
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Authorizations"))).isVisible();
    }

    /** In the wallet app of an account: types the amount in yuan under "Top up" and taps "Top up". */
    static void topUp(Page page, String yuan) {
        page.getByLabel("Amount in yuan", exactly()).fill(yuan);
        page.getByRole(AriaRole.BUTTON, namedExactly("Top up")).click();
    }

    /**
     * In the wallet app of an account, under "Reset the payment password": the holder's full name, which proves
     * who they are, and the new password twice, then "Reset payment password".
     */
    static void resetPaymentPassword(Page page, String holder, String newPassword) {
        page.getByLabel("Full name of the account holder", exactly()).fill(holder);
        page.getByLabel("New payment password (6 digits)", exactly()).fill(newPassword);
        page.getByLabel("New payment password again", exactly()).fill(newPassword);
        page.getByRole(AriaRole.BUTTON, namedExactly("Reset payment password")).click();
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

    /** Already the case: the account is open, by the simulated wallets page's form sent over HTTP. */
    static void accountAlreadyOpen(Page page, String wallet, String account, String holder, String balanceInYuan,
                                   String paymentPassword) {
        String step = "Opening " + wallet + " account " + account;
        APIResponse walletsPage = HttpForms.get(page, "/mock-wallet", step);
        String provider = HttpForms.option(walletsPage, wallet, step);
        HttpForms.Form form = HttpForms.form(walletsPage, "/mock-wallet/accounts"::equals, step);
        HttpForms.assertRedirectsToBeginning(HttpForms.sendWithoutFollowing(page, form, Map.of("provider", provider,
                        "account", account, "holder", holder, "balance", balanceInYuan,
                        "paymentPassword", paymentPassword)),
                "/mock-wallet?opened=" + provider + "&", step);
    }

    /**
     * Checks the wallet app's pay page the store sent the shopper to: who is paid, for which order, how much. The
     * order number reads as on the store's own pages, in groups of four.
     */
    static void assertPayPage(Page page, String orderNumber, String amount) {
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Pay hexmall"))).isVisible();
        assertThat(definitionOf(page, "Merchant")).hasText("hexmall");
        assertThat(definitionOf(page, "Order number")).hasText(orderNumber);
        assertThat(definitionOf(page, "Amount")).hasText(amount);
    }

    /** On the wallet app's pay page: types the payment password and taps "Pay". Leaves checking the outcome to the test. */
    static void pay(Page page, String paymentPassword) {
        page.getByLabel("Payment password", exactly()).fill(paymentPassword);
        page.getByRole(AriaRole.BUTTON, namedExactly("Pay")).click();
    }

    /** On the wallet app's pay page: "Back to hexmall", without paying. */
    static void backToHexmall(Page page) {
        page.getByRole(AriaRole.BUTTON, namedExactly("Back to hexmall")).click();
    }

    /**
     * On the demo's page of simulated wallets, as a person trying the demo would: makes one provider behave as the
     * list offers it ("Timeout: never answers", "Normally"), and waits until the page has taken it.
     */
    static void makeBehave(Page simulatedWallets, String wallet, String behaviour) {
        simulatedWallets.navigate("/mock-wallet");
        Locator provider = simulatedWallets.getByRole(AriaRole.REGION, namedExactly(wallet));
        provider.getByLabel("How " + wallet + " behaves").selectOption(new SelectOption().setLabel(behaviour));
        simulatedWallets.waitForResponse(answer -> answer.request().method().equals("POST"),
                () -> provider.getByRole(AriaRole.BUTTON, namedExactlyWithin("Apply")).click());
    }

    /**
     * On the demo's page of simulated wallets, as a person trying the demo would: makes one account behave as its
     * row's list offers it ("Declines payments: …", "As its provider"), whatever its provider does, and waits until
     * the page has taken it.
     */
    static void makeAccountBehave(Page simulatedWallets, String wallet, String maskedAccount, String behaviour) {
        Locator row = account(simulatedWallets, wallet, maskedAccount);
        row.getByLabel("Fault of account " + maskedAccount).selectOption(new SelectOption().setLabel(behaviour));
        simulatedWallets.waitForResponse(answer -> answer.request().method().equals("POST"),
                () -> row.getByRole(AriaRole.BUTTON, namedExactlyWithin("Set")).click());
    }

    /**
     * Already the case, over HTTP with the browser's cookies: every provider and account behaves normally, by the
     * form behind "Clear all faults" on the demo's page of simulated wallets, which answers by going back to that page.
     */
    static void faultsAlreadyCleared(Page page) {
        String step = "Clearing the simulated wallets' faults";
        HttpForms.Form clear = HttpForms.form(HttpForms.get(page, "/mock-wallet", step),
                "/mock-wallet/faults/clear"::equals, step);
        HttpForms.assertRedirectsTo(HttpForms.sendWithoutFollowing(page, clear, Map.of()), "/mock-wallet", step);
    }

    /** The row of an account on the demo's page of simulated wallets, opened afresh: "138****0001 李雷 ¥5,000.00 …". */
    static Locator account(Page simulatedWallets, String wallet, String maskedAccount) {
        simulatedWallets.navigate("/mock-wallet");
        return dataRows(simulatedWallets.getByRole(AriaRole.TABLE, namedExactly("Accounts at " + wallet)))
                .filter(new Locator.FilterOptions().setHas(
                        simulatedWallets.getByRole(AriaRole.CELL, namedExactly(maskedAccount))));
    }

    /** The rows of the payments the simulated providers were asked for, for one order, on the page opened afresh. */
    static Locator paymentsFor(Page simulatedWallets, String orderNumber) {
        simulatedWallets.navigate("/mock-wallet");
        return dataRows(simulatedWallets.getByRole(AriaRole.REGION, namedExactly("Payments at the simulated providers"))
                .getByRole(AriaRole.TABLE))
                .filter(new Locator.FilterOptions().setHas(
                        simulatedWallets.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(orderNumber)
                                .setExact(true))));
    }
}
