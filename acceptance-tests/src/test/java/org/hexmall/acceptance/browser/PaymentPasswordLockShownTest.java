package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After three wrong payment passwords the simulated wallet locks the password for three hours and answers the store
 * that it is locked, with the lock's end. The failed payment's page shows that end as the payment recorded it, however
 * often and by whatever address it is opened; the customer's order page shows it beside the failed attempt ("Locked
 * until 17:33", 「锁定至 17:33」), and so does the agent's page of the customer ("locked until 17:33"), in the store's
 * time zone and at the first whole minute the lock is over, so that both know when the wallet can be paid with again.
 */
@BrowserFlowTest
@WithoutDemoCampaigns
class PaymentPasswordLockShownTest {

    private static final String TEA = "Jasmine tea, 250 g";
    /** How long the simulated wallets lock a payment password after the third wrong one. */
    private static final Duration PASSWORD_LOCK = Duration.ofHours(3);
    private static final DateTimeFormatter HOURS_AND_MINUTES = DateTimeFormatter.ofPattern("HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    @Test
    void theLocksEnd_isShownOnTheOrderAndToTheAgent_inEnglishAndInChinese(Page page, MovableClock clock) {
        NewCustomer customer = PaymentMethods.signedUpWithBoundWallet(page, "Alipay", "864209");
        String maskedPhone = SimulatedPhone.masked(customer.phone());
        String order = Checkout.placeOrderOverHttp(page, TEA);
        Checkout.goPay(page, order, "Alipay " + maskedPhone, "¥68.00");

        SimulatedWallets.pay(page, "111111");
        SimulatedWallets.pay(page, "222222");
        Instant before = clock.instant();
        // The click returns before the wallet has taken the password: the end of the lock is read once it has answered.
        page.waitForResponse(answer -> answer.request().method().equals("POST"),
                () -> SimulatedWallets.pay(page, "333333"));
        Instant after = clock.instant();
        String until = lockEnd(before, after);
        SimulatedWallets.backToHexmall(page);
        String lockSaid = page.getByRole(AriaRole.ALERT).textContent().strip().replaceAll("\\s+", " ");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("has locked the payment password of this wallet until");
        String failedPage = page.url().replaceFirst("\\?.*$", "");
        page.navigate(failedPage);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(lockSaid);
        page.navigate(failedPage + "?locked-until=4102444800");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(lockSaid);
        assertThat(page.locator("main")).not().containsText("2100-01-01");
        Checkout.viewTheOrder(page, order);
        String orderPage = page.url();

        assertThat(Checkout.paymentAttempts(page).first()).containsText("Payment password locked");
        assertThat(Checkout.paymentAttempts(page).first()).containsText(Pattern.compile("Locked until " + until));
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        page.navigate(orderPage);
        assertThat(page.locator("main")).containsText(Pattern.compile("锁定至 " + until));

        SupportConsole.onCustomerPage(page, customer.phone(), customer.name());
        assertThat(page.locator("main")).containsText(Pattern.compile("locked until " + until));
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.locator("main")).containsText(Pattern.compile("锁定至 " + until));
    }

    /**
     * The lock's end as the pages show it: three hours after the third wrong password, which the wallet took between
     * {@code before} and {@code after} on the test clock, on the whole second, shown at the first whole minute at or
     * after it (either minute, should a minute turn in between).
     */
    private static String lockEnd(Instant before, Instant after) {
        String first = HOURS_AND_MINUTES.format(roundedUp(roundedUp(before.plus(PASSWORD_LOCK), ChronoUnit.SECONDS),
                ChronoUnit.MINUTES));
        String last = HOURS_AND_MINUTES.format(roundedUp(roundedUp(after.plus(PASSWORD_LOCK), ChronoUnit.SECONDS),
                ChronoUnit.MINUTES));
        return first.equals(last) ? first : "(" + first + "|" + last + ")";
    }

    private static Instant roundedUp(Instant instant, ChronoUnit unit) {
        Instant truncated = instant.truncatedTo(unit);
        return truncated.equals(instant) ? instant : truncated.plus(1, unit);
    }
}
