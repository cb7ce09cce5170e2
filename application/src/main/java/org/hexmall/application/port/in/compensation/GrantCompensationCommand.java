package org.hexmall.application.port.in.compensation;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationKind;

/**
 * An agent compensates a customer with a coupon of a campaign or with points, saying why; the customer reads the
 * reason next to the coupon or the points.
 *
 * @param campaign for a coupon: the wallet coupon campaign it is a coupon of
 * @param points   for points: how many; 0 for a coupon
 * @param key      the form's one-time key: the same form sent again (a double click, a browser's resubmission) is
 *                 answered as it was the first time, and gives nothing more
 */
public record GrantCompensationCommand(AgentId agentId, CustomerId customerId, CompensationKind kind,
                                       Optional<CampaignId> campaign, long points, String reason,
                                       IdempotencyKey key) {

    public GrantCompensationCommand {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(key, "key");
        reason = AuditEntry.requireReason(reason);
        if ((kind == CompensationKind.COUPON) != campaign.isPresent()) {
            throw new IllegalArgumentException("a coupon, and only a coupon, names its campaign");
        }
        if (kind == CompensationKind.POINTS && (points < 1 || points > Compensation.MAX_POINTS)) {
            throw new DomainException("compensation.points-range", Compensation.MAX_POINTS);
        }
    }

    /**
     * Builds the command from the compensation form; throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} naming each field to fix: {@code kind},
     * {@code campaign}, {@code points}, {@code reason}, and {@code key} when the form came without its one-time key
     * (a form that is not the page's own, or one kept from before the page had a key).
     */
    public static GrantCompensationCommand fromForm(AgentId agentId, CustomerId customerId, String kind,
                                                    String campaign, String points, String reason, String key) {
        var validation = new FieldValidation();
        IdempotencyKey formKey = validation.field("key", () -> formKey(key));
        CompensationKind parsedKind = validation.field("kind", () -> kind(kind));
        Optional<CampaignId> parsedCampaign = Optional.empty();
        long parsedPoints = 0;
        if (parsedKind == CompensationKind.COUPON) {
            parsedCampaign = Optional.ofNullable(validation.field("campaign", () -> CampaignId.parse(campaign)
                    .orElseThrow(() -> new DomainException("compensation.campaign-required"))));
        } else if (parsedKind == CompensationKind.POINTS) {
            Long typed = validation.field("points", () -> points(points));
            parsedPoints = typed == null ? 0 : typed;
        }
        String checkedReason = validation.field("reason", () -> AuditEntry.requireReason(reason));
        validation.throwIfInvalid();
        return new GrantCompensationCommand(agentId, customerId, parsedKind, parsedCampaign, parsedPoints,
                checkedReason, formKey);
    }

    private static IdempotencyKey formKey(String typed) {
        if (typed == null || typed.isBlank() || typed.length() > IdempotencyKey.MAX_LENGTH) {
            throw new DomainException("compensation.form-expired");
        }
        return new IdempotencyKey(typed);
    }

    private static CompensationKind kind(String typed) {
        if ("COUPON".equals(typed)) {
            return CompensationKind.COUPON;
        }
        if ("POINTS".equals(typed)) {
            return CompensationKind.POINTS;
        }
        throw new DomainException("compensation.kind-required");
    }

    private static long points(String typed) {
        String digits = typed == null ? "" : typed.strip();
        if (!digits.matches("[0-9]{1,7}")) {
            throw new DomainException("compensation.points-range", Compensation.MAX_POINTS);
        }
        long value = Long.parseLong(digits);
        if (value < 1 || value > Compensation.MAX_POINTS) {
            throw new DomainException("compensation.points-range", Compensation.MAX_POINTS);
        }
        return value;
    }
}
