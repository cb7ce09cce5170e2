package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import org.hexmall.adapter.in.web.common.SelfSignedKeystore;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.hexmall.simulator.wallet.notification.MessageType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * hexmall started with a keystore made by {@code keytool}, as the README shows, and a client that trusts that
 * keystore's certificate and no other: the store answers over HTTPS, and only over HTTPS, on its port, tells
 * browsers to keep to HTTPS, marks its session cookie Secure, and still hears from the simulated wallet providers,
 * which reach its notify endpoint over HTTPS too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpsTest {

    private static final String KEYSTORE_PASSWORD = "keystore-pass-1";
    /** Long enough for any answer on this machine, short enough that a hang fails the test rather than stalls it. */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final String ONE_YEAR_OF_HTTPS_ONLY = "max-age=31536000";
    private static final String PAYMENT_METHODS = "/account/security/payment-methods";
    private static final Pattern TEXTED_CODE = Pattern.compile("verification code is (\\d{6})");

    private HexmallApplication hexmall;
    private SSLContext trustingTheStore;

    @BeforeAll
    void startHexmallWithAKeystore(@TempDir Path folder) {
        Path keystore = SelfSignedKeystore.createIn(folder, KEYSTORE_PASSWORD);
        trustingTheStore = SelfSignedKeystore.trustingOnly(keystore, KEYSTORE_PASSWORD);
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0)
                .withDatabaseUrl("jdbc:h2:mem:HttpsTest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .withTls(keystore, KEYSTORE_PASSWORD));
    }

    @AfterAll
    void stopHexmall() {
        hexmall.close();
    }

    @Test
    void theStorefrontAnswersOverHttpsTellingBrowsersToKeepToHttps() throws IOException, InterruptedException {
        assertThat(hexmall.baseUrl()).isEqualTo("https://localhost:" + hexmall.port());

        HttpResponse<String> home = getTrustingTheStore("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Welcome to hexmall");
        assertThat(home.headers().firstValue("Strict-Transport-Security")).contains(ONE_YEAR_OF_HTTPS_ONLY);
        assertThat(home.headers().firstValue("X-Frame-Options")).as("the other security headers").contains("DENY");
    }

    @Test
    void refusalsOverHttpsTellBrowsersToKeepToHttpsToo() throws IOException, InterruptedException {
        HttpResponse<String> unknown = getTrustingTheStore("/no/such/page");
        HttpResponse<String> overLong = getTrustingTheStore("/products/" + "a".repeat(10_000));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Strict-Transport-Security")).contains(ONE_YEAR_OF_HTTPS_ONLY);
        assertThat(overLong.statusCode()).as("refused by Jetty before Javalin sees it").isEqualTo(414);
        assertThat(overLong.headers().firstValue("Strict-Transport-Security")).contains(ONE_YEAR_OF_HTTPS_ONLY);
    }

    @Test
    void loggingInOverHttpsSetsASecureSessionCookie() {
        var hanMeimei = new HttpShopper(URI.create(hexmall.baseUrl()), trustingTheStore);

        hanMeimei.submit("/login", Map.of("login", "13800000002", "password", "demo-pass-2"));

        assertThat(hanMeimei.page("/account")).contains("Hello, 韩梅梅.");
        assertThat(hanMeimei.cookies()).as("the cookies hexmall set")
                .anySatisfy(cookie -> assertThat(cookie.getName()).isEqualTo("hexmall_shop"))
                .allSatisfy(cookie -> {
                    assertThat(cookie.getSecure()).as(cookie.getName() + " is Secure").isTrue();
                    assertThat(cookie.isHttpOnly()).as(cookie.getName() + " is HttpOnly").isTrue();
                });
    }

    @Test
    void plainHttpToTheHttpsPortGetsNoPage() {
        assertThatThrownBy(() -> get(HttpClient.newBuilder(), "http://localhost:" + hexmall.port() + "/"))
                .as("the connection is refused, not left hanging")
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateGetsNoPage() {
        assertThatThrownBy(() -> get(HttpClient.newBuilder(), hexmall.baseUrl() + "/"))
                .as("a client with the JDK's own authorities: hexmall made no one else trust its certificate")
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void aWalletProvidersNotificationReachesTheStoreOverHttps() {
        WalletSimulator wallets = hexmall.walletSimulator();
        var alipayAccount = WalletAccountIdentifier.parse(WalletProvider.ALIPAY, "13800000001");
        var liLei = new HttpShopper(URI.create(hexmall.baseUrl()), trustingTheStore);
        liLei.submit("/login", Map.of("login", "13800000001", "password", "demo-pass-1"));
        bindAlipay(liLei, wallets);
        String agreement = wallets.agreements().of(WalletProvider.ALIPAY, alipayAccount).getLast().token();

        assertThat(wallets.agreements().cancelInApp(WalletProvider.ALIPAY, agreement)).isTrue();

        assertThat(wallets.notifications().attempts()).last().satisfies(attempt -> {
            assertThat(attempt.messageType()).isEqualTo(MessageType.AGREEMENT_CANCELLED.wireName());
            assertThat(attempt.error()).as("why the notification did not arrive").isNull();
            assertThat(attempt.httpStatus()).as("the store's answer").isEqualTo(200);
        });
        assertThat(liLei.page(PAYMENT_METHODS)).contains("was unbound in the Alipay app");
    }

    /** As on the storefront's pages: add the Alipay account, type the texted code, approve in the simulated app. */
    private static void bindAlipay(HttpShopper customer, WalletSimulator wallets) {
        URI codePage = customer.submit(PAYMENT_METHODS + "/add/alipay", Map.of("account", "13800000001"));
        Matcher code = TEXTED_CODE.matcher(customer.page("/mock-phone/13800000001"));
        assertThat(code.find()).as("a verification code on the simulated phone").isTrue();
        URI authorizationPage = customer.submit(codePage.getPath(), Map.of("code", code.group(1)));
        String request = authorizationPage.getPath().substring(authorizationPage.getPath().lastIndexOf('/') + 1);
        if (!(wallets.agreements().approve(WalletProvider.ALIPAY, request, "135790")
                instanceof Approval.Approved approved)) {
            throw new AssertionError("The simulated Alipay app did not approve the binding at " + authorizationPage);
        }
        URI bound = customer.follow(approved.backToStore());
        assertThat(bound.getPath()).as("where the wallet app's way back leads").endsWith("/bound");
    }

    private HttpResponse<String> getTrustingTheStore(String path) throws IOException, InterruptedException {
        return get(HttpClient.newBuilder().sslContext(trustingTheStore), hexmall.baseUrl() + path);
    }

    /** One GET, with a client of its own, that gives up after the timeout. */
    private static HttpResponse<String> get(HttpClient.Builder client, String url)
            throws IOException, InterruptedException {
        try (HttpClient http = client.connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build()) {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
