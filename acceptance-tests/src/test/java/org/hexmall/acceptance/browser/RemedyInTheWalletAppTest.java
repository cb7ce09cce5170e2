package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What the store tells a customer to do in the wallet app after a failed payment (guide 1, FAQ 1: 确保您的数字钱包余额
 * 充足, 如果支付密码被锁定，请根据提示进行解锁或重设) can be done there, and the order is then paid: a payment password
 * locked after three wrong ones is reset in the app, which ends the lock at once; a balance too low is topped up in
 * the app. And the demo's page of simulated wallets makes one customer's wallet decline payments, so that the store's
 * answer to a declined payment can be seen, while another customer of the same wallet pays normally.
 * <p>
 * Each test uses a shopper of its own, so that no test sees another's wallet, orders, balance or password lock.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class RemedyInTheWalletAppTest {

    private static final String TEA = "Jasmine tea, 250 g";
    private static final String BOOK = "Hexagonal Architecture Explained";
    private static final Pattern LOCKED = Pattern.compile(
            "^Locked after 3 wrong entries, until \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$");

    /** A fault left on by a failed test would fail the next one in this class for the wrong reason. */
    @AfterEach
    void everyProviderAndAccountBehavesNormallyAgain(Page page) {
        SimulatedWallets.faultsAlreadyCleared(page);
    }

    @Test
    void aPaymentPasswordLockedAfterThreeWrongOnesIsResetInTheWalletApp_andTheOrderIsPaidWithTheNewOneAtOnce(
            Page page) {
        NewCustomer customer = PaymentMethods.signedUpWithBoundWallet(page, "Alipay", "864209");
        String wallet = "Alipay " + SimulatedPhone.masked(customer.phone());
        String order = Checkout.placeOrderOverHttp(page, TEA);
        String orderPage = page.url();
        Checkout.goPay(page, order, wallet, "¥68.00");
        SimulatedWallets.pay(page, "111111");
        assertThat(page.getByLabel("Payment password", exactly()))
                .hasAccessibleDescription("Wrong payment password. 2 attempts left.");
        SimulatedWallets.pay(page, "222222");
        assertThat(page.getByLabel("Payment password", exactly()))
                .hasAccessibleDescription("Wrong payment password. 1 attempt left.");
        SimulatedWallets.pay(page, "333333");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Your Alipay payment password is locked");
        SimulatedWallets.backToHexmall(page);
        Checkout.assertPaymentFailed(page, "Your Alipay payment password is locked", order);
        assertThat(page.getByText("Reset the payment password in the Alipay app, or wait until the lock ends, then "
                + "pay again.")).isVisible();

        SimulatedWallets.openApp(page, "alipay", customer.phone());
        assertThat(definitionOf(page, "Payment password")).hasText(LOCKED);
        SimulatedWallets.resetPaymentPassword(page, customer.name(), "975312");

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Your new Alipay payment password is set, and any lock on "
                + "the old one has ended. Pay with the new one from now on.");
        assertThat(definitionOf(page, "Payment password")).hasText("Not locked");
        page.navigate(orderPage);
        Checkout.goPay(page, order, wallet, "¥68.00");
        SimulatedWallets.pay(page, "975312");
        Checkout.assertPaymentSuccessful(page, order, "¥68.00", "Alipay");
    }

    @Test
    void aBalanceTooLowIsToppedUpInTheWalletApp_andTheOrderIsPaidAgain(Page page) {
        NewCustomer customer = NewCustomer.unique();
        String maskedPhone = SimulatedPhone.masked(customer.phone());
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "WeChat Pay", customer.phone(), customer.name(), "10", "975310");
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "WeChat Pay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                "975310");
        String order = Checkout.placeOrderOverHttp(page, TEA);
        String orderPage = page.url();
        Checkout.goPay(page, order, "WeChat Pay " + maskedPhone, "¥68.00");
        SimulatedWallets.pay(page, "975310");
        Checkout.assertPaymentFailed(page, "Not enough balance in your WeChat Pay wallet", order);
        assertThat(page.getByText("Top up your WeChat Pay wallet in the WeChat Pay app and pay again.")).isVisible();

        SimulatedWallets.openApp(page, "wechat-pay", customer.phone());
        assertThat(definitionOf(page, "Balance")).hasText("¥10.00");
        SimulatedWallets.topUp(page, "58.005");
        assertThat(page.getByLabel("Amount in yuan", exactly()))
                .hasAccessibleDescription("An amount has at most 2 decimals: the smallest is one fen (¥0.01).");
        assertThat(definitionOf(page, "Balance")).hasText("¥10.00");
        SimulatedWallets.topUp(page, "60");

        assertThat(page.getByRole(AriaRole.STATUS))
                .hasText("You topped up your WeChat Pay balance: it is ¥70.00 now. You can pay again.");
        assertThat(definitionOf(page, "Balance")).hasText("¥70.00");
        page.navigate(orderPage);
        Checkout.goPay(page, order, "WeChat Pay " + maskedPhone, "¥68.00");
        SimulatedWallets.pay(page, "975310");
        Checkout.assertPaymentSuccessful(page, order, "¥68.00", "WeChat Pay");
        assertThat(SimulatedWallets.account(page, "WeChat Pay", maskedPhone)).containsText("¥2.00");
    }

    @Test
    void oneCustomersWalletMadeToDeclinePaymentsOnTheDemoPage_declinesHers_whileAnotherCustomerPaysNormally(
            Page page) {
        NewCustomer customer = PaymentMethods.signedUpWithBoundWallet(page, "Alipay", "864209");
        String maskedPhone = SimulatedPhone.masked(customer.phone());
        String order = Checkout.placeOrderOverHttp(page, TEA);
        Page simulatedWallets = page.context().newPage();
        SimulatedWallets.makeAccountBehave(simulatedWallets, "Alipay", maskedPhone,
                "Declines payments: refuses to charge, giving no reason, even with the right payment password");

        Checkout.goPay(page, order, "Alipay " + maskedPhone, "¥68.00");
        SimulatedWallets.pay(page, "864209");

        Checkout.assertPaymentFailed(page, "Alipay declined the payment", order);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Alipay did not accept this payment, and gave no reason.");
        assertThat(page.getByText("Check in the Alipay app that the account is in good standing, then try again."))
                .isVisible();
        Checkout.viewTheOrder(page, order);
        Checkout.assertStillPayable(page);
        assertThat(Checkout.paymentAttempts(page).first()).containsText("Declined by the wallet");
        assertThat(SimulatedWallets.account(simulatedWallets, "Alipay", maskedPhone)).containsText("¥300.00");

        // Li Lei pays with his own Alipay account meanwhile, as if nothing were wrong at Alipay.
        Storefront.logOut(page);
        Storefront.alreadyLoggedIn(page, Storefront.LI_LEI_PHONE, Storefront.LI_LEI_PASSWORD);
        PaymentMethods.bindOverHttp(page, "Alipay", "13800000001",
                SimulatedPhone.beside(page, Storefront.LI_LEI_PHONE), SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        String liLeis = Checkout.placeOrderOverHttp(page, BOOK);
        Checkout.goPay(page, liLeis, "Alipay 138****0001", "¥89.00");
        SimulatedWallets.pay(page, SimulatedWallets.LI_LEI_PAYMENT_PASSWORD);
        Checkout.assertPaymentSuccessful(page, liLeis, "¥89.00", "Alipay");
    }
}
