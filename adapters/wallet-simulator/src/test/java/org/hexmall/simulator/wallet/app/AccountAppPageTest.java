package org.hexmall.simulator.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.HAN_MEIMEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.TestWallets;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wallet app of one account in a browser's place, served like {@link SimulatedWalletAppTest}'s pages: what the
 * store tells a customer to do there after a failed payment (top up the balance, reset a locked payment password)
 * can be done there, and a mistake on the way is pointed out and changes nothing.
 */
class AccountAppPageTest {

    private static final String LI_LEIS_PASSWORD = "135790";
    private static final String WRONG = "000000";
    private static final String APP = "/mock-wallet/alipay/app?account=13800000001";
    private static final String TOP_UP = "/mock-wallet/alipay/app/top-up";
    private static final String RESET = "/mock-wallet/alipay/app/payment-password";

    private final WalletSimulator simulator = TestWallets.simulator();
    private WalletAppBrowser app;

    @BeforeEach
    void startServer() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, LI_LEIS_PASSWORD);
        simulator.accounts().open(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE, "韩梅梅", 1_000, "246801");
        app = new WalletAppBrowser(simulator);
    }

    @AfterEach
    void stopServer() {
        app.close();
        simulator.close();
    }

    @Test
    void theAppShowsTheBalanceAndThatThePaymentPasswordIsNotLocked_withAFormForEach() throws Exception {
        HttpResponse<String> page = app.get(APP);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<title>Your Alipay wallet", "Account 138****0001, ** Lei")
                .contains("Demo: the simulated wallets page lists the holder of every account.")
                .doesNotContain("Li Lei")
                .contains("<dt>Balance</dt><dd>¥8,888.00</dd>")
                .contains("<dt>Payment password</dt>", "Not locked")
                .contains("<label for=\"amount\">Amount in yuan</label>", "From ¥0.01 to ¥50,000.00 at a time.",
                        ">Top up</button>")
                .contains("<label for=\"holderName\">Full name of the account holder</label>",
                        "<label for=\"newPassword\">New payment password (6 digits)</label>",
                        "<label for=\"newPasswordAgain\">New payment password again</label>",
                        ">Reset payment password</button>")
                .containsPattern("<input id=\"newPassword\" name=\"newPassword\" type=\"password\"")
                .contains("Authorizations", "No merchant may charge this account.");
    }

    @Test
    void aLockedPaymentPasswordIsShownWithItsEnd() throws Exception {
        lockLiLeisPassword();

        String html = app.get(APP).body();

        assertThat(html).contains("Locked after 3 wrong entries, until 2026-11-22 13:00:00")
                .contains("Your payment password is locked until 2026-11-22 13:00:00. A new one ends the lock at once.")
                .doesNotContain("Not locked");
    }

    @Test
    void resettingThePaymentPasswordEndsTheLockAtOnce_andTheNewOneApprovesWhileTheOldOneNoLongerDoes()
            throws Exception {
        lockLiLeisPassword();

        HttpResponse<String> reset = app.post(RESET, Map.of("account", "13800000001", "holderName", "Li Lei",
                "newPassword", "246810", "newPasswordAgain", "246810"));

        assertThat(reset.statusCode()).isEqualTo(303);
        String back = reset.headers().firstValue("Location").orElseThrow();
        assertThat(back).isEqualTo(APP + "&password-reset=1");
        assertThat(app.get(back).body())
                .contains("Your new Alipay payment password is set, and any lock on the old one has ended.")
                .contains("Not locked");
        assertThat(simulator.accounts().passwordLockedUntil(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, bindingRequest(), LI_LEIS_PASSWORD))
                .isEqualTo(new Approval.WrongPassword(2));
        assertThat(simulator.agreements().approve(WalletProvider.ALIPAY, bindingRequest(), "246810"))
                .isInstanceOf(Approval.Approved.class);
    }

    @Test
    void aResetByAnotherNameIsRefusedAndTheLockStays_andNoPasswordTypedComesBack() throws Exception {
        lockLiLeisPassword();

        HttpResponse<String> refused = app.post(RESET, Map.of("account", "13800000001", "holderName", "韩梅梅",
                "newPassword", "246810", "newPasswordAgain", "246810"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Please correct the fields marked below.")
                .contains("This is not the name the Alipay account was opened in, so the payment password was not "
                        + "changed.")
                .contains("aria-describedby=\"holderName-error\"", "value=\"韩梅梅\"")
                .contains("Locked after 3 wrong entries, until 2026-11-22 13:00:00")
                .doesNotContain("246810");
        assertThat(simulator.accounts().passwordLockedUntil(WalletProvider.ALIPAY, LI_LEI_PHONE)).isPresent();
        assertThat(liLei().paymentPassword().matches(LI_LEIS_PASSWORD)).isTrue();
    }

    @Test
    void aResetFormWithMistakesPointsOutEachAndChangesNothing() throws Exception {
        HttpResponse<String> refused = app.post(RESET, Map.of("account", "13800000001", "holderName", " ",
                "newPassword", "12345", "newPasswordAgain", "12345"));
        HttpResponse<String> differ = app.post(RESET, Map.of("account", "13800000001", "holderName", "Li Lei",
                "newPassword", "246810", "newPasswordAgain", "246801"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Enter the full name of the account holder.",
                "A payment password is exactly 6 digits.");
        assertThat(differ.statusCode()).isEqualTo(422);
        assertThat(differ.body()).contains("The two passwords are not the same. Type the same 6 digits twice.",
                "aria-describedby=\"newPasswordAgain-error\"", "value=\"Li Lei\"").doesNotContain("246810");
        assertThat(liLei().paymentPassword().matches(LI_LEIS_PASSWORD)).isTrue();
    }

    @Test
    void toppingUpAddsTheAmountToTheLastFen_andThePageSaysTheNewBalance() throws Exception {
        HttpResponse<String> topUp = app.post(TOP_UP, Map.of("account", "13800000001", "amount", "100.50"));

        assertThat(topUp.statusCode()).isEqualTo(303);
        String back = topUp.headers().firstValue("Location").orElseThrow();
        assertThat(back).isEqualTo(APP + "&topped-up=1");
        assertThat(app.get(back).body())
                .contains("You topped up your Alipay balance: it is ¥8,988.50 now. You can pay again.")
                .contains("<dd>¥8,988.50</dd>");
        assertThat(liLei().balanceFen()).isEqualTo(888_800 + 10_050);
        assertThat(simulator.accounts().find(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE).orElseThrow().balanceFen())
                .isEqualTo(1_000);
    }

    @ParameterizedTest(name = "\"{0}\": {1}")
    @CsvSource(delimiter = '|', value = {
            "''| Enter the amount to top up in yuan, such as 100 or 88.50.",
            "abc| Enter the amount in yuan with digits and at most one decimal point, such as 88.50.",
            "0| Top up at least ¥0.01.",
            "-5| Top up at least ¥0.01.",
            "1.005| An amount has at most 2 decimals: the smallest is one fen (¥0.01).",
            "50000.01| Top up at most ¥50,000.00 at a time.",
            "1e400| Enter the amount in yuan with digits and at most one decimal point, such as 88.50.",
            "99999999999999999999999999| Top up at most ¥50,000.00 at a time."})
    void aTopUpThatIsNotAnAmountIsRefusedWithWhatToFix_andTheBalanceStays(String typed, String message)
            throws Exception {
        HttpResponse<String> refused = app.post(TOP_UP, Map.of("account", "13800000001", "amount", typed));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains(message, "aria-describedby=\"amount-error\"",
                "<dd>¥8,888.00</dd>");
        assertThat(liLei().balanceFen()).isEqualTo(888_800);
    }

    @Test
    void aBalanceThatCannotHoldMoreSaysSo() throws Exception {
        simulator.accounts().open(WalletProvider.JD_PAY, LI_LEI_PHONE, "Li Lei", Long.MAX_VALUE - 99, LI_LEIS_PASSWORD);

        HttpResponse<String> refused = app.post("/mock-wallet/jd-pay/app/top-up",
                Map.of("account", "13800000001", "amount", "1"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The balance cannot hold this much more. Top up a smaller amount.");
    }

    @Test
    void formsForNoAccountOrWithFieldsMissingGetAFriendlyPage_neverAnError() throws Exception {
        Map<String, HttpResponse<String>> answers = new HashMap<>();
        answers.put("no account", app.post(TOP_UP, Map.of("amount", "1")));
        answers.put("unknown account", app.post(TOP_UP, Map.of("account", "13900000009", "amount", "1")));
        answers.put("not an account", app.post(RESET, Map.of("account", "<script>", "holderName", "Li Lei")));
        answers.put("unknown wallet", app.post("/mock-wallet/paypal/app/top-up",
                Map.of("account", "13800000001", "amount", "1")));
        HttpResponse<String> noFields = app.post(RESET, Map.of("account", "13800000001"));
        HttpResponse<String> noAmount = app.post(TOP_UP, Map.of("account", "13800000001"));

        assertThat(answers).allSatisfy((what, answer) -> {
            assertThat(answer.statusCode()).as(what).isEqualTo(404);
            assertThat(answer.body()).as(what).contains("No such account");
        });
        assertThat(noFields.statusCode()).isEqualTo(422);
        assertThat(noFields.body()).contains("Enter the full name of the account holder.",
                "A payment password is exactly 6 digits.");
        assertThat(noAmount.statusCode()).isEqualTo(422);
        assertThat(liLei().balanceFen()).isEqualTo(888_800);
    }

    @Test
    void aFormFromAnotherSiteCannotTopUpNorResetThePassword() throws Exception {
        HttpResponse<String> topUp = app.postFromAnotherSite(TOP_UP, "account=13800000001&amount=100");
        HttpResponse<String> reset = app.postFromAnotherSite(RESET,
                "account=13800000001&holderName=Li+Lei&newPassword=246810&newPasswordAgain=246810");

        assertThat(List.of(topUp.statusCode(), reset.statusCode())).containsOnly(403);
        assertThat(liLei().balanceFen()).isEqualTo(888_800);
        assertThat(liLei().paymentPassword().matches(LI_LEIS_PASSWORD)).isTrue();
    }

    @Test
    void theAppSpeaksTheVisitorsLanguage() throws Exception {
        lockLiLeisPassword();
        app.speak(Locale.SIMPLIFIED_CHINESE);

        String page = app.get(APP).body();
        HttpResponse<String> refused = app.post(TOP_UP, Map.of("account", "13800000001", "amount", "0"));
        String toppedUp = app.get(app.post(TOP_UP, Map.of("account", "13800000001", "amount", "1"))
                .headers().firstValue("Location").orElseThrow()).body();
        String reset = app.get(app.post(RESET, Map.of("account", "13800000001", "holderName", "li lei",
                "newPassword", "246810", "newPasswordAgain", "246810"))
                .headers().firstValue("Location").orElseThrow()).body();

        assertThat(page).contains("我的支付宝钱包", "<dt>余额</dt><dd>¥8,888.00</dd>",
                "已连续输错 3 次，锁定至 2026-11-22 13:00:00", "<label for=\"amount\">充值金额（元）</label>",
                ">充值</button>", ">重设支付密码</button>", "授权管理");
        assertThat(refused.body()).contains("充值金额至少为 ¥0.01。");
        assertThat(toppedUp).contains("您已为支付宝余额充值，当前余额为 ¥8,889.00。");
        assertThat(reset).contains("新的支付宝支付密码已设置", "未锁定");
    }

    /** Three wrong payment passwords typed to approve a binding, as the app counts every one it is typed for. */
    private void lockLiLeisPassword() {
        String request = bindingRequest();
        for (int attempt = 0; attempt < WalletAccount.PASSWORD_ATTEMPTS; attempt++) {
            simulator.agreements().approve(WalletProvider.ALIPAY, request, WRONG);
        }
    }

    private String bindingRequest() {
        return TestWallets.requestBinding(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE);
    }

    private WalletAccount liLei() {
        return simulator.accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE).orElseThrow();
    }
}
