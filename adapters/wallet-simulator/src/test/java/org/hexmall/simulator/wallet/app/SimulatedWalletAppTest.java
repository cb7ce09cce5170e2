package org.hexmall.simulator.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.HAN_MEIMEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;
import static org.hexmall.simulator.wallet.TestWallets.RETURN_URL;
import static org.hexmall.simulator.wallet.TestWallets.signedQueryOf;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.TestWallets;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.api.AuthorizationAnswer;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.FaultTarget;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated wallet apps' pages in a browser's place: served by Javalin behind the same session and
 * form-token handlers as in the application, each visit in one fixed session.
 */
class SimulatedWalletAppTest {

    /** The approval form's password input. */
    private static final String PAYMENT_PASSWORD = "paymentPassword";
    private static final String LI_LEIS_PASSWORD = "135790";
    private static final Pattern FORM = Pattern.compile("(?s)<form\\b.*?</form>");

    private final WalletSimulator simulator = TestWallets.simulator();
    private WalletAppBrowser app;

    @BeforeEach
    void startServer() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, LI_LEIS_PASSWORD);
        simulator.accounts().open(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE, "韩梅梅", 1_234_567, "246801");
        app = new WalletAppBrowser(simulator);
    }

    @AfterEach
    void stopServer() {
        app.close();
        simulator.close();
    }

    @Test
    void theApprovalPageSaysItIsASimulationAndWhatHexmallAsks() throws Exception {
        HttpResponse<String> page = app.get(approvalPageOf(LI_LEI_PHONE.value()));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Simulated Alipay — not the real app")
                .contains("hexmall asks to bind your Alipay account 138****0001")
                .contains("** Lei")
                .doesNotContain("13800000001")
                .contains(">Approve</button>", ">Reject</button>");
    }

    @Test
    void theApprovalPageSpeaksTheVisitorsLanguage() throws Exception {
        app.speak(Locale.SIMPLIFIED_CHINESE);

        HttpResponse<String> page = app.get(approvalPageOf(HAN_MEIMEI_PHONE.value()));

        assertThat(page.body())
                .contains("模拟支付宝 — 并非真实应用")
                .contains("hexmall 请求绑定您的支付宝账户 138****0002")
                .contains("**梅")
                .contains(">同意</button>", ">拒绝</button>");
    }

    @Test
    void approvingAsksForTheAccountsPaymentPasswordAndRejectingDoesNot() throws Exception {
        String html = app.get(approvalPageOf(LI_LEI_PHONE.value())).body();

        assertThat(html)
                .contains("<label for=\"paymentPassword\">Payment password</label>")
                .containsPattern("<input id=\"paymentPassword\" name=\"paymentPassword\" type=\"password\"")
                .contains("Approving needs the payment password of this Alipay account");
        String rejectForm = html.substring(html.indexOf("/reject\""));
        assertThat(rejectForm.substring(0, rejectForm.indexOf("</form>"))).doesNotContain("paymentPassword");
    }

    @Test
    void aWrongPaymentPasswordSaysHowManyAttemptsAreLeftAndApprovesNothing() throws Exception {
        String page = approvalPageOf(LI_LEI_PHONE.value());

        HttpResponse<String> first = app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, "000000"));
        HttpResponse<String> second = app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, "000000"));

        assertThat(first.statusCode()).isEqualTo(422);
        assertThat(first.body()).contains("Wrong payment password. 2 attempts left.",
                "aria-describedby=\"paymentPassword-error\"", ">Approve</button>");
        assertThat(second.body()).contains("Wrong payment password. 1 attempt left.");
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
    }

    @Test
    void anEmptyPaymentPasswordIsPointedOutWithoutCountingAsAWrongOne() throws Exception {
        String page = approvalPageOf(LI_LEI_PHONE.value());

        HttpResponse<String> empty = app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, ""));
        HttpResponse<String> wrong = app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, "000000"));

        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Enter the payment password of this account to approve.");
        assertThat(wrong.body()).contains("2 attempts left");
    }

    @Test
    void afterThreeWrongPasswordsThePageSaysItIsLockedUntilWhenAndOffersOnlyReject() throws Exception {
        String page = approvalPageOf(LI_LEI_PHONE.value());
        app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, "000000"));
        app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, "000000"));

        HttpResponse<String> third = app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, "000000"));
        HttpResponse<String> rightOneTooLate = app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, LI_LEIS_PASSWORD));
        HttpResponse<String> revisit = app.get(page);

        assertThat(third.statusCode()).isEqualTo(423);
        assertThat(rightOneTooLate.statusCode()).isEqualTo(423);
        assertThat(revisit.statusCode()).isEqualTo(200);
        for (HttpResponse<String> answer : List.of(third, rightOneTooLate, revisit)) {
            assertThat(answer.body())
                    .contains("Your Alipay payment password is locked after 3 wrong entries, until 2026-11-22 13:00:00")
                    .contains("Reset it in the Alipay app, or wait until then.")
                    .doesNotContain(">Approve</button>")
                    .contains(">Reject</button>");
        }
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
        assertThat(app.get("/mock-wallet").body()).contains("Locked until 2026-11-22 13:00:00");
    }

    @Test
    void theWrongPasswordAndTheLockAreSaidInChineseToo() throws Exception {
        app.speak(Locale.SIMPLIFIED_CHINESE);
        String page = approvalPageOf(HAN_MEIMEI_PHONE.value());

        HttpResponse<String> wrong = app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, "000000"));
        app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, "000000"));
        HttpResponse<String> locked = app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, "000000"));

        assertThat(wrong.body()).contains("<label for=\"paymentPassword\">支付密码</label>", "支付密码错误，还可以再试 2 次。");
        assertThat(locked.body()).contains("支付密码已连续输错 3 次，支付宝已将其锁定至 2026-11-22 13:00:00",
                "请在支付宝应用中重置支付密码，或等到解锁后再试。");
    }

    @Test
    void approvingSendsTheBrowserBackToTheStoreWithASignedApproval() throws Exception {
        String page = approvalPageOf(LI_LEI_PHONE.value());

        HttpResponse<String> answer = app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, LI_LEIS_PASSWORD));

        assertThat(answer.statusCode()).isEqualTo(303);
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(back.toString()).startsWith(RETURN_URL.toString());
        assertThat(signedQueryOf(WalletProvider.ALIPAY, back)).containsEntry("type", "authorization_approved")
                .containsEntry("state", "binding-1").containsKey("agreement_token");
    }

    @Test
    void rejectingSendsTheBrowserBackToTheStoreWithASignedRejection() throws Exception {
        String page = approvalPageOf(LI_LEI_PHONE.value());

        HttpResponse<String> answer = app.post(page + "/reject", Map.of());

        assertThat(answer.statusCode()).isEqualTo(303);
        URI back = URI.create(answer.headers().firstValue("Location").orElseThrow());
        assertThat(signedQueryOf(WalletProvider.ALIPAY, back)).containsEntry("type", "authorization_rejected");
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
    }

    @Test
    void aRequestAnsweredAlreadyGetsAFriendlyPageAndNothingChanges() throws Exception {
        String page = approvalPageOf(LI_LEI_PHONE.value());
        app.post(page + "/approve", Map.of(PAYMENT_PASSWORD, LI_LEIS_PASSWORD));

        HttpResponse<String> again = app.post(page + "/reject", Map.of());
        HttpResponse<String> revisit = app.get(page);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("already been answered, so nothing was changed");
        assertThat(revisit.statusCode()).isEqualTo(409);
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).singleElement()
                .satisfies(agreement -> assertThat(agreement.isActive()).isTrue());
    }

    @Test
    void anUnknownRequestGetsAFriendlyPage() throws Exception {
        HttpResponse<String> page = app.get("/mock-wallet/alipay/authorize/no-such-request");
        HttpResponse<String> unknownProvider = app.get("/mock-wallet/paypal/authorize/no-such-request");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Simulated Alipay — not the real app",
                "There is no such authorization request");
        assertThat(unknownProvider.statusCode()).isEqualTo(404);
        assertThat(unknownProvider.body()).contains("Simulated wallet — not the real app");
    }

    @Test
    void aFormFromAnotherSiteCannotApproveABinding() throws Exception {
        String page = approvalPageOf(LI_LEI_PHONE.value());

        HttpResponse<String> forged = app.postFromAnotherSite(page + "/approve",
                PAYMENT_PASSWORD + "=" + LI_LEIS_PASSWORD);

        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE)).isEmpty();
    }

    @Test
    void everyFormOnThePagesCarriesTheSessionsFormToken() throws Exception {
        simulator.agreements().approve(WalletProvider.ALIPAY, requestIdOf(approvalPageOf(LI_LEI_PHONE.value())),
                LI_LEIS_PASSWORD);

        for (String path : List.of(approvalPageOf(LI_LEI_PHONE.value()), "/mock-wallet",
                "/mock-wallet/alipay/app?account=13800000001")) {
            List<String> forms = FORM.matcher(app.get(path).body()).results().map(MatchResult::group).toList();
            assertThat(forms).as(path).isNotEmpty()
                    .allSatisfy(form -> assertThat(form)
                    .contains("name=\"_csrf\" value=\"" + WalletAppBrowser.FORM_TOKEN + "\""));
        }
    }

    @Test
    void theAppListsTheAccountsAuthorizationsAndCancellingOneEndsIt() throws Exception {
        simulator.agreements().approve(WalletProvider.ALIPAY, requestIdOf(approvalPageOf(LI_LEI_PHONE.value())),
                LI_LEIS_PASSWORD);
        String token = simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE).getFirst().token();
        String appPage = "/mock-wallet/alipay/app?account=13800000001";
        assertThat(app.get(appPage).body()).contains("Authorizations", "Account 138****0001, ** Lei",
                ">Cancel authorization</button>");

        HttpResponse<String> cancel = app.post("/mock-wallet/alipay/app/authorizations/" + token + "/cancel",
                Map.of("account", "13800000001"));

        assertThat(cancel.statusCode()).isEqualTo(303);
        HttpResponse<String> after = app.get(cancel.headers().firstValue("Location").orElseThrow());
        assertThat(after.body()).contains("Alipay is letting hexmall know", "No merchant may charge this account.");
        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE).getFirst().isActive()).isFalse();
    }

    @Test
    void anotherAccountsAuthorizationCannotBeCancelledFromThisAccountsPage() throws Exception {
        simulator.agreements().approve(WalletProvider.ALIPAY, requestIdOf(approvalPageOf(LI_LEI_PHONE.value())),
                LI_LEIS_PASSWORD);
        String liLeisToken = simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE).getFirst().token();

        app.post("/mock-wallet/alipay/app/authorizations/" + liLeisToken + "/cancel", Map.of("account", "13800000002"));

        assertThat(simulator.agreements().of(WalletProvider.ALIPAY, LI_LEI_PHONE).getFirst().isActive()).isTrue();
    }

    @Test
    void anAppPageOfAnUnknownAccountIsAFriendlyPage() throws Exception {
        HttpResponse<String> page = app.get("/mock-wallet/alipay/app?account=13900000009");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("No such account");
    }

    @Test
    void theControlPageListsTheAccountsMaskedWithTheirBalancesInYuan() throws Exception {
        String html = app.get("/mock-wallet").body();

        assertThat(html)
                .contains("Simulated wallet providers")
                .contains("138****0001", "Li Lei", "¥8,888.00")
                .contains("138****0002", "韩梅梅", "¥12,345.67")
                .contains("href=\"/mock-wallet/alipay/app?account=13800000001\"")
                .contains("WeChat Pay", "JD Pay", "UnionPay QuickPass");
    }

    @Test
    void theControlPageSaysAPaymentGivenBackInFullIsRefunded_andOnePartlyGivenBackIsStillPaid() throws Exception {
        String agreement = TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, LI_LEIS_PASSWORD);
        PaymentId refundedInFull = paidPayment(agreement);
        PaymentId partlyRefunded = paidPayment(agreement);
        simulator.providerApi().refund(WalletProvider.ALIPAY, refundedInFull, "R-1", 10_000).join();
        simulator.providerApi().refund(WalletProvider.ALIPAY, partlyRefunded, "R-2", 2_500).join();

        String html = app.get("/mock-wallet").body();

        assertThat(html).contains("Refunded in full to the customer").contains("¥25.00");
        assertThat(Pattern.compile(">Paid<").matcher(html).results().count()).isOne();
    }

    private PaymentId paidPayment(String agreement) {
        PaymentId payment = TestWallets.newPaymentId();
        String page = TestWallets.payPageFor(simulator, WalletProvider.ALIPAY, agreement, payment, 10_000);
        simulator.payments().pay(WalletProvider.ALIPAY, page, LI_LEIS_PASSWORD);
        return payment;
    }

    @Test
    void choosingAFaultOnTheControlPageMakesTheProviderFail() throws Exception {
        HttpResponse<String> chosen = app.post("/mock-wallet/faults", Map.of("provider", "alipay", "fault",
                "PROVIDER_DOWN"));

        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(bindAtAlipay(LI_LEI_PHONE.value())).isInstanceOf(AuthorizationAnswer.ServiceUnavailable.class);
        assertThat(app.get("/mock-wallet").body()).containsPattern("value=\"PROVIDER_DOWN\"\\s+selected");
    }

    @Test
    void choosingNormalOrClearingAllFaultsMakesTheProviderAnswerAgain() throws Exception {
        app.post("/mock-wallet/faults", Map.of("provider", "alipay", "fault", "TIMEOUT"));
        app.post("/mock-wallet/faults", Map.of("provider", "alipay", "fault", "NONE"));
        assertThat(bindAtAlipay(LI_LEI_PHONE.value())).isInstanceOf(AuthorizationAnswer.AuthorizationPage.class);

        app.post("/mock-wallet/faults", Map.of("provider", "alipay", "fault", "ACCOUNT_NOT_FOUND"));
        app.post("/mock-wallet/faults/clear", Map.of());
        assertThat(bindAtAlipay(LI_LEI_PHONE.value())).isInstanceOf(AuthorizationAnswer.AuthorizationPage.class);
    }

    @Test
    void aFaultThatIsNotOnTheListIsRefusedWithAMessage() throws Exception {
        HttpResponse<String> refused = app.post("/mock-wallet/faults", Map.of("provider", "alipay", "fault",
                "MELTDOWN"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose a provider and one of the listed behaviours.");
        assertThat(simulator.faults().all()).isEmpty();
    }

    @Test
    void eachAccountHasAFaultOfItsOwnToChoose_whichOnlyThatAccountMeets() throws Exception {
        String agreement = TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, LI_LEIS_PASSWORD);
        String hanMeimeis = TestWallets.agreementFor(simulator, WalletProvider.ALIPAY, HAN_MEIMEI_PHONE, "246801");
        String html = app.get("/mock-wallet").body();
        assertThat(html).contains(
                "<label class=\"visually-hidden\" for=\"fault-alipay-0\">Fault of account 138****0001</label>",
                "<option value=\"NONE\" selected=\"selected\">As its provider</option>",
                "Declines payments: refuses to charge, giving no reason, even with the right payment password",
                ">Set</button>");

        HttpResponse<String> chosen = app.post("/mock-wallet/account-faults", Map.of("provider", "alipay",
                "account", "13800000001", "fault", "DECLINES_PAYMENTS"));

        assertThat(chosen.statusCode()).isEqualTo(303);
        assertThat(simulator.faults().faultFor(WalletProvider.ALIPAY, Optional.of(LI_LEI_PHONE)))
                .contains(Fault.DECLINES_PAYMENTS);
        assertThat(simulator.faults().faultFor(WalletProvider.ALIPAY, Optional.of(HAN_MEIMEI_PHONE))).isEmpty();
        assertThat(app.get("/mock-wallet").body()).containsPattern("value=\"DECLINES_PAYMENTS\"\\s+selected");
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, TestWallets.payPageFor(simulator,
                WalletProvider.ALIPAY, agreement, TestWallets.newPaymentId(), 100), LI_LEIS_PASSWORD))
                .isInstanceOf(PayAttempt.NotPaid.class);
        assertThat(simulator.payments().pay(WalletProvider.ALIPAY, TestWallets.payPageFor(simulator,
                WalletProvider.ALIPAY, hanMeimeis, TestWallets.newPaymentId(), 100), "246801"))
                .isInstanceOf(PayAttempt.Paid.class);
    }

    @Test
    void anAccountsFaultOverridesItsProvidersUntilItIsSetBackToAsItsProvider() throws Exception {
        app.post("/mock-wallet/faults", Map.of("provider", "alipay", "fault", "SLOW"));
        app.post("/mock-wallet/account-faults", Map.of("provider", "alipay", "account", "13800000001",
                "fault", "PROVIDER_DOWN"));
        assertThat(bindAtAlipay(LI_LEI_PHONE.value())).isInstanceOf(AuthorizationAnswer.ServiceUnavailable.class);
        assertThat(bindAtAlipay(HAN_MEIMEI_PHONE.value())).isInstanceOf(AuthorizationAnswer.AuthorizationPage.class);

        HttpResponse<String> cleared = app.post("/mock-wallet/account-faults", Map.of("provider", "alipay",
                "account", "13800000001", "fault", "NONE"));

        assertThat(cleared.statusCode()).isEqualTo(303);
        assertThat(simulator.faults().all()).containsOnlyKeys(FaultTarget.wholeProvider(WalletProvider.ALIPAY));
        assertThat(bindAtAlipay(LI_LEI_PHONE.value())).isInstanceOf(AuthorizationAnswer.AuthorizationPage.class);
    }

    @Test
    void anAccountFaultForNoListedAccountOrBehaviourIsRefusedWithAMessage() throws Exception {
        List<Map<String, String>> forms = List.of(
                Map.of("provider", "alipay", "account", "13800000001", "fault", "MELTDOWN"),
                Map.of("provider", "alipay", "account", "13900000009", "fault", "TIMEOUT"),
                Map.of("provider", "alipay", "account", "not an account", "fault", "TIMEOUT"),
                Map.of("provider", "wechat-pay", "account", "13800000001", "fault", "TIMEOUT"),
                Map.of("provider", "paypal", "account", "13800000001", "fault", "TIMEOUT"),
                Map.of("account", "13800000001"),
                Map.of());

        for (Map<String, String> form : forms) {
            HttpResponse<String> refused = app.post("/mock-wallet/account-faults", form);
            assertThat(refused.statusCode()).as(form.toString()).isEqualTo(422);
            assertThat(refused.body()).as(form.toString())
                    .contains("Choose an account listed below and one of the listed behaviours.");
        }
        assertThat(simulator.faults().all()).isEmpty();
    }

    @Test
    void anAccountOpenedOnTheControlPageIsListedAndTheStoreCanBindIt() throws Exception {
        HttpResponse<String> opened = app.post("/mock-wallet/accounts", Map.of("provider", "alipay",
                "account", "13900000001", "holder", "Wang Fang", "balance", "88.50", PAYMENT_PASSWORD, "112233"));

        assertThat(opened.statusCode()).isEqualTo(303);
        String html = app.get(opened.headers().firstValue("Location").orElseThrow()).body();
        assertThat(html).contains("Alipay account 139****0001 of Wang Fang is open.", "¥88.50");
        String approvalPage = approvalPageOf("13900000001");
        assertThat(app.get(approvalPage).body()).contains("hexmall asks to bind your Alipay account 139****0001");
        assertThat(app.post(approvalPage + "/approve", Map.of(PAYMENT_PASSWORD, "112233")).statusCode()).isEqualTo(303);
    }

    @Test
    void theOpenAccountFormOffersEverySimulatedWalletAndLabelsEveryInput() throws Exception {
        String html = app.get("/mock-wallet").body();

        assertThat(html).contains("Open a simulated account",
                "<label for=\"provider\">Wallet</label>",
                "<label for=\"account\">Account (mobile number, email or account id)</label>",
                "<label for=\"holder\">Account holder</label>",
                "<label for=\"balance\">Balance in yuan</label>",
                "<label for=\"paymentPassword\">Payment password (6 digits)</label>",
                "<option value=\"wechat-pay\">WeChat Pay</option>", "<option value=\"alipay\">Alipay</option>",
                "<option value=\"jd-pay\">JD Pay</option>",
                "<option value=\"unionpay-quickpass\">UnionPay QuickPass</option>",
                ">Open account</button>");
    }

    @Test
    void theOpenAccountFormPointsOutEveryMistakeAtOnceAndOpensNothing() throws Exception {
        HttpResponse<String> refused = app.post("/mock-wallet/accounts", Map.of("provider", "alipay",
                "account", "139 00000001", "holder", " ", "balance", "12.345", PAYMENT_PASSWORD, "12345"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Please correct the fields marked below.")
                .contains("There is a space at position 4. Remove it: wallet accounts never contain spaces.")
                .contains("Enter the name of the account holder.")
                .contains("A balance has at most 2 decimals: the smallest amount is one fen (¥0.01).")
                .contains("A payment password is exactly 6 digits.")
                .contains("value=\"139 00000001\"", "value=\"12.345\"")
                .containsPattern("<option value=\"alipay\"\\s+selected")
                .doesNotContain("12345\"");
        assertThat(simulator.accounts().all()).hasSize(2);
    }

    @Test
    void anUnknownWalletAndANegativeBalanceAreRefused() throws Exception {
        HttpResponse<String> refused = app.post("/mock-wallet/accounts", Map.of("provider", "paypal",
                "account", "13900000001", "holder", "Wang Fang", "balance", "-1", PAYMENT_PASSWORD, "112233"));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Choose one of the wallets listed.", "A balance cannot be negative.");
        assertThat(simulator.accounts().all()).hasSize(2);
    }

    @Test
    void anAccountThatExistsIsLeftAsItIsAndTheFormSaysSo() throws Exception {
        HttpResponse<String> refused = app.post("/mock-wallet/accounts", Map.of("provider", "alipay",
                "account", "13800000001", "holder", "Somebody Else", "balance", "1", PAYMENT_PASSWORD, "000000"));

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Alipay has an account 138****0001 already, so nothing was changed.");
        assertThat(simulator.accounts().find(WalletProvider.ALIPAY, LI_LEI_PHONE)).hasValueSatisfying(account -> {
            assertThat(account.holderName()).isEqualTo("Li Lei");
            assertThat(account.paymentPassword().matches(LI_LEIS_PASSWORD)).isTrue();
        });
    }

    @Test
    void theOpenAccountFormSpeaksTheVisitorsLanguage() throws Exception {
        app.speak(Locale.SIMPLIFIED_CHINESE);

        HttpResponse<String> refused = app.post("/mock-wallet/accounts", Map.of("provider", "alipay",
                "account", "13900000001", "holder", "王芳", "balance", "abc", PAYMENT_PASSWORD, "112233"));

        assertThat(refused.body()).contains("开立模拟账户", "<label for=\"balance\">余额（元）</label>",
                "请用数字输入以元为单位的余额，最多一个小数点，例如 88.50。");
    }

    /** Asks for a binding as the store would, and returns the approval page it sends the customer to. */
    private String approvalPageOf(String phone) {
        return ((AuthorizationAnswer.AuthorizationPage) bindAtAlipay(phone)).url().toString();
    }

    private static String requestIdOf(String approvalPage) {
        return approvalPage.substring(approvalPage.lastIndexOf('/') + 1);
    }

    /** The store asks Alipay to bind the account, as its gateway would. */
    private AuthorizationAnswer bindAtAlipay(String phone) {
        return simulator.providerApi().requestAuthorization(WalletProvider.ALIPAY, TestWallets.phone(phone),
                "binding-1", RETURN_URL).join();
    }
}
