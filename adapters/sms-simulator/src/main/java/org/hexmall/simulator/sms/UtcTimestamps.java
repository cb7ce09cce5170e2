package org.hexmall.simulator.sms;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.argument.Argument;

/**
 * Instants travel as timestamps with time zone, written at UTC and read back with their offset, so that H2 and
 * PostgreSQL keep the same moment whatever zone the JVM or the server runs in. (The store's persistence adapter
 * has the same helper; the simulator shares no code with the store.)
 */
final class UtcTimestamps {

    private UtcTimestamps() {
    }

    /** The value to bind for a column; {@code instant} may be null. */
    static Argument utc(Instant instant) {
        return (position, statement, context) -> {
            if (instant == null) {
                statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                statement.setObject(position, instant.atOffset(ZoneOffset.UTC));
            }
        };
    }

    /** The instant in a column; null when the column is. */
    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
