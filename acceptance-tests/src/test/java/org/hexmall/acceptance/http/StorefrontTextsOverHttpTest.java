package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.risk.FiredRule;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskReason;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.risk.RiskRules;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The texts of the store's and the console's pages as a reader gets them over HTTP (H2, demo data): what a page says
 * once the customer has verified, what the activity and devices pages name in either language, where the language
 * switch leads from a page that answers a refused form, and what the console names and lists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorefrontTextsOverHttpTest {

    private static final String LI_LEI_PHONE = "13800000001";
    private static final String LI_LEI_PASSWORD = "demo-pass-1";
    private static final String HAN_MEIMEI_PHONE = "13800000002";
    private static final String CUSTOMER_PASSWORD = "osmanthus-tea-29";
    private static final String HOW_TO_REACH_CUSTOMER_SERVICE =
            "<a href=\"/customer-service\">How to reach customer service</a>";
    private static final String PRODUCT = "ELEC-0001";
    private static final Pattern TEXTED_CODE = Pattern.compile("verification code is (\\d{6})");
    private static final Pattern CHINESE_LINK = Pattern.compile("href=\"(/language/zh-CN\\?next=[^\"]*)\"");

    private HexmallApplication hexmall;
    private HttpShopper liLei;

    @BeforeAll
    void startHexmall_andLiLeiLogsIn() {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                        .withDatabaseUrl("jdbc:h2:mem:StorefrontTexts-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"),
                java.time.Clock.systemUTC(), LightPasswordHashing.HASHER);
        liLei = new HttpShopper(URI.create(hexmall.baseUrl()));
        assertThat(liLei.submit("/login", Map.of("login", LI_LEI_PHONE, "password", LI_LEI_PASSWORD)).getPath())
                .as("the account's first device, trusted without a code").doesNotStartWith("/login/device");
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void onceVerified_thePasswordPageAsksForTheNewPassword_andTheActivitySaysWhatWasVerifiedAndHow() {
        HttpShopper hanMeimei = new HttpShopper(URI.create(hexmall.baseUrl()));
        hanMeimei.submit("/login", Map.of("login", HAN_MEIMEI_PHONE, "password", "demo-pass-2"));
        String password = "/account/security/password";
        assertThat(hanMeimei.page(password)).contains("First prove it is you");

        URI verifyPage = hanMeimei.submit(password, "/verify/start",
                Map.of("action", "CHANGE_PASSWORD", "factor", "SMS_CODE", "next", password));
        URI back = hanMeimei.submit(verifyPage.getPath(), verifyPage.getPath() + "/code",
                Map.of("code", codeTextedTo(HAN_MEIMEI_PHONE), "next", password));

        assertThat(back.getPath()).isEqualTo(password);
        assertThat(hanMeimei.page(password)).contains("You are verified")
                .doesNotContain("First prove it is you", "Send me a code by SMS", "Verify with a face check");
        assertThat(hanMeimei.page("/account/activity")).contains("Identity verification passed",
                "Changing the login password · SMS code").doesNotContain("CHANGE_PASSWORD", "SMS_CODE");
        hanMeimei.follow(URI.create("/language/zh-CN?next=/account/activity"));
        assertThat(hanMeimei.page("/account/activity")).contains("修改登录密码（短信验证码）")
                .doesNotContain("CHANGE_PASSWORD");
    }

    @Test
    void aNewDevice_isNamedInChinese_onTheActivityAndDevicesPages_withoutSpacesBetweenChineseWords() {
        HttpShopper otherDevice = new HttpShopper(URI.create(hexmall.baseUrl()));
        URI held = otherDevice.submit("/login", Map.of("login", LI_LEI_PHONE, "password", LI_LEI_PASSWORD));
        assertThat(held.getPath()).isEqualTo("/login/device");
        otherDevice.submit("/login/device?by=code", "/login/device",
                Map.of("code", codeTextedTo(LI_LEI_PHONE), "trust", "yes"));
        otherDevice.follow(URI.create("/language/zh-CN?next=/"));

        assertThat(otherDevice.page("/account/activity")).contains("新设备已通过短信验证", "未知系统上的应用")
                .doesNotContain("An app on an unknown system", "未知系统 上的");
        assertThat(otherDevice.page("/account/security/devices")).contains("未知系统上的应用")
                .doesNotContain("未知系统 上的 应用");
    }

    @Test
    void aVerificationLinkOrFormNamingNoActionOrProof_saysSoInEitherLanguage_andLeadsBack() {
        HttpShopper visitor = new HttpShopper(URI.create(hexmall.baseUrl()));
        String incomplete = "This verification link is incomplete, or is not one hexmall made, so nothing was done.";

        for (String link : List.of("/verify", "/verify?action=PAY", "/verify?action=PAY&factor=SMS")) {
            assertThat(visitor.page(link, 400)).as(link).contains(incomplete).doesNotContain("??");
        }
        assertThat(visitor.page("/verify?action=PAY&next=/orders", 400))
                .contains("<a href=\"/orders\">Back to the page you were on</a>");
        String password = "/account/security/password";
        assertThat(liLei.submitAnswered(password, "/verify/start",
                Map.of("action", "CHANGE_PASSWORD", "factor", "SMS", "next", password), 400))
                .contains(incomplete, "<a href=\"" + password + "\">Back to the page you were on</a>")
                .doesNotContain("??");
        visitor.follow(URI.create("/language/zh-CN?next=/"));
        assertThat(visitor.page("/verify", 400)).contains("此验证链接不完整，或并非由 hexmall 生成，因此未执行任何操作。")
                .doesNotContain("??");
    }

    @Test
    void thisWasntMe_onALoginLock_namesTheLockInWords_inEitherLanguage() {
        String activity = "/account/activity";
        String notMe = "/account/activity/not-me";
        Map<String, String> lock = Map.of("what", "LOGIN_LOCKED", "at", "2026-12-08T00:30:41.458331Z");

        assertThat(liLei.submitAnswered(activity, notMe, lock, 200)).contains(
                "You say that “Login locked after too many wrong passwords” at 2026-12-08 08:30:41 was not you.")
                .doesNotContain("??");
        assertThat(liLei.submitAnswered(activity, notMe,
                Map.of("what", "LOGIN_LOCK_CLEARED", "at", "2026-12-08T00:30:41Z"), 200))
                .contains("You say that “Login lock cleared by customer service” at").doesNotContain("??");
        liLei.follow(URI.create("/language/zh-CN?next=/account/activity"));
        try {
            assertThat(liLei.submitAnswered(activity, notMe, lock, 200))
                    .contains("您表示 2026-12-08 08:30:41 的“密码错误次数过多，登录已锁定”不是您本人操作。")
                    .doesNotContain("??");
        } finally {
            liLei.follow(URI.create("/language/en?next=/"));
        }
    }

    @Test
    void aNewDeviceLoginThatSentNoCode_isNotSaidToHaveSentOne_inTheActivityOrTheConsole() {
        String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        String password = "plum-blossom-63";
        HttpShopper customer = new HttpShopper(URI.create(hexmall.baseUrl()));
        customer.submit("/register", Map.of("phone", phone, "email", "", "displayName", "Wang Fang",
                "password", password, "passwordRepeated", password));
        customer.submit("/login", Map.of("login", phone, "password", password));
        new HttpShopper(URI.create(hexmall.baseUrl())).submit("/forgot-password", Map.of("phone", phone));

        HttpShopper newDevice = new HttpShopper(URI.create(hexmall.baseUrl()));
        assertThat(newDevice.submit("/login", Map.of("login", phone, "password", password)).getPath())
                .isEqualTo("/login/device");
        assertThat(newDevice.page("/login/device")).contains("No code has gone to");

        assertThat(customer.page("/account/activity"))
                .contains("Right password on a new device: a code was needed, but none was sent at that moment")
                .doesNotContain("a code was sent to your phone");
        customer.follow(URI.create("/language/zh-CN?next=/account/activity"));
        assertThat(customer.page("/account/activity")).contains("新设备密码正确：需要验证码，但当时未发送")
                .doesNotContain("已向您的手机发送验证码");
        CustomerId id = hexmall.storage().customers().findByPhone(PhoneNumber.parse(phone)).orElseThrow().id();
        assertThat(consoleAs("agent", "agent-pass-1").page("/admin/customers/" + id))
                .contains("Right password on a new device: code needed, none sent")
                .doesNotContain("Right password on a new device: code sent");
    }

    @Test
    void anAccountFrozenByTheCustomersOwnReport_isSaidToBeForCustomerServiceToUnfreezeBecauseOfThatReport() {
        String phone = registeredCustomer();
        HttpShopper customer = new HttpShopper(URI.create(hexmall.baseUrl()));
        customer.submit("/login", Map.of("login", phone, "password", CUSTOMER_PASSWORD));
        customer.submit("/account/activity", "/account/activity/not-me/confirm",
                Map.of("what", "PASSWORD_CHANGED", "at", "2026-12-08T00:30:41Z"));

        HttpShopper visitor = new HttpShopper(URI.create(hexmall.baseUrl()));
        assertThat(visitor.submitAnswered("/unfreeze", Map.of("phone", phone, "password", CUSTOMER_PASSWORD), 403))
                .contains("This account was frozen when you told us that something in its activity was not you.",
                        "only customer service can unfreeze it, once they have checked your account with you.",
                        HOW_TO_REACH_CUSTOMER_SERVICE)
                .doesNotContain("Customer service froze this account");
        var app = new HttpShopper(URI.create(hexmall.baseUrl()));
        var problem = app.tryToLogInToApi(phone, CUSTOMER_PASSWORD, 403);
        assertThat(problem.path("frozenBy").asText()).isEqualTo("NOT_ME_REPORT");
        assertThat(problem.path("detail").asText())
                .startsWith("This account was frozen when you reported activity in it that was not you.");
        visitor.follow(URI.create("/language/zh-CN?next=/unfreeze"));
        assertThat(visitor.submitAnswered("/unfreeze", Map.of("phone", phone, "password", CUSTOMER_PASSWORD), 403))
                .contains("您反映账户动态中有不是本人的操作时，账户已被冻结。");
    }

    @Test
    void anAppIsToldThatACustomerWhoFrozeTheirOwnAccount_mayUnfreezeItThemselves() {
        String phone = registeredCustomer();
        HttpShopper customer = new HttpShopper(URI.create(hexmall.baseUrl()));
        customer.submit("/login", Map.of("login", phone, "password", CUSTOMER_PASSWORD));
        customer.submit("/account/security/freeze", Map.of("password", CUSTOMER_PASSWORD));

        var problem = new HttpShopper(URI.create(hexmall.baseUrl())).tryToLogInToApi(phone, CUSTOMER_PASSWORD, 403);

        assertThat(problem.path("code").asText()).isEqualTo("account-frozen");
        assertThat(problem.path("frozenBy").asText()).isEqualTo("CUSTOMER");
        assertThat(problem.path("detail").asText()).isEqualTo("You froze this account yourself. Unfreeze it on the"
                + " store's /unfreeze page with its login password and a code sent to its phone, or contact customer"
                + " service.").doesNotContain("Customer service has frozen");
    }

    @Test
    void everyStorePagesFooter_leadsToTheCustomerServicePage_whichSaysHowToReachItAndEachWalletsOwn() {
        HttpShopper visitor = new HttpShopper(URI.create(hexmall.baseUrl()));
        String footerLink = "<a href=\"/customer-service\">Customer service</a>";
        assertThat(visitor.page("/")).contains(footerLink);
        assertThat(visitor.page("/products/" + PRODUCT)).contains(footerLink);
        assertThat(visitor.page("/no-such-page", 404)).contains(footerLink);
        assertThat(visitor.page("/unfreeze")).as("a page that sends the customer to customer service")
                .contains(HOW_TO_REACH_CUSTOMER_SERVICE);
        assertThat(consoleAs("agent", "agent-pass-1").page("/admin")).doesNotContain("/customer-service");

        assertThat(visitor.page("/customer-service")).contains("<h1>Customer service</h1>", "400-555-0100",
                "Every day, 08:00–22:00", "this number and these hours are an example", "What to have ready",
                "The mobile number of your hexmall account: customer service confirms that it is you",
                "The order number, if your question is about an order",
                "never asks for your login password, a verification code or a wallet’s payment password",
                "A wallet’s own customer service", "WeChat Pay: in the WeChat Pay app, under its help or customer"
                        + " service.", "UnionPay QuickPass: in the UnionPay QuickPass app");
        assertThat(liLei.page("/customer-service"))
                .contains("The mobile number of your hexmall account, 138****0001: customer service confirms");
        visitor.follow(URI.create("/language/zh-CN?next=/customer-service"));
        assertThat(visitor.page("/customer-service")).contains("<a href=\"/customer-service\">联系客服</a>",
                "<h1>联系客服</h1>", "客服热线", "请提前准备", "支付宝：在支付宝应用中的“帮助”或“客服”入口。");
    }

    @Test
    void theHelpSearch_findsAnswersByTheGuidesOwnWords_inEnglishAndChinese() {
        HttpShopper agent = consoleAs("agent", "agent-pass-1");
        Map<String, String> answers = Map.of(
                "关联", "How do I bind a digital wallet to my account?",
                "多个钱包", "Can I bind more than one wallet?",
                "银行卡", "My account’s security settings stop the binding",
                "bank card", "My account’s security settings stop the binding",
                "购物记录", "Where do I find what I paid with my wallet?",
                "双十一", "What offers do wallet payers get?");

        answers.forEach((words, question) -> assertThat(agent.page("/admin/help?q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8))).as(words).contains(question)
                .doesNotContain("No answer matches"));
    }

    @Test
    void theAnswerOnKeepingMoneySafe_saysWhatTheStoreDoesInsteadOfASettingToTurnOn_inEnglishAndChinese() {
        HttpShopper agent = consoleAs("agent", "agent-pass-1");

        assertThat(agent.page("/admin/help?q=two-step")).contains("There is no two-step verification to turn on at"
                + " hexmall, because it is always on:", "must enter a code sent to your phone (or pass a face check)",
                "press “This wasn’t me” on anything that was not you", "在 hexmall 无需另行开启双重验证，因为它始终有效")
                .doesNotContain("turn on two-step verification;", "开启双重验证；");
    }

    @Test
    void aRiskHoldOnANewAccount_bringsAPasswordBannerThatSaysSo_notThatThePasswordIsOld() {
        String phone = registeredCustomer();
        HttpShopper customer = new HttpShopper(URI.create(hexmall.baseUrl()));
        customer.submit("/login", Map.of("login", phone, "password", CUSTOMER_PASSWORD));
        CustomerId id = hexmall.storage().customers().findByPhone(PhoneNumber.parse(phone)).orElseThrow().id();
        hexmall.storage().transactions().inTransaction(() -> hexmall.storage().securityEvents().record(
                new SecurityEvent(id, Instant.now(), SecurityEventKind.RISK_HOLD, SecurityEvent.Source.SYSTEM, "",
                        "203.0.113.7")));

        assertThat(customer.page("/")).contains("For your safety, change your login password: since you last changed"
                + " it, we held an unusual login, payment or wallet binding on your account for a security check.")
                .doesNotContain("six months", "180 days", "someone may have tried to guess it");
        customer.follow(URI.create("/language/zh-CN?next=/"));
        assertThat(customer.page("/")).contains("自您上次修改密码以来，我们曾因安全检查拦截您账户上一次异常的登录、付款或钱包绑定。")
                .doesNotContain("超过六个月");
    }

    @Test
    void theLanguageSwitchOfAPageAnsweringARefusedForm_leadsToAPageAGetShows() {
        String refusedAdd = liLei.submitAnyAnswer("/products/" + PRODUCT, "/cart/add",
                Map.of("productId", PRODUCT, "quantity", "0")).body();
        assertThat(refusedAdd).contains("Choose a quantity from 1 to 99.");
        assertLanguageLinkShowsAPage(refusedAdd);

        liLei.submit("/products/" + PRODUCT, "/cart/add", Map.of("productId", PRODUCT, "quantity", "1"));
        String refusedQuantity = liLei.submitAnyAnswer("/cart", "/cart/" + PRODUCT + "/quantity",
                Map.of("quantity", "abc")).body();
        assertLanguageLinkShowsAPage(refusedQuantity);
        liLei.submit("/cart", "/cart/" + PRODUCT + "/remove", Map.of());
    }

    @Test
    void addingMoreOfAProductThanTheCartHolds_saysHowManyItHasAlready() {
        String product = "/products/" + PRODUCT;
        liLei.submit(product, "/cart/add", Map.of("productId", PRODUCT, "quantity", "60"));
        try {
            String refused = liLei.submitAnyAnswer(product, "/cart/add", Map.of("productId", PRODUCT,
                    "quantity", "60")).body();

            assertThat(refused)
                    .contains("Your cart holds at most 99 of one product, and it has 60 of this one already.")
                    .doesNotContain("Choose a quantity from 1 to 99");
        } finally {
            liLei.submit("/cart", "/cart/" + PRODUCT + "/remove", Map.of());
        }
    }

    @Test
    void anAgentIsNotOfferedTheApprovalsTheyCannotOpen_whileASupervisorIs() {
        HttpShopper agent = consoleAs("agent", "agent-pass-1");
        HttpShopper supervisor = consoleAs("supervisor", "supervisor-pass-1");

        assertThat(agent.page("/admin/after-sales")).doesNotContain("href=\"/admin/approvals\"");
        assertThat(supervisor.page("/admin/after-sales")).contains("href=\"/admin/approvals\"");
    }

    @Test
    void aCustomerSearchPastTheLastPage_showsTheLastPage() {
        String page = consoleAs("agent", "agent-pass-1").page("/admin/customers?page=999");

        assertThat(page).doesNotContain("Page 999 of").contains("李雷");
    }

    @Test
    void aPhoneTypedInFullWidthDigitsOrPastedWithAZeroWidthSpace_findsTheCustomer() {
        HttpShopper agent = consoleAs("agent", "agent-pass-1");

        for (String typed : List.of("１３８０００００００１", "\u200B13800000001")) {
            assertThat(agent.page("/admin/customers?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)))
                    .as(typed).contains("李雷");
        }
    }

    @Test
    void anAlertOnABinding_namesTheWallet_inEitherLanguage() {
        CustomerId hanMeimei = hexmall.storage().customers().findByPhone(PhoneNumber.parse(HAN_MEIMEI_PHONE))
                .orElseThrow().id();
        List<FiredRule> fired = List.of(new FiredRule(RiskRule.BINDING_VELOCITY, 80,
                RiskReason.of(RiskRule.BINDING_VELOCITY, 4)));
        hexmall.storage().riskAlerts().raise(RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), hanMeimei,
                Instant.now(), RiskAttempt.binding("UNIONPAY_QUICKPASS 6222****0002"),
                RiskRules.decide(fired, RiskSettings.defaults())));
        HttpShopper agent = consoleAs("agent", "agent-pass-1");

        assertThat(agent.page("/admin/alerts")).contains("Binding of wallet UnionPay QuickPass 6222****0002")
                .doesNotContain("UNIONPAY_QUICKPASS");
        agent.follow(URI.create("/admin/language/zh-CN?next=/admin"));
        assertThat(agent.page("/admin/alerts")).contains("云闪付 6222****0002").doesNotContain("UNIONPAY_QUICKPASS");
    }

    @Test
    void aReportOfALineNotTheCustomers_showsTheLinesTimeInTheStoresTimeZone_onTheCustomerPageAndTheAlerts() {
        CustomerId hanMeimei = hexmall.storage().customers().findByPhone(PhoneNumber.parse(HAN_MEIMEI_PHONE))
                .orElseThrow().id();
        String reported = "LOGIN_LOCKED 2026-12-08T00:30:41.458331Z";
        hexmall.storage().securityEvents().record(new SecurityEvent(hanMeimei, Instant.now(),
                SecurityEventKind.REPORTED_NOT_ME, SecurityEvent.Source.CUSTOMER, reported, "203.0.113.7"));
        hexmall.storage().riskAlerts().raise(RiskAlert.customerReport(new RiskAlertId(UUID.randomUUID()), hanMeimei,
                Instant.now(), reported));
        HttpShopper agent = consoleAs("agent", "agent-pass-1");
        String shown = "Login locked after too many wrong passwords 2026-12-08 08:30:41";

        assertThat(agent.page("/admin/customers/" + hanMeimei)).contains("Reported “this wasn’t me”", shown)
                .doesNotContain("2026-12-08T00:30:41", "458331");
        assertThat(agent.page("/admin/alerts")).contains("Reported by the customer: " + shown)
                .doesNotContain("2026-12-08T00:30:41");
    }

    /** The 中文 link leads, through the switch, to a page that a GET shows. */
    private void assertLanguageLinkShowsAPage(String page) {
        Matcher link = CHINESE_LINK.matcher(page);
        assertThat(link.find()).as("the page's 中文 link").isTrue();
        URI next = liLei.follow(URI.create(link.group(1).replace("&amp;", "&")));
        try {
            assertThat(liLei.page(next.toString())).contains("中文");
        } finally {
            liLei.follow(URI.create("/language/en?next=/"));
        }
    }

    /** A new customer, registered on the shop's pages, with {@link #CUSTOMER_PASSWORD}; answers the number. */
    private String registeredCustomer() {
        String phone = "137" + "%08d".formatted(ThreadLocalRandom.current().nextInt(100_000_000));
        new HttpShopper(URI.create(hexmall.baseUrl())).submit("/register", Map.of("phone", phone, "email", "",
                "displayName", "Zhao Lei", "password", CUSTOMER_PASSWORD, "passwordRepeated", CUSTOMER_PASSWORD));
        return phone;
    }

    private HttpShopper consoleAs(String username, String password) {
        HttpShopper agent = new HttpShopper(URI.create(hexmall.baseUrl()));
        assertThat(agent.submit("/admin/login", Map.of("username", username, "password", password)).getPath())
                .startsWith("/admin");
        return agent;
    }

    private String codeTextedTo(String phone) {
        Matcher code = TEXTED_CODE.matcher(liLei.page("/mock-phone/" + phone));
        assertThat(code.find()).as("a verification code on the simulated phone").isTrue();
        return code.group(1);
    }
}
