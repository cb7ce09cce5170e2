package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.definitionOf;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The demo store as it starts, with its wallet campaigns running: a new customer's first payment with Alipay over
 * ¥50 is ¥10 less, on the payment page, in the wallet app and on the order, in English and Chinese; the next one
 * is not.
 */
@BrowserFlowTest
class DemoWalletOffersTest {

    private static final String PAYMENT_PASSWORD = "864209";
    private static final String TEA = "Jasmine tea, 250 g";

    @Test
    void theDemosFirstAlipayPaymentOverFiftyYuanIsTenYuanLess_andTheSecondIsNot(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, "Alipay", customer.phone(), customer.name(), "1000",
                PAYMENT_PASSWORD);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, "Alipay", customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                PAYMENT_PASSWORD);
        String wallet = "Alipay " + customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
        String first = Checkout.placeOrderOverHttp(page, TEA);

        Checkout.payNow(page, first);
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥58.00");
        assertThat(definitionOf(page, "First payment with Alipay")).hasText("−¥10.00");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(definitionOf(page, "应付金额")).hasText("¥58.00");
        assertThat(definitionOf(page, "支付宝首单立减")).hasText("−¥10.00");
        page.getByRole(AriaRole.LINK, namedExactly("English")).click();
        Checkout.payWith(page, wallet, "¥58.00");
        SimulatedWallets.assertPayPage(page, first, "¥58.00");
        SimulatedWallets.pay(page, PAYMENT_PASSWORD);
        Checkout.assertPaymentSuccessful(page, first, "¥58.00", "Alipay");

        String second = Checkout.placeOrderOverHttp(page, TEA);
        Checkout.payNow(page, second);
        assertThat(definitionOf(page, "Amount to pay")).hasText("¥68.00");
    }
}
