package org.hexmall.domain.support;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.PointsPolicy;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;

/**
 * An agent's compensation of a customer (补偿): a coupon of a wallet coupon campaign or points, always with the reason
 * the customer sees. Its value counts against the agent's daily limit; above the limit it is a request that a
 * supervisor other than the requester approves or rejects, once.
 *
 * @param campaignId for a coupon: the campaign it is a coupon of
 * @param nameEn     for a coupon: the campaign's name when it was asked for; empty for points
 * @param points     for points: how many; 0 for a coupon
 * @param value      what it is worth in money, the measure of the daily limit: a coupon's amount off (or its cap),
 *                   or the points' worth (100 points are ¥1)
 * @param decision   the supervisor's decision, once a request is decided
 */
public record Compensation(CompensationId id, CustomerId customerId, CompensationKind kind,
                           Optional<CampaignId> campaignId, String nameEn, String nameZh, long points, Money value,
                           String reason, AgentId requestedBy, String requestedByUsername, Instant requestedAt,
                           CompensationStatus status, Optional<Decision> decision) {

    /** The most points one compensation gives. */
    public static final long MAX_POINTS = 1_000_000;

    /** A supervisor's approval or rejection, with their reason. */
    public record Decision(AgentId by, String byUsername, String reason, Instant at) {

        public Decision {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(byUsername, "byUsername");
            Objects.requireNonNull(at, "at");
            reason = AuditEntry.requireReason(reason);
        }
    }

    public Compensation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(requestedBy, "requestedBy");
        Objects.requireNonNull(requestedByUsername, "requestedByUsername");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decision, "decision");
        reason = AuditEntry.requireReason(reason);
        if ((kind == CompensationKind.COUPON) != campaignId.isPresent()) {
            throw new IllegalArgumentException("a coupon, and only a coupon, names its campaign");
        }
        if (kind == CompensationKind.POINTS && (points < 1 || points > MAX_POINTS)) {
            throw new DomainException("compensation.points-range", MAX_POINTS);
        }
        if (kind == CompensationKind.COUPON && points != 0) {
            throw new IllegalArgumentException("a coupon gives no points");
        }
        boolean decided = status == CompensationStatus.APPROVED || status == CompensationStatus.REJECTED;
        if (decided != decision.isPresent()) {
            throw new IllegalArgumentException("an approved or rejected request, and only one, has a decision");
        }
    }

    /** Points for the customer, granted at once; {@link #requested} makes it a request instead. */
    public static Compensation points(CompensationId id, CustomerId customerId, long points, String reason,
                                      Agent agent, Instant now) {
        if (points < 1 || points > MAX_POINTS) {
            throw new DomainException("compensation.points-range", MAX_POINTS);
        }
        return new Compensation(id, customerId, CompensationKind.POINTS, Optional.empty(), "", "", points,
                PointsPolicy.valueOf(points), reason, agent.id(), agent.username().value(), now,
                CompensationStatus.GRANTED,
                Optional.empty());
    }

    /** A coupon of this campaign for the customer, worth {@code value}, granted at once. */
    public static Compensation coupon(CompensationId id, CustomerId customerId, CampaignId campaign, String nameEn,
                                      String nameZh, Money value, String reason, Agent agent, Instant now) {
        return new Compensation(id, customerId, CompensationKind.COUPON, Optional.of(campaign), nameEn, nameZh, 0,
                value, reason, agent.id(), agent.username().value(), now, CompensationStatus.GRANTED,
                Optional.empty());
    }

    /** The same compensation as a request waiting for a supervisor. */
    public Compensation requested() {
        return withStatus(CompensationStatus.PENDING, Optional.empty());
    }

    /** A supervisor decides a waiting request; the requester never decides their own. */
    public Compensation decided(boolean approve, Agent supervisor, String decisionReason, Instant now) {
        if (status != CompensationStatus.PENDING) {
            throw new DomainException("compensation.already-decided");
        }
        if (supervisor.id().equals(requestedBy)) {
            throw new DomainException("compensation.own-request");
        }
        return withStatus(approve ? CompensationStatus.APPROVED : CompensationStatus.REJECTED,
                Optional.of(new Decision(supervisor.id(), supervisor.username().value(), decisionReason, now)));
    }

    private Compensation withStatus(CompensationStatus newStatus, Optional<Decision> newDecision) {
        return new Compensation(id, customerId, kind, campaignId, nameEn, nameZh, points, value, reason, requestedBy,
                requestedByUsername, requestedAt, newStatus, newDecision);
    }
}
