package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hexmall.adapter.in.web.common.RawHttp.Reply;
import org.hexmall.adapter.in.web.common.RawHttp;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests nobody's browser sends, sent byte for byte to a running hexmall with its demo data: broken
 * percent-escapes, unknown character sets, multipart bodies without their boundary, control characters,
 * over-long addresses. Each is refused with a 4xx that says what to fix (a problem on {@code /api}, the
 * friendly page elsewhere), one log line without a stack trace, and nothing stored.
 */
// It watches the log, which the whole JVM shares: no other class runs beside it.
@Isolated
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestsTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String LI_LEI_PHONE = "13800000001";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String database = "jdbc:h2:mem:MalformedRequestsTest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private HexmallApplication hexmall;
    private Connection sql;
    private LogLines log;

    @BeforeAll
    void startHexmall() throws SQLException {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0).withDatabaseUrl(database));
        sql = DriverManager.getConnection(database, "", "");
        log = new LogLines();
    }

    @AfterAll
    void stopHexmall() throws SQLException {
        log.close();
        sql.close();
        hexmall.close();
    }

    @BeforeEach
    void forgetEarlierLogLines() {
        log.clear();
    }

    static Stream<Arguments> requestsThatCannotBeRead() {
        String loginField = "--XYZ\r\nContent-Disposition: form-data; name=\"login\"\r\n\r\n" + LI_LEI_PHONE + "\r\n";
        return Stream.of(
                // the storefront
                get("/orders/%u0041", 400),
                get("/payments/;%", 400),
                get("/payments/%u0041/return?payment=x&sign=y", 400),
                get("/payments/6f1c2a3e-0000-4000-8000-000000000201/return?sign=%zz", 400),
                get("/payments/wallet-reconfirmations/%u0041/return?sign=x", 400),
                get("/payments/wallet-reconfirmations/ALIPAY/return?state=%zz&sign=%zz", 400),
                get("/payments/wallet-reconfirmations/ALIPAY/return/orders/%u0041?sign=x", 400),
                get("/account/security/payment-methods/add/alipay?problem=invalid&error=%zz&arg=%u0041", 400),
                get("/payments/6f1c2a3e-0000-4000-8000-000000000201/failed?attempts-left=%zz", 400),
                get("/account/security/payment-methods/add?order=%u0041", 400),
                get("/account/security/payment-methods/add/alipay?order=%zz", 400),
                get("/account/security/payment-methods/authorized/orders/%u0041?provider=alipay&sign=x", 400),
                get("/account/security/payment-methods/authorized/orders/;%?provider=alipay", 400),
                get("/account/security/payment-methods/bindings/6f1c2a3e-0000-4000-8000-000000000201/code"
                        + "?next-code-at=%zz&problem=too-soon", 400),
                post("/account/security/payment-methods/bindings/6f1c2a3e-0000-4000-8000-000000000201/resend?order=%zz",
                        FORM, "x=1", 400),
                post("/account/security/payment-methods/add/alipay", FORM + "; charset=no-such-charset",
                        "account=13800000001&replace=6f1c2a3e-0000-4000-8000-000000000201", 415),
                get("/products/%u0041", 400),
                get("/?category=%zz", 400),
                get("/?category=ELECTRONICS%00", 400),
                post("/login", FORM + "; charset=no-such-charset", "login=" + LI_LEI_PHONE + "&password=x", 415),
                post("/login", FORM + "; charset", "login=" + LI_LEI_PHONE + "&password=x", 415),
                post("/register", FORM, "phone=13900000009&displayName=%u674E&password=long-enough-1", 400),
                post("/login", "multipart/form-data", loginField, 400),
                post("/login", "multipart/form-data; boundary=ABC", loginField + "--XYZ--\r\n", 400),
                post("/login", "multipart/form-data; boundary=XYZ", loginField, 400),
                post("/login", FORM, "login=" + "1".repeat(1_000_001), 413),
                get("/products/%zz", 400),
                get("/products/%ff", 400),
                get("/products/" + "a".repeat(10_000), 414),
                post("/forgot-password", FORM + "; charset=no-such-charset", "phone=" + LI_LEI_PHONE, 415),
                post("/forgot-password/code", "multipart/form-data", loginField, 400),
                get("/forgot-password/code?phone=%zz", 400),
                post("/account/security/freeze", FORM + "; charset=no-such-charset", "password=x", 415),
                post("/login/device", FORM + "; charset=no-such-charset", "code=123456&trust=yes", 415),
                post("/login/device", "multipart/form-data", loginField, 400),
                post("/login/device/resend", FORM + "; charset=no-such-charset", "x=1", 415),
                get("/login/device?next=%zz", 400),
                post("/login/device/face", FORM + "; charset=no-such-charset", "trust=yes", 415),
                post("/login/device/face", "multipart/form-data", loginField, 400),
                get("/login/device/face-return?next=%zz", 400),
                get("/account/security/devices/%u0041/revoke", 400),
                post("/account/security/devices/;%/revoke", FORM, "x=1", 400),
                get("/account/security/devices/sign-out-others?x=%zz", 400),
                get("/account/security/devices?signedOutOthers=%zz", 400),
                post("/account/security/devices/sign-out-others", FORM + "; charset=no-such-charset", "x=1", 415),
                post("/account/security/devices/sign-out-others", FORM, "x=%zz", 400),
                post("/account/security/password", FORM + "; charset=no-such-charset", "currentPassword=x", 415),
                post("/account/security/phone", "multipart/form-data", loginField, 400),
                post("/account/security/phone/code", FORM + "; charset=no-such-charset", "code=123456", 415),
                post("/account/security/password-reminder/dismiss", FORM, "next=%zz", 400),
                get("/verify/%u0041", 400),
                get("/verify/;%/face-return", 400),
                get("/verify?action=PAY&factor=FACE&next=%zz", 400),
                get("/account/security/payment-methods/add/alipay/replace?kept=%zz", 400),
                post("/verify/start", FORM + "; charset=no-such-charset", "action=CHANGE_PASSWORD", 415),
                post("/verify/6f1c2a3e-0000-4000-8000-000000000201/code", "multipart/form-data", loginField, 400),
                post("/unfreeze", FORM + "; charset=no-such-charset", "phone=" + LI_LEI_PHONE, 415),
                post("/unfreeze/%u0041", FORM, "x=y", 400),
                get("/account/activity?page=%zz", 400),
                get("/account/activity?page=%u0031", 400),
                post("/account/activity/not-me", FORM + "; charset=no-such-charset", "what=LOGIN_SUCCEEDED", 415),
                post("/account/activity/not-me/confirm", FORM, "what=%u0041&at=x", 400),
                post("/account/activity/not-me/confirm", "multipart/form-data", loginField, 400),
                get("/promotions?claimed=%zz", 400),
                post("/account/coupons/claim", FORM + "; charset=no-such-charset", "campaignId=x", 415),
                post("/account/coupons/claim", "multipart/form-data", loginField, 400),
                get("/account/coupons?tab=%zz", 400),
                get("/account/points?page=%u0031", 400),
                post("/orders/%u0041/after-sales", FORM, "quantity-0=1&category=DAMAGED", 400),
                post("/orders/6f1c2a3e-0000-4000-8000-000000000201/after-sales", FORM + "; charset=no-such-charset",
                        "quantity-0=1&category=DAMAGED", 415),
                post("/orders/6f1c2a3e-0000-4000-8000-000000000201/after-sales", FORM, "note=%zz", 400),
                // the console
                get("/admin/customers/%u0041", 400),
                get("/admin/customers?q=%ff", 400),
                get("/admin/customers/6f1c2a3e-0000-4000-8000-000000000201?refused=case-note&summary=%zz", 400),
                post("/admin/login", FORM + "; charset=no-such-charset", "username=agent", 415),
                post("/admin/customers/%u0041/freeze", FORM, "reason=x", 400),
                post("/admin/customers/;%/unfreeze", FORM, "reason=x", 400),
                post("/admin/customers/%u0041/login-lock/clear", FORM, "reason=x", 400),
                post("/admin/customers/%u0041/risk-hold/lift", FORM, "reason=x", 400),
                get("/admin/alerts?rule=%zz", 400),
                get("/admin/alerts/%u0041", 400),
                post("/admin/alerts/;%/resolve", FORM, "resolution=FALSE_POSITIVE&note=x", 400),
                post("/admin/alerts/6f1c2a3e-0000-4000-8000-000000000301/resolve", FORM + "; charset=no-such-charset",
                        "note=x", 415),
                post("/admin/customers/%u0041/devices/%u0041/revoke", FORM, "reason=x", 400),
                post("/admin/customers/6f1c2a3e-0000-4000-8000-000000000201/devices/;%/revoke", FORM, "reason=x", 400),
                get("/admin/campaigns?page=%zz", 400),
                get("/admin/campaigns/new?x=%ff", 400),
                get("/admin/campaigns/%u0041", 400),
                get("/admin/campaigns/6f1c2a3e-0000-4000-8000-000000000401?redemptions=%zz", 400),
                post("/admin/campaigns", FORM + "; charset=no-such-charset", "nameEn=x&reason=x", 415),
                post("/admin/campaigns", FORM, "nameEn=%zz&reason=x", 400),
                post("/admin/campaigns", "multipart/form-data", loginField, 400),
                post("/admin/campaigns/;%/pause", FORM, "reason=x", 400),
                post("/admin/campaigns/%u0041/resume", FORM, "reason=x", 400),
                post("/admin/campaigns/6f1c2a3e-0000-4000-8000-000000000401/end", FORM, "reason=%zz", 400),
                post("/admin/campaigns/6f1c2a3e-0000-4000-8000-000000000401/window", FORM + "; charset=no-such-charset",
                        "startsAt=x&endsAt=y&reason=x", 415),
                post("/admin/campaigns/;%/budget", FORM, "budget=1&reason=x", 400),
                post("/admin/campaigns/%u0041/uses", FORM, "usesPerCustomer=1&reason=x", 400),
                get("/admin/agents?x=%zz", 400),
                get("/admin/agents/%u0041", 400),
                post("/admin/agents", FORM + "; charset=no-such-charset", "username=x&password=y", 415),
                post("/admin/agents", FORM, "username=%zz&password=y", 400),
                post("/admin/agents", "multipart/form-data", loginField, 400),
                post("/admin/agents/;%/password", FORM, "password=x&reason=x", 400),
                post("/admin/agents/%u0041/disable", FORM, "reason=x", 400),
                post("/admin/agents/6f1c2a3e-0000-4000-8000-000000000501/enable", FORM, "reason=%zz", 400),
                get("/admin/password?x=%ff", 400),
                post("/admin/password", FORM, "currentPassword=%zz", 400),
                post("/admin/password", FORM + "; charset=no-such-charset", "currentPassword=x", 415),
                get("/admin/audit?agent=%zz", 400),
                get("/admin/audit?from=%u0032", 400),
                get("/admin/audit.csv?action=%ff", 400),
                get("/admin/help?q=%ff", 400),
                get("/admin/help?q=%zz", 400),
                get("/admin/customers/%u0041/bindings/%u0041/force-unbind?reason=x", 400),
                get("/admin/customers/6f1c2a3e-0000-4000-8000-000000000201/bindings/;%/force-unbind?reason=x", 400),
                post("/admin/customers/%u0041/notes", FORM, "channel=PHONE&summary=x", 400),
                post("/admin/customers/6f1c2a3e-0000-4000-8000-000000000201/notes", FORM + "; charset=no-such-charset",
                        "channel=PHONE&summary=x", 415),
                post("/admin/customers/6f1c2a3e-0000-4000-8000-000000000201/notes", FORM, "summary=%zz", 400),
                get("/admin/customers/%u0041/compensation", 400),
                get("/admin/customers/6f1c2a3e-0000-4000-8000-000000000201/compensation?page=%zz", 400),
                post("/admin/customers/;%/compensation", FORM, "kind=POINTS&points=1&reason=x", 400),
                post("/admin/customers/6f1c2a3e-0000-4000-8000-000000000201/compensation", FORM,
                        "kind=POINTS&points=%zz&reason=x", 400),
                post("/admin/customers/6f1c2a3e-0000-4000-8000-000000000201/compensation",
                        FORM + "; charset=no-such-charset", "kind=POINTS&points=1&reason=x", 415),
                get("/admin/compensations?page=%u0031", 400),
                post("/admin/compensations/%u0041/approve", FORM, "reason=x", 400),
                post("/admin/compensations/6f1c2a3e-0000-4000-8000-000000000401/reject", FORM, "reason=%zz", 400),
                get("/admin/orders/%u0041/refund", 400),
                get("/admin/orders/6f1c2a3e-0000-4000-8000-000000000201/refund?preview=1&quantity-0=%zz", 400),
                post("/admin/orders/;%/refunds", FORM, "quantity-0=1&category=DAMAGED", 400),
                post("/admin/orders/6f1c2a3e-0000-4000-8000-000000000201/refunds", FORM + "; charset=no-such-charset",
                        "quantity-0=1&category=DAMAGED", 415),
                get("/admin/approvals?done=%zz", 400),
                post("/admin/approvals/%u0041/approve", FORM, "x=1", 400),
                post("/admin/approvals/6f1c2a3e-0000-4000-8000-000000000501/reject", FORM, "reason=%zz", 400),
                get("/admin/after-sales?refused=%ff", 400),
                post("/admin/after-sales/;%/take", FORM, "x=1", 400),
                post("/admin/after-sales/6f1c2a3e-0000-4000-8000-000000000501/decline", "multipart/form-data",
                        loginField, 400),
                get("/admin/customers/%u0041/timeline", 400),
                get("/admin/customers/;%/timeline?kind=LOGIN", 400),
                get("/admin/customers/6f1c2a3e-0000-4000-8000-000000000201/timeline?kind=%zz", 400),
                get("/admin/customers/6f1c2a3e-0000-4000-8000-000000000201/timeline?page=%ff", 400),
                // the product search
                get("/search?q=%zz", 400),
                get("/search?q=%u8033", 400),
                get("/search?q=ear%00buds", 400),
                get("/search?q=%E8%80", 400),
                get("/search?q=" + "a".repeat(10_000), 414),
                get("/search?q=tea&page=%zz", 400),
                // the JSON API
                get("/api/v1/products/%u0041", 400),
                get("/api/v1/orders/;%", 400),
                get("/api/v1/orders/%u0041/payment-options", 400),
                get("/api/v1/payments/%u0041", 400),
                get("/api/v1/products?category=%zz", 400),
                get("/api/v1/products?q=%zz", 400),
                get("/api/v1/products?q=%E8%80", 400),
                get("/api/v1/products/%ff", 400),
                get("/api/v1/offers?x=%zz", 400),
                get("/api/v1/coupons?shelf=%zz", 400),
                post("/api/v1/coupons", "application/json; charset=no-such-charset", "{\"campaignId\":\"x\"}", 415),
                get("/api/v1/points?page=%u0031", 400),
                get("/api/v1/wallet-reconfirmations/%u0041/return?sign=x", 400),
                get("/api/v1/wallet-reconfirmations/ALIPAY/return?state=%zz&sign=%zz", 400),
                post("/api/v1/tokens", "application/json; charset=no-such-charset",
                        "{\"login\":\"" + LI_LEI_PHONE + "\",\"password\":\"x\"}", 415),
                post("/api/v1/tokens", "multipart/form-data", loginField, 400),
                post("/api/v1/tokens/new-device-code", "application/json; charset=no-such-charset",
                        "{\"code\":\"123456\"}", 415),
                post("/api/v1/tokens/new-device-code", "multipart/form-data", loginField, 400),
                post("/api/v1/tokens/new-device-code/resend?x=%zz", "application/json", "", 400),
                // the wallet providers' notify endpoint
                post("/wallet-notify/%u0041", FORM, "sign=x", 400),
                post("/wallet-notify/alipay", FORM + "; charset=no-such-charset", "sign=x", 415),
                post("/wallet-notify/alipay", "multipart/form-data", loginField, 400),
                // the simulated wallet apps, phone and face check, on the same server
                get("/mock-wallet/%u0041/app", 400),
                get("/mock-phone/;%", 400),
                post("/mock-wallet/faults/clear", FORM + "; charset=no-such-charset", "provider=ALIPAY", 415),
                post("/mock-wallet/accounts", "multipart/form-data", loginField, 400),
                post("/mock-wallet/account-faults", FORM + "; charset=no-such-charset", "provider=alipay", 415),
                post("/mock-wallet/alipay/app/top-up", "multipart/form-data", loginField, 400),
                post("/mock-wallet/alipay/app/payment-password", FORM + "; charset=no-such-charset", "account=1",
                        415),
                get("/mock-face/checks/%u0041", 400),
                post("/mock-face/checks/;%", FORM, "answer=IT_IS_ME", 400),
                post("/mock-face/faults", FORM + "; charset=no-such-charset", "fault=NONE", 415));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("requestsThatCannotBeRead")
    void isRefusedSayingWhatToFixWithOneLogLineAndNothingStored(String method, String target, String contentType,
                                                                String body, int status) throws SQLException {
        Stored before = stored();

        Reply reply = send(method, target, contentType, body);

        assertThat(reply.status()).isEqualTo(status);
        if (target.startsWith("/api/")) {
            assertIsAProblem(reply, status);
        } else {
            assertThat(reply.contentType()).startsWith("text/html");
            assertThat(reply.body()).contains("<h1>This request cannot be read</h1>", "Go to the home page");
        }
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", "org.hexmall", "java.");
        assertOneWarningLine();
        assertThat(stored()).as("sessions, customers and login attempts").isEqualTo(before);
    }

    @Test
    void aLoginWhosePasswordIsNotTextIsRefusedAndIsNotCountedAsAWrongPassword() throws SQLException {
        Reply loginPage = RawHttp.get(hexmall.port(), "/login");
        String cookie = loginPage.headers().get("set-cookie").split(";")[0];
        Stored before = stored();

        Reply reply = RawHttp.post(hexmall.port(), "/login", FORM,
                "_csrf=" + csrfToken(loginPage) + "&login=" + LI_LEI_PHONE + "&password=wrong%FF", "Cookie: " + cookie);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("The form arrived with a broken character code");
        assertOneWarningLine();
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aDeviceTokenHexmallNeverIssues_isRefusedBeforeThePasswordIsTried() throws SQLException {
        Stored before = stored();

        Reply login = RawHttp.post(hexmall.port(), "/api/v1/tokens", "application/json",
                "{\"login\":\"" + LI_LEI_PHONE + "\",\"password\":\"demo-pass-1\"}", "Hexmall-Device: <b>x</b>");
        Reply code = RawHttp.post(hexmall.port(), "/api/v1/tokens/new-device-code", "application/json",
                "{\"code\":\"123456\"}");

        assertThat(login.status()).isEqualTo(400);
        assertIsAProblem(login, 400);
        assertThat(json(login.body()).path("code").asText()).isEqualTo("device-token-invalid");
        assertThat(code.status()).isEqualTo(400);
        assertIsAProblem(code, 400);
        assertThat(json(code.body()).path("code").asText()).isEqualTo("device-token-missing");
        assertThat(stored()).as("no session, no login attempt").isEqualTo(before);
    }

    @Test
    void aProviderNameFromThePathCannotForgeALogLine() {
        Reply reply = RawHttp.post(hexmall.port(), "/wallet-notify/alipay%0d%0aFAKE%20ERROR%20line", FORM, "sign=x");

        assertThat(reply.status()).isEqualTo(400);
        List<String> lines = log.written();
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst()).contains("WARN", "Refused a notification for alipay\\r\\nFAKE ERROR line");
    }

    @Test
    void thePageSpeaksChineseToABrowserThatAsksForIt() {
        Reply reply = RawHttp.get(hexmall.port(), "/products/%u0041", "Accept-Language: zh-CN,zh;q=0.9");

        assertThat(reply.body()).contains("<h1>无法识别此请求</h1>", "每个“%”后面必须是两位十六进制数字");
    }

    private void assertIsAProblem(Reply reply, int status) {
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = json(reply.body());
        assertThat(problem.path("type").asText()).startsWith("https://hexmall.example/problems/");
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
    }

    private void assertOneWarningLine() {
        List<String> lines = log.written();
        assertThat(lines).as("log lines").hasSize(1);
        assertThat(lines.getFirst()).contains(" WARN ", "Refused a malformed request (").doesNotContain("Exception");
    }

    /** What a refused request must not change: sessions started, customers registered, login attempts counted. */
    private record Stored(long sessions, long customers, long loginAttempts, long failedLogins) {
    }

    private Stored stored() throws SQLException {
        try (ResultSet row = sql.createStatement().executeQuery("SELECT (SELECT COUNT(*) FROM sessions), "
                + "(SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM login_history), "
                + "(SELECT COALESCE(SUM(failed_logins), 0) FROM customers)")) {
            row.next();
            return new Stored(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4));
        }
    }

    private Reply send(String method, String target, String contentType, String body) {
        String[] headers = contentType == null ? new String[0] : new String[] {"Content-Type: " + contentType};
        return RawHttp.send(hexmall.port(), method, target, headers, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String csrfToken(Reply page) {
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the login form's token").isTrue();
        return token.group(1);
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException notJson) {
            throw new AssertionError("not JSON: " + body, notJson);
        }
    }

    private static Arguments get(String target, int status) {
        return Arguments.of("GET", target, null, "", status);
    }

    private static Arguments post(String target, String contentType, String body, int status) {
        return Arguments.of("POST", target, contentType, body, status);
    }
}
