package org.hexmall.domain.support;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.DomainException;

/**
 * What an agent wrote down about a customer's case: how the customer got in touch and what was said and done. Notes
 * are only ever added: one that was wrong is put right by a later note, so the file shows what each agent knew when.
 */
public record CaseNote(CustomerId customerId, Instant at, AgentId agentId, String agentUsername,
                       ContactChannel channel, String summary) {

    public static final int MAX_SUMMARY_LENGTH = 1000;

    public CaseNote {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(agentUsername, "agentUsername");
        Objects.requireNonNull(channel, "channel");
        summary = requireSummary(summary);
    }

    /** A note says something, in a length a colleague reads at a glance. */
    public static String requireSummary(String typed) {
        String summary = typed == null ? "" : typed.strip();
        if (summary.isEmpty()) {
            throw new DomainException("case-note.summary.required");
        }
        if (summary.length() > MAX_SUMMARY_LENGTH) {
            throw new DomainException("case-note.summary.too-long", MAX_SUMMARY_LENGTH);
        }
        return summary;
    }

    /** The channel a form names, "PHONE", "CHAT" or "EMAIL". */
    public static ContactChannel requireChannel(String typed) {
        for (ContactChannel channel : ContactChannel.values()) {
            if (channel.name().equals(typed)) {
                return channel;
            }
        }
        throw new DomainException("case-note.channel.required");
    }
}
