package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.support.AuditRecord;

/**
 * A stretch of the audit log's lines that a filter selects, newest first, and where the next stretch starts: how a
 * whole log is read in bounded steps, each starting after the last line of the one before, so that reading it costs
 * the same memory however long it is and lines appended meanwhile neither repeat nor shift a line out.
 *
 * @param next where the next stretch starts; empty when this one reached the end
 */
public record AuditLogStretch(List<AuditRecord> records, Optional<Position> next) {

    /**
     * A line's place in the log's order: its time, and for lines at the same time the order they were appended in
     * (higher: appended later).
     */
    public record Position(Instant at, long sequence) {

        public Position {
            Objects.requireNonNull(at, "at");
        }
    }

    public AuditLogStretch {
        records = List.copyOf(records);
        Objects.requireNonNull(next, "next");
    }
}
