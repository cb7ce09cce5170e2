package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.util.List;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.CaseNotes;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.CaseNote;
import org.hexmall.domain.support.ContactChannel;

/** Case notes in the append-only {@code case_notes} table: this class only inserts and reads. */
public final class JdbiCaseNotes implements CaseNotes {

    private final JdbiTransactionRunner transactions;

    JdbiCaseNotes(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(CaseNote note) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                        INSERT INTO case_notes (customer_id, noted_at, agent_id, agent_username, channel, summary)
                        VALUES (:customerId, :notedAt, :agentId, :agentUsername, :channel, :summary)""")
                .bind("customerId", note.customerId().toString())
                .bind("notedAt", utc(note.at()))
                .bind("agentId", note.agentId().toString())
                .bind("agentUsername", note.agentUsername())
                .bind("channel", note.channel().name())
                .bind("summary", note.summary())
                .execute());
    }

    @Override
    public List<CaseNote> latest(CustomerId customerId, int limit) {
        // Of two notes at the same instant, the one added later comes first.
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT customer_id, noted_at, agent_id, agent_username, channel, summary
                        FROM case_notes
                        WHERE customer_id = :customerId
                        ORDER BY noted_at DESC, id DESC
                        LIMIT :limit""")
                .bind("customerId", customerId.toString())
                .bind("limit", limit)
                .map((row, context) -> new CaseNote(new CustomerId(UUID.fromString(row.getString("customer_id"))),
                        instant(row, "noted_at"), new AgentId(UUID.fromString(row.getString("agent_id"))),
                        row.getString("agent_username"), ContactChannel.valueOf(row.getString("channel")),
                        row.getString("summary")))
                .list());
    }
}
