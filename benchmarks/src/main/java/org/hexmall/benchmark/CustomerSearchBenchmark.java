package org.hexmall.benchmark;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.checkout.OrderNumberPermutation;
import org.postgresql.copy.CopyManager;
import org.postgresql.core.BaseConnection;

/**
 * How long the console's customer search takes with a million customers: loads {@code bench.customers} customers
 * (1,000,000) and {@code bench.orders} orders (200,000) into a PostgreSQL schema of its own, then logs in as the
 * demo agent and searches on {@code /admin/customers} one request at a time, by the start of a phone number, a whole
 * phone number, an email address, a name and an order number, each with other values picked at random from what
 * was loaded, and opens customers' pages; it prints the latency percentiles of each and the machine's load average.
 *
 * <p>Run by hand (see docs/benchmarks.md). Settings, as system properties: {@code bench.customers} (1000000),
 * {@code bench.orders} (200000), {@code bench.warmups} (20 per kind), {@code bench.requests} (200 per kind),
 * {@code bench.reuse} (false: true measures the schema as the last run left it).
 */
public final class CustomerSearchBenchmark {

    static final String SCHEMA = "hexmall_search_bench";
    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
    private static final ZoneId STORE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "高", "林", "罗"};
    private static final String[] SURNAMES_PINYIN = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao",
        "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin", "Luo"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
        "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "华", "金凤", "志强", "海燕", "晓明",
        "雪", "红", "建国", "玉兰", "子涵", "欣怡", "梓萱", "浩然", "宇轩", "雨桐", "梅梅"};
    private static final String[] GIVEN_PINYIN = {"Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun",
        "Yang"};
    private static final String[] MAIL_DOMAINS = {"qq.com", "163.com", "example.com"};

    private CustomerSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int customers = Integer.getInteger("bench.customers", 1_000_000);
        int orders = Integer.getInteger("bench.orders", 200_000);
        int warmups = Integer.getInteger("bench.warmups", 20);
        int requests = Integer.getInteger("bench.requests", 200);
        boolean reuse = Boolean.getBoolean("bench.reuse");
        String serverUrl = System.getenv().getOrDefault("HEXMALL_BENCH_DB_URL", DEFAULT_URL);
        String url = serverUrl + (serverUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        if (!reuse) {
            freshSchema(serverUrl);
        }
        Path target = Path.of("benchmarks", "target").toAbsolutePath();
        System.out.println("load average at the start: " + loadAverage());

        try (HexmallApplication hexmall = HexmallApplication.start(config(url, target))) {
            if (!reuse) {
                load(url, customers, orders);
            }
            List<String> orderNumbers = orderNumbers(url);
            List<String> customerIds = customerIds(url);
            StorefrontVisitor agent = new StorefrontVisitor(URI.create(hexmall.baseUrl()));
            StorefrontVisitor.redirectOf("Console login", agent.submit("/admin/login", "/admin/login",
                    Map.of("username", "agent", "password", "agent-pass-1")));

            SplittableRandom random = new SplittableRandom(2026_12_06L);
            Map<String, IntFunction<String>> searches = new LinkedHashMap<>();
            searches.put("phone, first 7 digits", i -> search(phone(pick(random, customers)).substring(0, 7)));
            searches.put("phone, first 3 digits", i -> search(phone(pick(random, customers)).substring(0, 3)));
            searches.put("phone, last 4 digits", i -> search(phone(pick(random, customers)).substring(7)));
            searches.put("phone, all 11 digits", i -> search(phone(pick(random, customers))));
            searches.put("email, whole", i -> search(email(pick(random, customers / 5) * 5)));
            searches.put("email, first 6 characters", i -> search(email(pick(random, customers / 5) * 5)
                    .substring(0, 6)));
            searches.put("name, whole (2 to 4 characters)", i -> search(name(pick(random, customers))));
            searches.put("name, surname (1 character)", i -> search(SURNAMES[random.nextInt(SURNAMES.length)]));
            searches.put("order number", i -> search(orderNumbers.get(random.nextInt(orderNumbers.size()))));
            searches.put("customer page", i -> "/admin/customers/" + customerIds.get(random.nextInt(customerIds.size())));

            System.out.printf(Locale.ROOT, "%d warm-ups and %d requests per kind, one after another:%n", warmups,
                    requests);
            System.out.println("| what the agent types | p50 | p95 | p99 | max |");
            System.out.println("|---|---|---|---|---|");
            for (Map.Entry<String, IntFunction<String>> kind : searches.entrySet()) {
                for (int i = 0; i < warmups; i++) {
                    open(agent, kind.getValue().apply(i));
                }
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < requests; i++) {
                    String path = kind.getValue().apply(i);
                    long start = System.nanoTime();
                    open(agent, path);
                    millis.add((System.nanoTime() - start) / 1e6);
                }
                Collections.sort(millis);
                System.out.printf(Locale.ROOT, "| %s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |%n", kind.getKey(),
                        percentile(millis, 50), percentile(millis, 95), percentile(millis, 99), millis.getLast());
            }
        }
        System.out.println("load average at the end: " + loadAverage());
    }

    /** Answers 200 with the page, or a redirect to an order (a search by its number). */
    private static void open(StorefrontVisitor agent, String path) {
        HttpResponse<String> page = agent.get(path);
        boolean toOrder = page.statusCode() == 302
                && page.headers().firstValue("Location").orElse("").startsWith("/admin/orders/");
        if (page.statusCode() != 200 && !toOrder) {
            throw new IllegalStateException("GET " + path + " answered " + page.statusCode());
        }
    }

    private static String search(String text) {
        return "/admin/customers?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int pick(SplittableRandom random, int upTo) {
        return 1 + random.nextInt(upTo);
    }

    // The made-up customers: the same formulas as the SQL below, so that searches find what was loaded.

    static String phone(long n) {
        return "1" + (3 + n % 7) + "%09d".formatted((n * 7919) % 1_000_000_000L);
    }

    static String email(long n) {
        return "user" + n + "@" + MAIL_DOMAINS[(int) (n % 3)];
    }

    static String name(long n) {
        return n % 4 == 0
                ? SURNAMES_PINYIN[(int) (n % 20)] + " " + GIVEN_PINYIN[(int) ((n / 20) % 10)]
                : SURNAMES[(int) (n % 20)] + GIVEN[(int) ((n / 20) % 40)];
    }

    private static void load(String url, int customers, int orders) throws Exception {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            // Indexes are quicker built once over the loaded rows than kept up row by row: the search's are dropped
            // and built again from their own definitions (V33).
            List<String> searchIndexes = new ArrayList<>();
            try (ResultSet indexes = statement.executeQuery("""
                    SELECT indexname, indexdef FROM pg_indexes
                    WHERE schemaname = current_schema() AND tablename = 'customers'
                      AND (indexname LIKE 'customers!_%!_start' ESCAPE '!'
                           OR indexname LIKE 'customers!_%!_trigrams' ESCAPE '!')""")) {
                while (indexes.next()) {
                    searchIndexes.add(indexes.getString("indexdef"));
                    statement.addBatch("DROP INDEX " + indexes.getString("indexname"));
                }
            }
            statement.executeBatch();

            long start = System.nanoTime();
            statement.execute("""
                    INSERT INTO customers (id, phone, email, display_name, password_hash, status, registered_at,
                        failed_logins, locked_until)
                    SELECT md5('bench-customer-' || n)::uuid::text,
                           '1' || (3 + n %% 7) || lpad(((n * 7919) %% 1000000000)::text, 9, '0'),
                           CASE WHEN n %% 5 = 0 THEN 'user' || n || '@' || (%s)[1 + n %% 3] END,
                           CASE WHEN n %% 4 = 0 THEN (%s)[1 + n %% 20] || ' ' || (%s)[1 + (n / 20) %% 10]
                                ELSE (%s)[1 + n %% 20] || (%s)[1 + (n / 20) %% 40] END,
                           '$argon2id$v=19$m=19456,t=2,p=1$YmVuY2hzYWx0$YmVuY2hoYXNoYmVuY2hoYXNo',
                           'ACTIVE', now() - make_interval(secs => n * 30), 0, NULL
                    FROM generate_series(1::bigint, %d) AS n
                    ON CONFLICT DO NOTHING""".formatted(array(MAIL_DOMAINS), array(SURNAMES_PINYIN),
                    array(GIVEN_PINYIN), array(SURNAMES), array(GIVEN), customers));
            System.out.printf(Locale.ROOT, "loaded %,d customers in %.1f s%n", customers, seconds(start));

            start = System.nanoTime();
            copyOrders(connection, orders, customers);
            statement.execute("""
                    INSERT INTO order_lines (order_id, line_number, product_id, name_en, name_zh, category,
                        unit_price_fen, quantity)
                    SELECT id, 1, 'BOOK-0004', 'Bench book', '基准书', 'BOOKS', 1980, 1 FROM orders""");
            System.out.printf(Locale.ROOT, "loaded %,d orders with a line each in %.1f s%n", orders, seconds(start));

            start = System.nanoTime();
            for (String index : searchIndexes) {
                statement.execute(index);
            }
            statement.execute("VACUUM ANALYZE customers");
            statement.execute("VACUUM ANALYZE orders");
            System.out.printf(Locale.ROOT, "built %d search indexes and analysed in %.1f s%n", searchIndexes.size(),
                    seconds(start));
        }
    }

    /**
     * Orders with sixteen-digit numbers as the store issues them, for random made-up customers, by COPY; each gets
     * one line afterwards.
     */
    private static void copyOrders(Connection connection, int orders, int customers) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        OrderNumberPermutation shuffle = OrderNumberPermutation.forOrderNumbers(key);
        SplittableRandom random = new SplittableRandom(6L);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        StringBuilder rows = new StringBuilder();
        for (int serial = 1; serial <= orders; serial++) {
            Instant placed = now.minusSeconds(random.nextLong(365L * 86_400));
            LocalDate day = placed.atZone(STORE_ZONE).toLocalDate();
            rows.append(uuidOf("bench-order-" + serial)).append(',')
                    .append(OrderNumber.issue(day, serial, shuffle).value()).append(',')
                    .append(uuidOf("bench-customer-" + (1 + random.nextInt(customers)))).append(',')
                    .append(placed).append(",PAID,").append(placed).append('\n');
        }
        new CopyManager(connection.unwrap(BaseConnection.class)).copyIn(
                "COPY orders (id, order_number, customer_id, placed_at, status, status_changed_at) FROM STDIN "
                        + "WITH (FORMAT csv)", new StringReader(rows.toString()));
    }

    /** PostgreSQL's {@code md5(text)::uuid}. */
    private static String uuidOf(String text) throws NoSuchAlgorithmException {
        String hex = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-"
                + hex.substring(16, 20) + "-" + hex.substring(20);
    }

    private static String array(String[] values) {
        StringBuilder sql = new StringBuilder("ARRAY[");
        for (int i = 0; i < values.length; i++) {
            sql.append(i == 0 ? "" : ",").append('\'').append(values[i]).append('\'');
        }
        return sql.append(']').toString();
    }

    private static List<String> orderNumbers(String url) throws SQLException {
        return column(url, "SELECT order_number FROM orders ORDER BY random() LIMIT 5000");
    }

    private static List<String> customerIds(String url) throws SQLException {
        return column(url, "SELECT id FROM customers ORDER BY random() LIMIT 5000");
    }

    private static List<String> column(String url, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** hexmall with the demo accounts and catalog, no made-up history of its own, on the benchmark's schema. */
    private static HexmallConfig config(String url, Path target) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_PORT", "0",
                "HEXMALL_DB_URL", url,
                "HEXMALL_DATA_DIR", target.resolve("search-bench-data").toString(),
                "HEXMALL_FIELD_KEY", Base64.getEncoder().encodeToString(key),
                "HEXMALL_DEMO_DATA", "true",
                "HEXMALL_DEMO_HISTORY", "off"));
    }

    private static void freshSchema(String serverUrl) throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            System.out.println("database: PostgreSQL " + connection.getMetaData().getDatabaseProductVersion()
                    + ", schema " + SCHEMA + " (dropped and created afresh)");
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (Exception unreadable) {
            return "(unknown: no /proc/loadavg)";
        }
    }

    private static double percentile(List<Double> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
