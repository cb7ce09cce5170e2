package org.hexmall.application.service.support;

import java.time.ZoneId;
import java.util.List;
import org.hexmall.application.port.in.support.AuditLogPage;
import org.hexmall.application.port.in.support.AuditLogQuery;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.SearchAuditLog;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.AuditLogFilter;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditRecord;

/**
 * The reader checked against the permissions table, then one indexed query; the days of the filter are the store's,
 * from the start of the first to the end of the last.
 */
public final class SearchAuditLogService implements SearchAuditLog {

    private final Agents agents;
    private final AuditLog auditLog;
    private final TransactionRunner transactions;
    private final ZoneId storeZone;

    public SearchAuditLogService(Agents agents, AuditLog auditLog, TransactionRunner transactions,
                                 ZoneId storeZone) {
        this.agents = agents;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.storeZone = storeZone;
    }

    @Override
    public AuditLogPage search(AgentId reader, AuditLogQuery query, int page) {
        int shown = Math.max(1, page);
        return transactions.inTransaction(() -> {
            ActingAgents.permitted(agents, reader, ConsoleAction.VIEW_AUDIT_LOG);
            List<AuditRecord> found = auditLog.search(filter(query), (shown - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            return new AuditLogPage(found.subList(0, Math.min(PAGE_SIZE, found.size())), shown,
                    found.size() > PAGE_SIZE);
        });
    }

    @Override
    public List<AuditRecord> export(AgentId reader, AuditLogQuery query) {
        return transactions.inTransaction(() -> {
            ActingAgents.permitted(agents, reader, ConsoleAction.VIEW_AUDIT_LOG);
            return auditLog.search(filter(query), 0, EXPORT_LIMIT);
        });
    }

    private AuditLogFilter filter(AuditLogQuery query) {
        return new AuditLogFilter(query.agent(), query.customer(), query.action(),
                query.fromDay().map(day -> day.atStartOfDay(storeZone).toInstant()),
                query.toDay().map(day -> day.plusDays(1).atStartOfDay(storeZone).toInstant()));
    }
}
