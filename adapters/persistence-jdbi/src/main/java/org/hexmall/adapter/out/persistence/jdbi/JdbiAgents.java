package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UniqueValues.refusingDuplicates;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentUsername;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Customer-service agents in the {@code agents} table. */
public final class JdbiAgents implements Agents {

    private static final String COLUMNS =
            "id, username, display_name, role, password_hash, created_at, failed_logins, locked_until, disabled, "
                    + "must_change_password";

    private static final RowMapper<Agent> AGENT = new AgentRowMapper();

    private final JdbiTransactionRunner transactions;

    JdbiAgents(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Agent agent) {
        refusingDuplicates("an agent with this username already exists", () ->
                transactions.useCurrentHandle(handle -> bindColumns(handle.createUpdate("""
                        INSERT INTO agents (%s)
                        VALUES (:id, :username, :displayName, :role, :passwordHash, :createdAt,
                                :failedLogins, :lockedUntil, :disabled, :mustChangePassword)""".formatted(COLUMNS)),
                        agent).execute()));
    }

    @Override
    public void update(Agent agent) {
        refusingDuplicates("another agent has this username", () ->
                transactions.useCurrentHandle(handle -> bindColumns(handle.createUpdate("""
                        UPDATE agents
                        SET username = :username, display_name = :displayName, role = :role,
                            password_hash = :passwordHash, created_at = :createdAt,
                            failed_logins = :failedLogins, locked_until = :lockedUntil, disabled = :disabled,
                            must_change_password = :mustChangePassword
                        WHERE id = :id"""), agent).execute()));
    }

    @Override
    public Optional<Agent> findById(AgentId id) {
        return findOneWhere("id = :value", id.toString());
    }

    @Override
    public Optional<Agent> findByUsername(AgentUsername username) {
        return findOneWhere("username = :value", username.value());
    }

    @Override
    public List<Agent> all() {
        return transactions.withCurrentHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM agents ORDER BY username")
                .map(AGENT)
                .list());
    }

    private Optional<Agent> findOneWhere(String condition, String value) {
        return transactions.withCurrentHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM agents WHERE " + condition)
                .bind("value", value)
                .map(AGENT)
                .findOne());
    }

    private static Update bindColumns(Update statement, Agent agent) {
        return statement
                .bind("id", agent.id().toString())
                .bind("username", agent.username().value())
                .bind("displayName", agent.displayName())
                .bind("role", agent.role().name())
                .bind("passwordHash", agent.passwordHash().value())
                .bind("createdAt", utc(agent.createdAt()))
                .bind("failedLogins", agent.loginThrottle().consecutiveFailures())
                .bind("lockedUntil", utc(agent.loginThrottle().lockedUntil()))
                .bind("disabled", agent.isDisabled())
                .bind("mustChangePassword", agent.mustChangePassword());
    }
}
