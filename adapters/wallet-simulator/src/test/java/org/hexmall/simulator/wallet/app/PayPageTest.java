package org.hexmall.simulator.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.HAN_MEIMEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.NOW;
import static org.hexmall.simulator.wallet.TestWallets.PAY_RETURN_URL;
import static org.hexmall.simulator.wallet.TestWallets.signedQueryOf;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.TestWallets;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.api.PaymentAnswer;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated wallet app's pay page in a browser's place, served like {@link SimulatedWalletAppTest}'s pages:
 * the store sends the customer there, and every way off it leads back to the store with a signed result.
 */
class PayPageTest {

    /** The pay form's password input. */
    private static final String PAYMENT_PASSWORD = "paymentPassword";
    private static final String LI_LEIS_PASSWORD = "135790";
    private static final String HAN_MEIMEIS_PASSWORD = "246801";
    private static final Money AMOUNT = Money.ofYuan(1_234, 50);
    private static final Pattern FORM = Pattern.compile("(?s)<form\\b.*?</form>");

    private final WalletSimulator simulator = TestWallets.simulator();
    private WalletAppBrowser app;

    @BeforeEach
    void startServer() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, LI_LEIS_PASSWORD);
        simulator.accounts().open(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE, "韩梅梅", 1_000, HAN_MEIMEIS_PASSWORD);
        app = new WalletAppBrowser(simulator);
    }

    @AfterEach
    void stopServer() {
        app.close();
        simulator.close();
    }

    @Test
    void thePayPageShowsWhoIsPaidForWhichOrderHowMuchAndFromWhichAccountButNotTheBalance() throws Exception {
        HttpResponse<String> page = app.get(payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Simulated Alipay — not the real app", "<h1>Pay hexmall</h1>")
                .contains("<dt>Merchant</dt><dd>hexmall</dd>")
                .contains("<dt>Order number</dt><dd>2611 2204 5584</dd>")
                .contains("<dt>Amount</dt><dd>¥1,234.50</dd>")
                .contains("Alipay account 138****0001", "** Lei")
                .contains("<label for=\"paymentPassword\">Payment password</label>")
                .containsPattern("<input id=\"paymentPassword\" name=\"paymentPassword\" type=\"password\"")
                .contains(">Pay</button>", ">Back to hexmall</button>")
                .doesNotContain("13800000001", "¥8,888.00");
    }

    @Test
    void thePayPageSpeaksTheVisitorsLanguage() throws Exception {
        app.speak(Locale.SIMPLIFIED_CHINESE);

        HttpResponse<String> page = app.get(payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT));

        assertThat(page.body()).contains("模拟支付宝 — 并非真实应用", "向 hexmall 付款", "收款商户", "订单号",
                "支付宝账户 138****0001", "<label for=\"paymentPassword\">支付密码</label>", ">付款</button>",
                ">返回 hexmall</button>");
    }

    @Test
    void theRightPasswordSendsTheBrowserBackWithTheSignedSuccessAndThePageThenSaysItIsPaid() throws Exception {
        String page = payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT);

        HttpResponse<String> paid = app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, LI_LEIS_PASSWORD));

        assertThat(paid.statusCode()).isEqualTo(303);
        URI back = location(paid);
        assertThat(back.toString()).startsWith(PAY_RETURN_URL + "?");
        assertThat(signedQueryOf(WalletProvider.ALIPAY, back)).containsEntry("type", "payment_succeeded")
                .containsEntry("amount_fen", Long.toString(AMOUNT.fen()));
        assertThat(balanceOf(LI_LEI_PHONE)).isEqualTo(888_800 - 123_450);
        String revisit = app.get(page).body();
        assertThat(revisit).contains("You paid this order: ¥1,234.50 was charged to this account.",
                ">Back to hexmall</button>").doesNotContain(">Pay</button>");
    }

    @Test
    void aWrongPasswordSaysHowManyAttemptsAreLeftAndChargesNothing() throws Exception {
        String page = payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT);

        HttpResponse<String> first = app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, "000000"));
        HttpResponse<String> second = app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, "000000"));

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(first.body()).contains("Wrong payment password. 2 attempts left.",
                "aria-describedby=\"paymentPassword-error\"", ">Pay</button>");
        assertThat(second.body()).contains("Wrong payment password. 1 attempt left.");
        assertThat(balanceOf(LI_LEI_PHONE)).isEqualTo(888_800);
    }

    @Test
    void anEmptyPasswordIsPointedOutWithoutCountingAsAWrongOne() throws Exception {
        String page = payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT);

        HttpResponse<String> empty = app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, ""));
        HttpResponse<String> wrong = app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, "000000"));

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Enter the payment password of this account to pay.");
        assertThat(wrong.body()).contains("2 attempts left");
    }

    @Test
    void afterThreeWrongPasswordsThePageSaysItIsLockedUntilWhenAndTheWayBackSaysSoSigned() throws Exception {
        String page = payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT);
        app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, "000000"));
        app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, "000000"));

        HttpResponse<String> third = app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, "000000"));
        HttpResponse<String> revisit = app.get(page);
        HttpResponse<String> back = app.post(page + "/back", Map.of());

        assertThat(third.statusCode()).isEqualTo(423);
        assertThat(revisit.statusCode()).isEqualTo(200);
        for (HttpResponse<String> answer : List.of(third, revisit)) {
            assertThat(answer.body())
                    .contains("Your Alipay payment password is locked after 3 wrong entries, "
                            + "until 2026-11-22 13:00:00, so you cannot pay.")
                    .contains("Reset the payment password in the Alipay app, or wait until then.")
                    .contains(">Back to hexmall</button>")
                    .doesNotContain(">Pay</button>");
        }
        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(signedQueryOf(WalletProvider.ALIPAY, location(back))).containsEntry("type", "payment_failed")
                .containsEntry("reason", "payment_password_locked")
                .containsEntry("locked_until", Long.toString(NOW.plus(Duration.ofHours(3)).getEpochSecond()))
                .containsEntry("wrong_passwords", "3");
        assertThat(balanceOf(LI_LEI_PHONE)).isEqualTo(888_800);
    }

    @Test
    void theLockIsSaidInChineseToo() throws Exception {
        app.speak(Locale.SIMPLIFIED_CHINESE);
        String page = payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT);

        HttpResponse<String> wrong = app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, "000000"));
        app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, "000000"));
        HttpResponse<String> locked = app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, "000000"));

        assertThat(wrong.body()).contains("支付密码错误，还可以再试 2 次。");
        assertThat(locked.body()).contains("支付密码已连续输错 3 次，支付宝已将其锁定至 2026-11-22 13:00:00，暂时无法付款。",
                "请在支付宝应用中重置支付密码");
    }

    @Test
    void goingBackAfterAWrongPasswordTellsTheStoreHowManyAttemptsAreLeft() throws Exception {
        String page = payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT);
        app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, "000000"));

        HttpResponse<String> back = app.post(page + "/back", Map.of());

        assertThat(signedQueryOf(WalletProvider.ALIPAY, location(back))).containsEntry("type", "payment_failed")
                .containsEntry("reason", "wrong_payment_password").containsEntry("attempts_left", "2");
    }

    @Test
    void aBalanceTooLowSendsTheBrowserBackWithTheSignedReason() throws Exception {
        String page = payPageOf(HAN_MEIMEI_PHONE, HAN_MEIMEIS_PASSWORD, Money.ofYuan(10, 1));

        HttpResponse<String> attempt = app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, HAN_MEIMEIS_PASSWORD));

        assertThat(attempt.statusCode()).isEqualTo(303);
        assertThat(signedQueryOf(WalletProvider.ALIPAY, location(attempt))).containsEntry("type", "payment_failed")
                .containsEntry("reason", "insufficient_balance");
        assertThat(balanceOf(HAN_MEIMEI_PHONE)).isEqualTo(1_000);
        assertThat(app.get(page).body()).contains("This payment ended without a charge, so it can no longer be paid.");
    }

    @Test
    void backToHexmallCancelsThePaymentAndThePageThenSaysSo() throws Exception {
        String page = payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT);

        HttpResponse<String> back = app.post(page + "/back", Map.of());
        HttpResponse<String> payingAfterwards = app.post(page + "/pay", Map.of(PAYMENT_PASSWORD, LI_LEIS_PASSWORD));

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(signedQueryOf(WalletProvider.ALIPAY, location(back))).containsEntry("type", "payment_cancelled");
        assertThat(signedQueryOf(WalletProvider.ALIPAY, location(payingAfterwards)))
                .containsEntry("type", "payment_cancelled");
        assertThat(balanceOf(LI_LEI_PHONE)).isEqualTo(888_800);
        assertThat(app.get(page).body()).contains("This payment was cancelled, so it can no longer be paid.")
                .doesNotContain(">Pay</button>");
    }

    @Test
    void anUnknownPaymentGetsAFriendlyPage() throws Exception {
        HttpResponse<String> page = app.get("/mock-wallet/alipay/pay/no-such-payment");
        HttpResponse<String> back = app.post("/mock-wallet/alipay/pay/no-such-payment/back", Map.of());

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("No such payment", "The simulated Alipay has no payment at this address.");
        assertThat(back.statusCode()).isEqualTo(404);
    }

    @Test
    void aFormFromAnotherSiteCannotPay() throws Exception {
        String page = payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT);

        HttpResponse<String> forged = app.postFromAnotherSite(page + "/pay", PAYMENT_PASSWORD + "=" + LI_LEIS_PASSWORD);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(balanceOf(LI_LEI_PHONE)).isEqualTo(888_800);
        List<String> forms = FORM.matcher(app.get(page).body()).results().map(MatchResult::group).toList();
        assertThat(forms).hasSize(2)
                .allSatisfy(form -> assertThat(form)
                .contains("name=\"_csrf\" value=\"" + WalletAppBrowser.FORM_TOKEN + "\""));
    }

    @Test
    void theControlPageListsTheLatestPaymentsMaskedWithTheirStatus() throws Exception {
        String open = payPageOf(LI_LEI_PHONE, LI_LEIS_PASSWORD, AMOUNT);
        String paid = payPageOf(HAN_MEIMEI_PHONE, HAN_MEIMEIS_PASSWORD, Money.ofYuan(9, 99));
        app.post(paid + "/pay", Map.of(PAYMENT_PASSWORD, HAN_MEIMEIS_PASSWORD));

        String html = app.get("/mock-wallet").body();

        assertThat(html).contains("Payments at the simulated providers", "2611 2204 5584", "¥1,234.50", "¥9.99",
                "Waiting for the customer", ">Paid<", "href=\"" + open + "\"", "Payment succeeded");
        String payments = html.substring(html.indexOf("id=\"payments\""), html.indexOf("id=\"notifications\""));
        assertThat(payments).contains("138****0001", "138****0002").doesNotContain("13800000001", "13800000002");
    }

    @Test
    void duplicateNotificationsCanBeChosenOnTheControlPage() throws Exception {
        assertThat(app.get("/mock-wallet").body()).contains("<option value=\"DUPLICATE_NOTIFICATIONS\">"
                + "Duplicate notifications: sends every notification three times</option>");

        HttpResponse<String> chosen = app.post("/mock-wallet/faults",
                Map.of("provider", "alipay", "fault", "DUPLICATE_NOTIFICATIONS"));

        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(simulator.faults().all()).containsValue(Fault.DUPLICATE_NOTIFICATIONS);
    }

    /** Binds the account and asks for a payment as the store would; returns the pay page it sends the customer to. */
    private String payPageOf(WalletAccountIdentifier account, String paymentPassword, Money amount) {
        String agreement = TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, account, paymentPassword);
        var page = (PaymentAnswer.PayPage) simulator.providerApi().createPayment(WalletProvider.ALIPAY, agreement,
                TestWallets.newPaymentId(), "2611 2204 5584", amount.fen(), PAY_RETURN_URL).join();
        return page.url().toString();
    }

    private long balanceOf(WalletAccountIdentifier account) {
        return simulator.accounts().find(WalletProvider.ALIPAY, account).orElseThrow().balanceFen();
    }

    private static URI location(HttpResponse<String> response) {
        Optional<String> location = response.headers().firstValue("Location");
        assertThat(location).as("a redirect").isPresent();
        return URI.create(location.orElseThrow());
    }
}
