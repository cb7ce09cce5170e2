package org.hexmall.application.service.support;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.hexmall.application.port.in.support.AuditLogPage;
import org.hexmall.application.port.in.support.AuditLogQuery;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.SearchAuditLog;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.AuditLogFilter;
import org.hexmall.application.port.out.persistence.AuditLogStretch;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditRecord;

/**
 * The reader checked against the permissions table, then one indexed query (for an export, one per stretch); the
 * days of the filter are the store's, from the start of the first to the end of the last.
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
    public void export(AgentId reader, AuditLogQuery query, Consumer<AuditRecord> each) {
        transactions.inTransaction(() -> {
            ActingAgents.permitted(agents, reader, ConsoleAction.VIEW_AUDIT_LOG);
        });
        AuditLogFilter filter = filter(query);
        // Each stretch in a transaction of its own: none stays open while the entries are written out.
        Optional<AuditLogStretch.Position> after = Optional.empty();
        do {
            Optional<AuditLogStretch.Position> from = after;
            AuditLogStretch stretch = transactions.inTransaction(() -> auditLog.stretch(filter, from, EXPORT_STRETCH));
            stretch.records().forEach(each);
            after = stretch.next();
        } while (after.isPresent());
    }

    private AuditLogFilter filter(AuditLogQuery query) {
        return new AuditLogFilter(query.agent(), query.customer(), query.action(),
                query.fromDay().map(day -> day.atStartOfDay(storeZone).toInstant()),
                query.toDay().map(day -> day.plusDays(1).atStartOfDay(storeZone).toInstant()));
    }
}
