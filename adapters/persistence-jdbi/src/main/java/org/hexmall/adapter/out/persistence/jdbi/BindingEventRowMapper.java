package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingStatus;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads one step of a binding's history from a row of {@code wallet_binding_events}. */
final class BindingEventRowMapper implements RowMapper<BindingEventRow> {

    @Override
    public BindingEventRow map(ResultSet row, StatementContext context) throws SQLException {
        return new BindingEventRow(row.getString("binding_id"), new BindingEvent(
                instant(row, "occurred_at"),
                BindingStatus.valueOf(row.getString("status")),
                Optional.ofNullable(row.getString("reason"))));
    }
}
