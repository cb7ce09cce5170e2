package org.hexmall.simulator.sms;

import static org.hexmall.simulator.sms.UtcTimestamps.instant;
import static org.hexmall.simulator.sms.UtcTimestamps.utc;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.hexmall.domain.account.PhoneNumber;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;
import org.jdbi.v3.core.statement.StatementExceptions;

/** The simulated SMS outbox in its own {@code mock_sms_outbox} table, on H2 or PostgreSQL. */
final class JdbiSmsOutbox implements SmsOutbox {

    private final Jdbi jdbi;

    private JdbiSmsOutbox(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * Brings the outbox's table up to date with its own history table, apart from the store's migrations. The
     * schema already holds the store's tables, which Flyway would refuse as "not empty" without a baseline; the
     * baseline is version 0 so that V1 still runs after it.
     */
    static JdbiSmsOutbox migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/mock-sms")
                .table("flyway_history_mock_sms")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        return on(dataSource);
    }

    /** On a database whose table is up to date. */
    static JdbiSmsOutbox on(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource);
        // A failed statement's message shows its SQL, never the bound values: the texts hold verification codes.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.SHORT_STATEMENT);
        return new JdbiSmsOutbox(jdbi);
    }

    @Override
    public void add(SmsMessage message) {
        jdbi.useHandle(handle -> handle.createUpdate(
                        "INSERT INTO mock_sms_outbox (phone, text, sent_at) VALUES (:phone, :text, :sentAt)")
                .bind("phone", message.phone().value())
                .bind("text", message.text())
                .bind("sentAt", utc(message.sentAt()))
                .execute());
    }

    @Override
    public List<SmsMessage> messagesTo(PhoneNumber phone) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT phone, text, sent_at FROM mock_sms_outbox
                        WHERE phone = :phone
                        ORDER BY sent_at DESC, id DESC""")
                .bind("phone", phone.value())
                .map((row, context) -> new SmsMessage(new PhoneNumber(row.getString("phone")),
                        row.getString("text"), instant(row, "sent_at")))
                .list());
    }

    @Override
    public List<SmsMessage> latest(int limit) {
        return jdbi.withHandle(handle -> handle.createQuery("""
                        SELECT phone, text, sent_at FROM mock_sms_outbox
                        ORDER BY sent_at DESC, id DESC
                        LIMIT :limit""")
                .bind("limit", limit)
                .map((row, context) -> new SmsMessage(new PhoneNumber(row.getString("phone")),
                        row.getString("text"), instant(row, "sent_at")))
                .list());
    }
}
