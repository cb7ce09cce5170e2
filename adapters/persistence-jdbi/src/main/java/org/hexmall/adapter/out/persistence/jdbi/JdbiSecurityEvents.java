package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.shared.Page;
import org.jdbi.v3.core.mapper.RowMapper;

/** Security events in the {@code security_events} table. */
public final class JdbiSecurityEvents implements SecurityEvents {

    private static final RowMapper<SecurityEvent> SECURITY_EVENT = (row, context) -> new SecurityEvent(
            new CustomerId(UUID.fromString(row.getString("customer_id"))),
            instant(row, "occurred_at"),
            SecurityEventKind.valueOf(row.getString("kind")),
            SecurityEvent.Source.valueOf(row.getString("source")),
            row.getString("detail"),
            row.getString("client_address"));

    private final JdbiTransactionRunner transactions;

    JdbiSecurityEvents(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void record(SecurityEvent event) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        INSERT INTO security_events (customer_id, occurred_at, kind, source, detail, client_address)
                        VALUES (:customerId, :occurredAt, :kind, :source, :detail, :clientAddress)""")
                .bind("customerId", event.customerId().toString())
                .bind("occurredAt", utc(event.at()))
                .bind("kind", event.kind().name())
                .bind("source", event.source().name())
                .bind("detail", event.detail())
                .bind("clientAddress", event.clientAddress())
                .execute());
    }

    @Override
    public Page<SecurityEvent> newestFirst(CustomerId customerId, int pageNumber, int pageSize) {
        long offset = (long) (pageNumber - 1) * pageSize;
        return transactions.withCurrentHandle(handle -> {
            // Of two events at the same instant, the one recorded later comes first.
            List<SecurityEvent> items = handle.createQuery("""
                            SELECT customer_id, occurred_at, kind, source, detail, client_address
                            FROM security_events
                            WHERE customer_id = :customerId
                            ORDER BY occurred_at DESC, id DESC
                            LIMIT :limit OFFSET :offset""")
                    .bind("customerId", customerId.toString())
                    .bind("limit", pageSize)
                    .bind("offset", offset)
                    .map(SECURITY_EVENT)
                    .list();
            // A page that is not full, and not beyond the last, is the last: the total needs no second count.
            boolean lastPage = items.size() < pageSize && (!items.isEmpty() || offset == 0);
            long total = lastPage ? offset + items.size() : handle.createQuery(
                            "SELECT COUNT(*) FROM security_events WHERE customer_id = :customerId")
                    .bind("customerId", customerId.toString())
                    .mapTo(Long.class)
                    .one();
            return new Page<>(items, pageNumber, pageSize, total);
        });
    }

    @Override
    public long countSince(CustomerId customerId, Set<SecurityEventKind> kinds, Instant since) {
        if (kinds.isEmpty()) {
            return 0;
        }
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM security_events
                        WHERE customer_id = :customerId AND occurred_at >= :since AND kind IN (<kinds>)""")
                .bind("customerId", customerId.toString())
                .bind("since", utc(since))
                .bindList("kinds", kinds.stream().map(Enum::name).sorted().toList())
                .mapTo(Long.class)
                .one());
    }
}
