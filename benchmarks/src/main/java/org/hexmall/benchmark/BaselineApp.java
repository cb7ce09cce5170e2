package org.hexmall.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.jdbi.v3.core.Jdbi;

/**
 * The baseline, with no hexmall code in it: a raw Javalin app whose one endpoint reads a small JSON body and inserts
 * one row with JDBI, on a HikariCP pool sized as hexmall sizes its own, into a table on the same database. It is
 * about the least a JSON-over-HTTP service on this stack can do per request that writes to the database.
 */
final class BaselineApp implements AutoCloseable {

    static final String PATH = "/baseline/orders";

    private final HikariDataSource pool;
    private final Jdbi jdbi;
    private final Javalin server;
    private final ObjectMapper json = new ObjectMapper();

    private BaselineApp(String jdbcUrl, RoundTripCounter roundTrips) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("baseline");
        config.setJdbcUrl(jdbcUrl);
        // As hexmall's pool (JdbiPersistence): about two connections per core, plus one.
        config.setMaximumPoolSize(Runtime.getRuntime().availableProcessors() * 2 + 1);
        config.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        this.pool = new HikariDataSource(config);
        this.jdbi = Jdbi.create(roundTrips.counting(pool));
        jdbi.useHandle(handle -> handle.execute("""
                CREATE TABLE baseline_orders (
                    id          UUID                        NOT NULL PRIMARY KEY,
                    customer    VARCHAR(64)                 NOT NULL,
                    amount_fen  BIGINT                      NOT NULL,
                    created_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
                )"""));
        this.server = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.routes.post(PATH, this::insert);
        }).start(0);
    }

    /** @param roundTrips counts the baseline's round trips to the database, as hexmall's are counted */
    static BaselineApp start(String jdbcUrl, RoundTripCounter roundTrips) {
        return new BaselineApp(jdbcUrl, roundTrips);
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + server.port());
    }

    private void insert(Context ctx) throws Exception {
        JsonNode body = json.readTree(ctx.body());
        UUID id = UUID.randomUUID();
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO baseline_orders (id, customer, amount_fen, created_at) "
                                + "VALUES (:id, :customer, :amountFen, :createdAt)")
                .bind("id", id)
                .bind("customer", body.get("customer").asText())
                .bind("amountFen", body.get("amountFen").asLong())
                .bind("createdAt", OffsetDateTime.now(ZoneOffset.UTC))
                .execute());
        ctx.status(201).contentType("application/json").result("{\"id\":\"" + id + "\"}");
    }

    /** The baseline's operation: one POST, one row. */
    static ClosedLoop.Operation request(ApiClient api, URI base) {
        URI insert = base.resolve(PATH);
        return (client, steps) -> {
            steps.requests++;
            HttpRequest request = ApiClient.request(insert, "POST",
                    "{\"customer\":\"client-" + client + "\",\"amountFen\":12345}").build();
            api.send("POST " + PATH, request, Set.of(201));
        };
    }

    long rows() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM baseline_orders")
                .mapTo(Long.class).one());
    }

    @Override
    public void close() {
        server.stop();
        pool.close();
    }
}
