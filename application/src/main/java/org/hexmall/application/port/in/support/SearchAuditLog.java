package org.hexmall.application.port.in.support;

import java.util.function.Consumer;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditRecord;

/**
 * Supervisors read the audit log of every agent ({@link ConsoleAction#VIEW_AUDIT_LOG}), filtered, a page at a time, and
 * export everything the filter selects. Both throw {@link ActionNotPermittedException} for an agent whose role may not.
 */
public interface SearchAuditLog {

    int PAGE_SIZE = 50;

    /** How many entries an export reads at a time: what it holds in memory however long the log is. */
    int EXPORT_STRETCH = 500;

    /** The page (from 1) of the entries the query selects, newest first. */
    AuditLogPage search(AgentId reader, AuditLogQuery query, int page);

    /**
     * Hands every entry the query selects to {@code each}, newest first, reading {@link #EXPORT_STRETCH} at a time,
     * each stretch starting after the last entry of the one before: a log of any length is exported whole in the same
     * memory. The reader's permission is checked before any entry is handed on.
     */
    void export(AgentId reader, AuditLogQuery query, Consumer<AuditRecord> each);
}
