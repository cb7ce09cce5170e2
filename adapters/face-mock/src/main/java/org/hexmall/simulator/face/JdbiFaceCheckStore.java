package org.hexmall.simulator.face;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.Argument;

/**
 * The simulated face checks in their own {@code mock_face_checks} table, and the demo's failure switch in
 * {@code mock_face_fault}, on H2 or PostgreSQL. (Like the other simulators, it shares no code with the store.)
 */
final class JdbiFaceCheckStore implements FaceCheckStore {

    private final Jdbi jdbi;

    private JdbiFaceCheckStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Brings the tables up to date with their own history table, apart from the store's migrations; the baseline is
     * version 0 so that V1 still runs in a schema that already holds the store's tables.
     */
    static JdbiFaceCheckStore migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/mock-face")
                .table("flyway_history_mock_face")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return on(dataSource);
    }

    /** On a database whose tables are up to date. */
    static JdbiFaceCheckStore on(DataSource dataSource) {
        return new JdbiFaceCheckStore(Jdbi.create(dataSource));
    }

    @Override
    public void save(FaceCheckSimulator.Check check) {
        jdbi.useTransaction(handle -> {
            int updated = handle.createUpdate(
                            "UPDATE mock_face_checks SET answer = :answer WHERE reference = :reference")
                    .bind("answer", check.answer().name())
                    .bind("reference", check.reference())
                    .execute();
            if (updated == 0) {
                handle.createUpdate("""
                                INSERT INTO mock_face_checks (reference, subject, return_to, answer, opened_at)
                                VALUES (:reference, :subject, :returnTo, :answer, :openedAt)""")
                        .bind("reference", check.reference())
                        .bind("subject", check.subject())
                        .bind("returnTo", check.returnTo().toString())
                        .bind("answer", check.answer().name())
                        .bind("openedAt", utc(check.openedAt()))
                        .execute();
            }
        });
    }

    @Override
    public Optional<FaceCheckSimulator.Check> find(String reference) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT reference, subject, return_to, answer, opened_at FROM mock_face_checks
                        WHERE reference = :reference""")
                .bind("reference", reference)
                .map((row, context) -> new FaceCheckSimulator.Check(row.getString("reference"),
                        row.getString("subject"), URI.create(row.getString("return_to")),
                        FaceCheckAnswer.valueOf(row.getString("answer")), instant(row, "opened_at")))
                .findOne());
    }

    @Override
    public void forgetOpenedBefore(Instant cutoff) {
        jdbi.useHandle(handle -> handle.createUpdate("DELETE FROM mock_face_checks WHERE opened_at < :cutoff")
                .bind("cutoff", utc(cutoff))
                .execute());
    }

    @Override
    public FaceFault fault() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT fault FROM mock_face_fault")
                .mapTo(String.class)
                .findOne()
                .map(FaceFault::valueOf)
                .orElse(FaceFault.NONE));
    }

    @Override
    public void setFault(FaceFault fault) {
        jdbi.useTransaction(handle -> {
            handle.execute("DELETE FROM mock_face_fault");
            handle.createUpdate("INSERT INTO mock_face_fault (fault) VALUES (:fault)")
                    .bind("fault", fault.name())
                    .execute();
        });
    }

    private static Argument utc(Instant instant) {
        return (position, statement, context) -> {
            if (instant == null) {
                statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(position, instant.atOffset(ZoneOffset.UTC));
            }
        };
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
