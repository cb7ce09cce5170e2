package org.hexmall.application.port.in.support;

import java.util.List;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditRecord;

/**
 * Supervisors read the audit log of every agent ({@link ConsoleAction#VIEW_AUDIT_LOG}), filtered, a page at a time, and
 * export what the filter selects. Both throw {@link ActionNotPermittedException} for an agent whose role may not.
 */
public interface SearchAuditLog {

    int PAGE_SIZE = 50;

    /** The most entries one export holds; narrow the filter for more. */
    int EXPORT_LIMIT = 10_000;

    /** The page (from 1) of the entries the query selects, newest first. */
    AuditLogPage search(AgentId reader, AuditLogQuery query, int page);

    /** The entries the query selects, newest first, at most {@link #EXPORT_LIMIT}. */
    List<AuditRecord> export(AgentId reader, AuditLogQuery query);
}
