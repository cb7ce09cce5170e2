package org.hexmall.application.port.in.support;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.support.AuditRecord;

/** One page of the audit log, newest first; {@code hasNext} when older entries follow. */
public record AuditLogPage(List<AuditRecord> entries, int page, boolean hasNext) {

    public AuditLogPage {
        entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    }
}
