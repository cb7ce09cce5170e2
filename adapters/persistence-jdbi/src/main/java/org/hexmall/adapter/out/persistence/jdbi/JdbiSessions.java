package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.support.AgentId;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Sessions in the {@code sessions} table, where every node behind the load balancer finds them. */
public final class JdbiSessions implements Sessions {

    private static final RowMapper<Session> SESSION = new SessionRowMapper();

    private final JdbiTransactionRunner transactions;

    JdbiSessions(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    /**
     * Updates the row, or inserts it when there is none: plain SQL that both databases run, where their
     * upserts differ. Ids are fresh random tokens, so two nodes never insert the same one at once.
     */
    @Override
    public void save(Session session) {
        transactions.useCurrentHandle(handle -> {
            int replaced = bindColumns(handle.createUpdate("""
                    UPDATE sessions
                    SET principal_kind = :principalKind, principal_id = :principalId, agent_role = :agentRole,
                        csrf_token = :csrfToken, language = :language, created_at = :createdAt,
                        last_seen_at = :lastSeenAt, device_id = :deviceId
                    WHERE id = :id"""), session).execute();
            if (replaced == 0) {
                bindColumns(handle.createUpdate("""
                        INSERT INTO sessions (id, principal_kind, principal_id, agent_role, csrf_token, language,
                                              created_at, last_seen_at, device_id)
                        VALUES (:id, :principalKind, :principalId, :agentRole, :csrfToken, :language,
                                :createdAt, :lastSeenAt, :deviceId)"""), session).execute();
            }
        });
    }

    @Override
    public Optional<Session> findById(SessionId id) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT id, principal_kind, principal_id, agent_role, csrf_token, language,
                               created_at, last_seen_at, device_id
                        FROM sessions
                        WHERE id = :id""")
                .bind("id", id.value())
                .map(SESSION)
                .findOne());
    }

    @Override
    public void delete(SessionId id) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("DELETE FROM sessions WHERE id = :id")
                .bind("id", id.value())
                .execute());
    }

    @Override
    public int deleteLastSeenBefore(Instant cutoff) {
        return transactions.withCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM sessions WHERE last_seen_at < :cutoff")
                .bind("cutoff", utc(cutoff))
                .execute());
    }

    @Override
    public int deleteSignedInAs(CustomerId customer) {
        PrincipalColumns signedIn = PrincipalColumns.of(new Principal.Customer(customer));
        return transactions.withCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM sessions WHERE principal_id = :id AND principal_kind = :kind")
                .bind("id", signedIn.id())
                .bind("kind", signedIn.kind())
                .execute());
    }

    @Override
    public int deleteSignedInAs(AgentId agent) {
        return transactions.withCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM sessions WHERE principal_id = :id AND principal_kind = 'AGENT'")
                .bind("id", agent.toString())
                .execute());
    }

    @Override
    public int deleteOpenedOn(DeviceId device) {
        return transactions.withCurrentHandle(handle -> handle
                .createUpdate("DELETE FROM sessions WHERE device_id = :device")
                .bind("device", device.toString())
                .execute());
    }

    private static Update bindColumns(Update statement, Session session) {
        PrincipalColumns principal = PrincipalColumns.of(session.principal());
        return statement
                .bind("id", session.id().value())
                .bind("principalKind", principal.kind())
                .bind("principalId", principal.id())
                .bind("agentRole", principal.agentRole())
                .bind("csrfToken", session.csrfToken())
                .bind("language", session.language().tag())
                .bind("createdAt", utc(session.createdAt()))
                .bind("lastSeenAt", utc(session.lastSeenAt()))
                .bind("deviceId", session.device() == null ? null : session.device().toString());
    }
}
