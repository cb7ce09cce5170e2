package org.hexmall.acceptance.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.acceptance.browser.MovableClock;
import org.hexmall.acceptance.http.HttpShopper;
import org.hexmall.acceptance.http.LiLeiOverHttp;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.security.LoginLockoutPolicy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every route of a running hexmall (storefront, console, JSON API, wallet notifications, simulators), read from its
 * router, gets thousands of hostile requests: wrong types, empty and huge strings, the corners of Unicode, overflowing
 * numbers, injection strings, malformed JSON, wrong content types, unknown character sets, broken escapes, truncated
 * multipart bodies. Signed in as the customer, an agent or a supervisor with their session's form token, so that the
 * handlers' own validation is reached. Every answer must be below 500, show no stack trace or class name, and a
 * refusal (4xx) must leave the store's records and the wallets' balances as they were; under {@code /api/} a refusal
 * is the JSON API's problem ({@code application/problem+json}), even when the server could not read the request
 * line.
 *
 * <p>The inputs come from a seed: {@code -Dhexmall.hostile.seed=N}. {@code -Dhexmall.hostile.inputs=N} sets how many
 * per route (30 in the build, 10,000 for the full run), {@code -Dhexmall.hostile.routes=REGEX} picks routes by
 * "METHOD /path", and {@code -Dhexmall.hostile.case=N} replays one input; a failure prints all four.
 */
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

    private static final int INPUTS = Integer.getInteger("hexmall.hostile.inputs", 30);
    private static final long SEED = Long.getLong("hexmall.hostile.seed", 20_261_206L);
    private static final Pattern ROUTES = Pattern.compile(System.getProperty("hexmall.hostile.routes", ".*"));
    private static final int ONLY_CASE = Integer.getInteger("hexmall.hostile.case", -1);
    private static final int FINDINGS_SHOWN = 8;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final String LI_LEI_PHONE = "13800000001";
    /** The packages whose names, with their dot, show the code's insides: hexmall's own and its libraries'. */
    private static final List<String> CODE_PACKAGES = List.of("org.hexmall", "io.javalin", "org.eclipse",
            "com.fasterxml", "org.jdbi", "org.h2", "org.postgresql", "org.thymeleaf", "java.lang", "java.util",
            "jakarta");
    /** What shows a stack trace or the code's insides: a frame, a class name, a parser's position in its source. */
    private static final Pattern INSIDES = Pattern.compile("\\bat [\\w$]+(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)"
            + "|\\b[A-Z]\\w*Exception\\b|\\[Source: |\\b("
            + CODE_PACKAGES.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\.");
    /**
     * Text that every match of {@link #INSIDES} contains: a frame's ".java:", "Exception", a parser's "[Source: " or one
     * of the package names with its dot. An answer without any of them cannot show the insides, and most answers have
     * none, so the pattern runs only on the few that do: it tries every alternative at every position of the answer,
     * which was a seventh of this suite's processor time.
     */
    private static final List<String> INSIDES_CONTAIN = Stream.concat(Stream.of(".java:", "Exception", "[Source: "),
            CODE_PACKAGES.stream().map(name -> name + ".")).toList();

    private final String database = "jdbc:h2:mem:HostileInputTest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private final MovableClock clock = new MovableClock();
    private HexmallApplication hexmall;
    private Connection sql;
    private RawConnection connection;
    private StoreTotals totals;
    private SignedIn customer;
    private SignedIn agent;
    private SignedIn supervisor;
    private HostileRequests requests;

    @BeforeAll
    void startHexmallAndSignIn() throws SQLException {
        hexmall = HexmallApplication.start(HexmallConfig.defaults().withPort(0).withDatabaseUrl(database)
                // Hostile requests come "through a proxy" from made-up addresses, so that the address throttles they
                // reach do not lock out the address the suite signs in from; SignedIn waits out the locks that those
                // whose address hexmall cannot read bring on it.
                .withTrustedProxies(Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1")), clock,
                // Every hostile log-in form costs a password hash, the real one or its decoy.
                LightPasswordHashing.HASHER);
        // No chore writes between a request and the totals read after it: once the suite has moved the clock past a
        // lock, the chores find work due (unpaid orders to close, payments to reconcile), and what they wrote would
        // count against the refusal being checked.
        hexmall.stopChores();
        sql = DriverManager.getConnection(database, "", "");
        connection = new RawConnection(hexmall.port());
        totals = new StoreTotals(sql);
        URI store = URI.create(hexmall.baseUrl());
        customer = SignedIn.customer(store, clock, LI_LEI_PHONE, "demo-pass-1");
        agent = SignedIn.agent(store, clock, "agent", "agent-pass-1");
        supervisor = SignedIn.agent(store, clock, "supervisor", "supervisor-pass-1");
        customer.whenFrozen(this::unfreezeTheSuitesCustomer);
        giveTheSuitesCustomerAWalletAPaidOrderAndAnUnpaidOne();
        String openApi = connection.send("GET", "/api/openapi.json", List.of(), new byte[0]).body();
        requests = new HostileRequests(InputVocabulary.of(sources(), openApi, sql, whoTheSuiteIs()));
    }

    /**
     * Records of every kind a customer makes, so that the routes with one in their address or form (an order's page,
     * paying it, a payment's pages, a binding's unbinding, a refund request and the console's pages of each) are sent
     * hostile requests for ones the store holds, and reach the checks behind "not found": the suite's customer binds
     * Alipay, pays one order with it and asks for a refund of it, and leaves a second order waiting for payment.
     */
    private void giveTheSuitesCustomerAWalletAPaidOrderAndAnUnpaidOne() throws SQLException {
        HttpShopper device = customer.client();
        LiLeiOverHttp.bindsAlipay(device, hexmall);
        String paid = settledOrder();
        JsonNode payment = device.api("POST", "/api/v1/orders/" + paid + "/payments", null,
                UUID.randomUUID().toString(), 201);
        String walletPage = URI.create(payment.path("redirectUrl").asText()).getPath();
        device.submit(walletPage, walletPage + "/pay", Map.of("paymentPassword", LiLeiOverHttp.PAYMENT_PASSWORD));
        assertThat(device.api("GET", "/api/v1/payments/" + payment.path("paymentId").asText(), null, null, 200,
                Map.of("Prefer", "wait=10")).path("status").asText()).as("the suite's customer's payment")
                .isEqualTo("SUCCEEDED");
        RawConnection.Answer asked = sendAsCustomer("/orders/" + paid + "/after-sales",
                "quantity-0=1&category=DAMAGED&note=" + UUID.randomUUID());
        assertThat(asked.header("Location")).as("where asking for a refund led").endsWith("?asked");
        settledOrder();
    }

    /** Puts the first product in the cart and settles it on the shop's pages: the new order's id. */
    private String settledOrder() throws SQLException {
        String product;
        try (Statement query = sql.createStatement();
             ResultSet row = query.executeQuery("SELECT id FROM products ORDER BY id LIMIT 1")) {
            row.next();
            product = row.getString(1);
        }
        sendAsCustomer("/cart/add", "productId=" + product + "&quantity=1");
        RawConnection.Answer settled = sendAsCustomer("/cart/settle", "key=" + UUID.randomUUID());
        assertThat(settled.header("Location")).as("where settling the cart led").startsWith("/orders/");
        return URI.create(settled.header("Location")).getPath().substring("/orders/".length());
    }

    private RawConnection.Answer sendAsCustomer(String path, String form) {
        return connection.send("POST", path, List.of(customer.cookieHeader(),
                "Content-Type: application/x-www-form-urlencoded"),
                ("_csrf=" + customer.formToken() + "&" + form).getBytes(StandardCharsets.US_ASCII));
    }

    @AfterAll
    void stopHexmall() throws SQLException {
        connection.close();
        sql.close();
        hexmall.close();
    }

    @Test
    void everyRouteTheRoutersRegisterIsOneTheSuiteCanFill_andTheApiDocumentNamesOnlyRegisteredOnes() {
        List<String> routes = routes();
        assertThat(routes).as("the routes of a running hexmall").hasSizeGreaterThan(100);
        assertThat(routes).allSatisfy(route -> assertThat(HostileRequests.canFill(route.split(" ", 2)[1]))
                .as("the suite fills every part of %s", route).isTrue());
        Matcher documented = Pattern.compile("\"(/api/[^\"]*)\"\\s*:\\s*\\{")
                .matcher(connection.send("GET", "/api/openapi.json", List.of(), new byte[0]).body());
        Set<String> registeredPaths = new HashSet<>();
        routes.forEach(route -> registeredPaths.add(route.split(" ", 2)[1]));
        while (documented.find()) {
            assertThat(registeredPaths).as("routes registered for the documented %s", documented.group(1))
                    .contains(documented.group(1));
        }
    }

    @Test
    void theTotalsTheSuiteComparesSeeWhatAnAcceptedFormWrites() throws SQLException {
        String product;
        try (Statement query = sql.createStatement(); ResultSet row = query.executeQuery(
                "SELECT id FROM products WHERE id NOT IN (SELECT product_id FROM cart_lines) ORDER BY id LIMIT 1")) {
            row.next();
            product = row.getString(1);
        }
        customer.ensureAlive(connection);
        Map<String, Long> before = totals.now();

        RawConnection.Answer answer = connection.send("POST", "/cart/add", List.of(customer.cookieHeader(),
                "Content-Type: application/x-www-form-urlencoded"), ("_csrf=" + customer.formToken() + "&productId="
                + product + "&quantity=1").getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.status() / 100).as("an item put in the cart").isEqualTo(3);
        assertThat(StoreTotals.changes(before, totals.now())).contains("cart_lines");
    }

    @Test
    void theSuiteSignsInAgainOnceTheLockThatWrongPasswordsPutOnItsLoginHasPassed() {
        var someoneElse = new HttpShopper(URI.create(hexmall.baseUrl()));
        for (int attempt = 0; attempt < LoginLockoutPolicy.STANDARD.maxConsecutiveFailures(); attempt++) {
            someoneElse.submitAnyAnswer("/login", "/login", Map.of("login", LI_LEI_PHONE, "password", "not-it"));
        }
        assertThat(someoneElse.submitAnyAnswer("/login", "/login",
                Map.of("login", LI_LEI_PHONE, "password", "demo-pass-1")).statusCode())
                .as("the right password while the login is locked").isEqualTo(429);
        connection.send("POST", "/logout", List.of(customer.cookieHeader(),
                "Content-Type: application/x-www-form-urlencoded"),
                ("_csrf=" + customer.formToken()).getBytes(StandardCharsets.US_ASCII));
        Instant before = clock.instant();

        boolean signedInAgain = customer.ensureAlive(connection);

        assertThat(signedInAgain).as("the suite's customer signed in again after logging out").isTrue();
        assertThat(Duration.between(before, clock.instant())).as("the time hexmall's clock was moved on")
                .isGreaterThan(LoginLockoutPolicy.STANDARD.lockDuration());
        assertThat(customer.ensureAlive(connection)).as("signed in: nothing more to do").isFalse();
    }

    @Test
    void theSuiteSeesTheCodesInsidesWhereverAnAnswerShowsThem() {
        assertThat(insidesShownIn("<p>Error</p>\n\tat org.hexmall.adapter.in.web.shop.CartPages.add(CartPages.java:88)"))
                .as("a stack frame").startsWith("at org.hexmall.adapter.in.web.shop.CartPages.add(CartPages.java:88)");
        assertThat(insidesShownIn("<p>Something went wrong: IllegalStateException</p>"))
                .as("an exception's name").isEqualTo("IllegalStateException");
        assertThat(insidesShownIn("{\"detail\":\"Unexpected character ('x') at [Source: REDACTED; line: 1]\"}"))
                .as("a parser's position in its source").isEqualTo("[Source: ");
        assertThat(insidesShownIn("<p>failed in io.javalin.http.servlet.JavalinServlet</p>"))
                .as("a library's package").isEqualTo("io.javalin.");
        assertThat(insidesShownIn("<h1>我的订单</h1><p>Order 2612 0518 7730 · ¥88.00</p><a href=\"/orders\">Back</a>"))
                .as("a page that shows nothing of the code").isNull();
    }

    @TestFactory
    Stream<DynamicTest> everyRouteRefusesHostileInputWithoutA5xxAStackTraceOrAHalfWrittenRecord() {
        return routes().stream().filter(route -> ROUTES.matcher(route).find())
                .map(route -> DynamicTest.dynamicTest(route, () -> tryHostileInputsOn(route)));
    }

    private void tryHostileInputsOn(String route) {
        String method = route.split(" ", 2)[0];
        String path = route.split(" ", 2)[1];
        List<String> findings = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        long started = System.nanoTime();
        Map<String, Long> before = totals.now();
        for (int index = ONLY_CASE >= 0 ? ONLY_CASE : 0; index < (ONLY_CASE >= 0 ? ONLY_CASE + 1 : INPUTS); index++) {
            SignedIn as = whoUses(path, index);
            HostileRequest request = requests.next(method, path, as, new SplittableRandom(seedOf(route, index)));
            RawConnection.Answer answer;
            try {
                answer = connection.send(request.method(), request.target(), request.headers(), request.body());
            } catch (UncheckedIOException noAnswer) {
                findings.add(finding(route, index, request, null, "no answer: " + noAnswer.getCause()));
                before = totals.now();
                continue;
            }
            if (request.mayBreakFraming()) {
                connection.close();
            }
            statuses.merge(answer.status(), 1, Integer::sum);
            Map<String, Long> after = totals.now();
            String problem = problemWith(request, answer, before, after);
            if (problem != null && findings.size() < 1_000) {
                findings.add(finding(route, index, request, answer, problem));
            }
            before = after;
            if (as != null && (index % 25 == 24 || answer.header("location").contains("login"))
                    && as.ensureAlive(connection)) {
                before = totals.now();
            }
        }
        System.out.printf("hostile input: %-70s %6d inputs in %6d ms, answers %s, %d findings%n", route,
                statuses.values().stream().mapToInt(Integer::intValue).sum(),
                (System.nanoTime() - started) / 1_000_000, statuses, findings.size());
        assertThat(findings).as("%d findings on %s (seed %d); the first %d:%n%s", findings.size(), route, SEED,
                Math.min(FINDINGS_SHOWN, findings.size()),
                String.join("\n\n", findings.subList(0, Math.min(FINDINGS_SHOWN, findings.size())))).isEmpty();
    }

    private static String problemWith(HostileRequest request, RawConnection.Answer answer, Map<String, Long> before,
                                      Map<String, Long> after) {
        // A line break or space sent raw in the address ends the request line before "HTTP/1.1": what arrives is a
        // request of no supported version of HTTP, which the server refuses as such (505) before hexmall sees it.
        String target = request.target();
        boolean notHttp11 = target.indexOf('\r') >= 0 || target.indexOf('\n') >= 0 || target.indexOf(' ') >= 0;
        if ((answer.status() >= 500 && !(answer.status() == 505 && notHttp11)) || answer.status() < 100) {
            return "answered " + answer.status();
        }
        String contentType = answer.header("content-type");
        if (answer.status() >= 400 && !notHttp11 && target.startsWith("/api/")
                && !contentType.startsWith("application/problem+json")) {
            return "answered " + answer.status() + " as \"" + contentType + "\", not as the JSON API's problem";
        }
        String insides = insidesShownIn(answer.body());
        if (insides != null) {
            return "answered " + answer.status() + " showing the code's insides: \"" + insides + "\"";
        }
        if (answer.status() >= 400) {
            String changes = StoreTotals.changes(before, after);
            if (!changes.isEmpty()) {
                return "refused with " + answer.status() + " but changed " + changes;
            }
        }
        return null;
    }

    /** The first piece of the answer that shows the code's insides, or null. */
    private static String insidesShownIn(String body) {
        for (String mark : INSIDES_CONTAIN) {
            if (body.contains(mark)) {
                Matcher insides = INSIDES.matcher(body);
                return insides.find() ? insides.group() : null;
            }
        }
        return null;
    }

    private static String finding(String route, int index, HostileRequest request, RawConnection.Answer answer,
                                  String problem) {
        String body = answer == null ? "" : answer.body().replaceAll("\\s+", " ");
        return "case " + index + ": " + problem + "\n  " + request.describe() + "\n  answer: "
                + (body.length() > 500 ? body.substring(0, 500) + "…" : body)
                + "\n  replay: -Dhexmall.hostile.seed=" + SEED + " '-Dhexmall.hostile.routes=^" + Pattern.quote(route)
                + "$' -Dhexmall.hostile.case=" + index;
    }

    /** Each input of each route has its own random source, so that one can be replayed alone. */
    private static long seedOf(String route, int index) {
        long mixed = SEED * 0x9E3779B97F4A7C15L + route.hashCode();
        return (mixed ^ (mixed >>> 31)) * 0xBF58476D1CE4E5B9L + index;
    }

    /** Who is signed in for the route: the console's agent and supervisor in turn, the customer elsewhere. */
    private SignedIn whoUses(String path, int index) {
        if (path.startsWith("/admin")) {
            return index % 2 == 0 ? agent : supervisor;
        }
        if (path.startsWith("/wallet-notify") || path.startsWith("/static") || path.startsWith("/health")
                || path.startsWith("/images")) {
            return null;
        }
        return customer;
    }

    private List<String> routes() {
        return hexmall.routes().stream().filter(route -> METHODS.contains(route.split(" ", 2)[0])).distinct().toList();
    }

    /** As customer service would: the supervisor unfreezes the suite's customer from the console. */
    private void unfreezeTheSuitesCustomer() {
        supervisor.ensureAlive(connection);
        String page;
        try (PreparedStatement query = sql.prepareStatement("SELECT id FROM customers WHERE phone = ?")) {
            query.setString(1, LI_LEI_PHONE);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                page = "/admin/customers/" + rows.getString(1);
            }
        } catch (SQLException failed) {
            throw new IllegalStateException(failed);
        }
        int status = supervisor.client().submitAnyAnswer(page, page + "/unfreeze",
                Map.of("reason", "Frozen by hostile passwords sent to its own freeze form.")).statusCode();
        assertThat(status).as("unfreezing the suite's customer").isBetween(300, 399);
    }

    /** The ids of the customer and agents the suite signs in as, and of their devices: hostile requests leave them be. */
    private Set<String> whoTheSuiteIs() throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement query = sql.prepareStatement("SELECT id FROM customers WHERE phone = ? UNION "
                + "SELECT d.id FROM devices d JOIN customers c ON c.id = d.customer_id WHERE c.phone = ? UNION "
                + "SELECT id FROM agents WHERE username IN ('agent', 'supervisor')")) {
            query.setString(1, LI_LEI_PHONE);
            query.setString(2, LI_LEI_PHONE);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    /** The project's sources, read for the fields its pages and handlers use. */
    private static Path sources() {
        Path here = Path.of("").toAbsolutePath();
        for (Path dir = here; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("adapters")) && Files.isDirectory(dir.resolve("web-admin"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no hexmall sources above " + here);
    }
}
