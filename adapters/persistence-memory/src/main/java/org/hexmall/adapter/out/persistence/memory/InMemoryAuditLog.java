package org.hexmall.adapter.out.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.AuditLogFilter;
import org.hexmall.application.port.out.persistence.AuditLogStretch;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.support.AgentAuditEntry;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.AuditRecord;
import org.hexmall.domain.support.CampaignAuditEntry;

/** Agents' actions in memory, in the order they were appended. */
public final class InMemoryAuditLog implements AuditLog {

    private final StoreLock lock;
    private final List<AuditEntry> entries = new ArrayList<>();
    private final List<CampaignAuditEntry> campaignEntries = new ArrayList<>();
    /** Every line of every kind, in the order appended, for the audit log page. */
    private final List<AuditRecord> records = new ArrayList<>();

    InMemoryAuditLog(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void append(AuditEntry entry) {
        lock.run(() -> {
            entries.add(entry);
            records.add(AuditRecord.of(entry));
        });
    }

    @Override
    public List<AuditEntry> forCustomer(CustomerId customerId, int limit) {
        // Reversed before the stable sort, so that of two entries at the same instant the later-appended
        // comes first, as in the database adapter.
        return lock.call(() -> entries.reversed().stream()
                .filter(entry -> entry.customerId().equals(customerId))
                .sorted(Comparator.comparing(AuditEntry::at).reversed())
                .limit(limit)
                .toList());
    }

    @Override
    public void append(CampaignAuditEntry entry) {
        lock.run(() -> {
            campaignEntries.add(entry);
            records.add(AuditRecord.of(entry));
        });
    }

    @Override
    public List<CampaignAuditEntry> forCampaign(CampaignId campaignId, int limit) {
        return lock.call(() -> campaignEntries.reversed().stream()
                .filter(entry -> entry.campaignId().equals(campaignId))
                .sorted(Comparator.comparing(CampaignAuditEntry::at).reversed())
                .limit(limit)
                .toList());
    }

    @Override
    public void append(AgentAuditEntry entry) {
        lock.run(() -> records.add(AuditRecord.of(entry)));
    }

    @Override
    public List<AuditRecord> search(AuditLogFilter filter, int offset, int limit) {
        return lock.call(() -> records.reversed().stream()
                .filter(record -> filter.agent().map(record.agentId()::equals).orElse(true))
                .filter(record -> filter.customer().map(customer -> record.target() == AuditRecord.Target.CUSTOMER
                        && record.targetId().equals(customer.toString())).orElse(true))
                .filter(record -> filter.action().map(record.action()::equals).orElse(true))
                .filter(record -> filter.from().map(from -> !record.at().isBefore(from)).orElse(true))
                .filter(record -> filter.until().map(record.at()::isBefore).orElse(true))
                .sorted(Comparator.comparing(AuditRecord::at).reversed())
                .skip(offset)
                .limit(limit)
                .toList());
    }

    @Override
    public AuditLogStretch stretch(AuditLogFilter filter, Optional<AuditLogStretch.Position> after, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("a stretch holds at least one line");
        }
        // A line's sequence is its place in the order appended: of two at the same instant, the later comes first.
        Comparator<AuditLogStretch.Position> newestFirst = Comparator.comparing(AuditLogStretch.Position::at)
                .thenComparingLong(AuditLogStretch.Position::sequence).reversed();
        return lock.call(() -> {
            List<AuditLogStretch.Position> positions = new ArrayList<>();
            for (int sequence = 0; sequence < records.size(); sequence++) {
                AuditRecord record = records.get(sequence);
                AuditLogStretch.Position position = new AuditLogStretch.Position(record.at(), sequence);
                if (selects(filter, record)
                        && after.map(last -> newestFirst.compare(position, last) > 0).orElse(true)) {
                    positions.add(position);
                }
            }
            List<AuditLogStretch.Position> taken = positions.stream().sorted(newestFirst).limit(limit).toList();
            return new AuditLogStretch(taken.stream().map(position -> records.get((int) position.sequence()))
                    .toList(), taken.size() < limit ? Optional.empty() : Optional.of(taken.getLast()));
        });
    }

    private static boolean selects(AuditLogFilter filter, AuditRecord record) {
        return filter.agent().map(record.agentId()::equals).orElse(true)
                && filter.customer().map(customer -> record.target() == AuditRecord.Target.CUSTOMER
                        && record.targetId().equals(customer.toString())).orElse(true)
                && filter.action().map(record.action()::equals).orElse(true)
                && filter.from().map(from -> !record.at().isBefore(from)).orElse(true)
                && filter.until().map(record.at()::isBefore).orElse(true);
    }

    RestorePoint restorePoint() {
        List<AuditEntry> saved = List.copyOf(entries);
        List<CampaignAuditEntry> savedCampaigns = List.copyOf(campaignEntries);
        List<AuditRecord> savedRecords = List.copyOf(records);
        return () -> {
            records.clear();
            records.addAll(savedRecords);
            entries.clear();
            entries.addAll(saved);
            campaignEntries.clear();
            campaignEntries.addAll(savedCampaigns);
        };
    }
}
