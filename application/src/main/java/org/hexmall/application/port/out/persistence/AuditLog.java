package org.hexmall.application.port.out.persistence;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.support.AgentAuditEntry;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.AuditRecord;
import org.hexmall.domain.support.CampaignAuditEntry;

/** The append-only record of agents' actions: entries are added, never changed or removed. */
public interface AuditLog {

    void append(AuditEntry entry);

    /** The latest entries about this customer, newest first, at most {@code limit}. */
    List<AuditEntry> forCustomer(CustomerId customerId, int limit);

    /** Records a supervisor's action on a promotion campaign. */
    void append(CampaignAuditEntry entry);

    /** The latest entries about this campaign, newest first, at most {@code limit}. */
    List<CampaignAuditEntry> forCampaign(CampaignId campaignId, int limit);

    /** Records a supervisor's action on an agent's console login, or an agent's change of their own password. */
    void append(AgentAuditEntry entry);

    /**
     * The lines the filter selects, of every kind, newest first (of two at the same instant, the later appended
     * first), skipping {@code offset} of them and returning at most {@code limit}.
     */
    List<AuditRecord> search(AuditLogFilter filter, int offset, int limit);

    /**
     * At most {@code limit} of the lines the filter selects, in the order of {@link #search}, starting right after
     * {@code after} (from the newest when empty), and where the next stretch starts when more may follow. One bounded
     * read through the time index, however far into the log it starts.
     */
    AuditLogStretch stretch(AuditLogFilter filter, Optional<AuditLogStretch.Position> after, int limit);
}
