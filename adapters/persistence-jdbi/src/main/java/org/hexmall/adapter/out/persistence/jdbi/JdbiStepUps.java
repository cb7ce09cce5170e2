package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.StepUps;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.security.StepUpState;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Step-ups in the {@code step_ups} table. */
public final class JdbiStepUps implements StepUps {

    private static final String COLUMNS =
            "id, customer_id, action, factor, state, started_at, decided_at, face_reference";

    private static final RowMapper<StepUp> STEP_UP = (row, context) -> new StepUp(
            new StepUpId(UUID.fromString(row.getString("id"))),
            new CustomerId(UUID.fromString(row.getString("customer_id"))),
            StepUpAction.valueOf(row.getString("action")),
            StepUpFactor.valueOf(row.getString("factor")),
            StepUpState.valueOf(row.getString("state")),
            instant(row, "started_at"),
            instant(row, "decided_at"),
            row.getString("face_reference"));

    private final JdbiTransactionRunner transactions;

    JdbiStepUps(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    /** Updates the row, or inserts it when there is none, as {@link JdbiSessions#save} does. */
    @Override
    public void save(StepUp stepUp) {
        transactions.useCurrentHandle(handle -> {
            int replaced = bind(handle.createUpdate("""
                    UPDATE step_ups
                    SET factor = :factor, state = :state, decided_at = :decidedAt, face_reference = :faceReference
                    WHERE id = :id"""), stepUp).execute();
            if (replaced == 0) {
                bind(handle.createUpdate("INSERT INTO step_ups (" + COLUMNS + """
                        ) VALUES (:id, :customerId, :action, :factor, :state, :startedAt, :decidedAt,
                                  :faceReference)"""), stepUp).execute();
            }
        });
    }

    @Override
    public Optional<StepUp> findById(StepUpId id) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM step_ups WHERE id = :id")
                .bind("id", id.toString())
                .map(STEP_UP)
                .findOne());
    }

    @Override
    public Optional<StepUp> latestFor(CustomerId customer, StepUpAction action) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("SELECT " + COLUMNS + """
                         FROM step_ups
                        WHERE customer_id = :customerId AND action = :action
                        ORDER BY started_at DESC, seq DESC
                        LIMIT 1""")
                .bind("customerId", customer.toString())
                .bind("action", action.name())
                .map(STEP_UP)
                .findOne());
    }

    private static Update bind(Update statement, StepUp stepUp) {
        return statement
                .bind("id", stepUp.id().toString())
                .bind("customerId", stepUp.customer().toString())
                .bind("action", stepUp.action().name())
                .bind("factor", stepUp.factor().name())
                .bind("state", stepUp.state().name())
                .bind("startedAt", utc(stepUp.startedAt()))
                .bind("decidedAt", utc(stepUp.decidedAt()))
                .bind("faceReference", stepUp.faceReference());
    }
}
