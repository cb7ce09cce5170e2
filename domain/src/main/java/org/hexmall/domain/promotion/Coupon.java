package org.hexmall.domain.promotion;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.DomainException;

/**
 * A coupon or voucher a customer holds: claimed from a wallet coupon campaign, granted as cashback, or given by
 * customer service. It lowers the price of an order that meets its conditions while it is valid, once: a payment
 * reserves it, success uses it, failure gives it back.
 */
public final class Coupon {

    /** Vouchers and compensation coupons compete with each other: an order takes one of them. */
    public static final StackingGroup VOUCHERS = new StackingGroup("voucher");

    private final CouponId id;
    private final CustomerId customerId;
    private final CouponOrigin origin;
    private final CampaignId campaignId;
    private final PaymentId grantedFor;
    private final String nameEn;
    private final String nameZh;
    private final Benefit benefit;
    private final Conditions conditions;
    private final PricingLevel level;
    private final StackingGroup stackingGroup;
    private final Instant validFrom;
    private final Instant validUntil;
    private CouponStatus status;
    private PaymentId reservedFor;
    private Instant statusChangedAt;
    private final String note;

    private Coupon(CouponId id, CustomerId customerId, CouponOrigin origin, CampaignId campaignId,
                   PaymentId grantedFor, String nameEn, String nameZh, Benefit benefit, Conditions conditions,
                   PricingLevel level, StackingGroup stackingGroup, Instant validFrom, Instant validUntil,
                   CouponStatus status, PaymentId reservedFor, Instant statusChangedAt, String note) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.campaignId = campaignId;
        this.grantedFor = grantedFor;
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
        this.benefit = Objects.requireNonNull(benefit, "benefit");
        this.conditions = Objects.requireNonNull(conditions, "conditions");
        this.level = Objects.requireNonNull(level, "level");
        this.stackingGroup = Objects.requireNonNull(stackingGroup, "stackingGroup");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.validUntil = Objects.requireNonNull(validUntil, "validUntil");
        this.status = Objects.requireNonNull(status, "status");
        this.reservedFor = reservedFor;
        this.statusChangedAt = Objects.requireNonNull(statusChangedAt, "statusChangedAt");
        this.note = Objects.requireNonNull(note, "note");
        if (!benefit.lowersThePrice()) {
            throw new DomainException("promotion.coupon-benefit");
        }
        if (!validUntil.isAfter(validFrom)) {
            throw new DomainException("promotion.window-order");
        }
        if (origin != CouponOrigin.COMPENSATION && campaignId == null) {
            throw new IllegalArgumentException("a claimed coupon or a voucher comes from a campaign");
        }
    }

    /** The customer claims a wallet coupon: valid from now for the campaign's number of days. */
    public static Coupon claim(CouponId id, CustomerId customerId, Campaign campaign, Instant now) {
        if (campaign.kind() != CampaignKind.WALLET_COUPON) {
            throw new DomainException("promotion.not-claimable");
        }
        return new Coupon(id, customerId, CouponOrigin.CLAIMED, campaign.id(), null, campaign.nameEn(),
                campaign.nameZh(), campaign.benefit(), campaign.conditions(), campaign.level(),
                campaign.stackingGroup(), now, now.plus(Duration.ofDays(campaign.couponValidityDays())),
                CouponStatus.AVAILABLE, null, now, "");
    }

    /** Cashback from a payment that succeeded: a voucher for a later order, with any wallet. */
    public static Coupon cashback(CouponId id, CustomerId customerId, Campaign campaign, PaymentId paidBy,
                                  Benefit.CashbackVoucher voucher, Instant now) {
        Conditions onALaterOrder = Conditions.none().withMinimumSpend(voucher.voucherMinimumSpend());
        return new Coupon(id, customerId, CouponOrigin.CASHBACK, campaign.id(), Objects.requireNonNull(paidBy),
                campaign.nameEn(), campaign.nameZh(), new Benefit.AmountOff(voucher.amount()), onALaterOrder,
                PricingLevel.ORDER, VOUCHERS, now, now.plus(Duration.ofDays(voucher.validDays())),
                CouponStatus.AVAILABLE, null, now, "");
    }

    /** Customer service makes up for a problem with an amount off a later order. */
    public static Coupon compensation(CouponId id, CustomerId customerId, String nameEn, String nameZh,
                                      Benefit.AmountOff amountOff, Conditions conditions, int validDays,
                                      Instant now) {
        return new Coupon(id, customerId, CouponOrigin.COMPENSATION, null, null, nameEn, nameZh, amountOff,
                conditions, PricingLevel.ORDER, VOUCHERS, now, now.plus(Duration.ofDays(validDays)),
                CouponStatus.AVAILABLE, null, now, "");
    }

    /**
     * Customer service makes up for a problem with a coupon of a running wallet coupon campaign: its benefit,
     * conditions and validity, with the agent's reason for the customer to read. It draws on none of the campaign's
     * budget and counts as none of the customer's claims.
     */
    public static Coupon compensationFrom(CouponId id, CustomerId customerId, Campaign campaign, String reason,
                                          Instant now) {
        if (campaign.kind() != CampaignKind.WALLET_COUPON) {
            throw new DomainException("promotion.not-claimable");
        }
        return new Coupon(id, customerId, CouponOrigin.COMPENSATION, campaign.id(), null, campaign.nameEn(),
                campaign.nameZh(), campaign.benefit(), campaign.conditions(), campaign.level(),
                campaign.stackingGroup(), now, now.plus(Duration.ofDays(Math.max(1, campaign.couponValidityDays()))),
                CouponStatus.AVAILABLE, null, now, Objects.requireNonNull(reason, "reason"));
    }

    /** A coupon as it was stored. */
    public static Coupon reconstitute(CouponId id, CustomerId customerId, CouponOrigin origin,
                                      Optional<CampaignId> campaignId, Optional<PaymentId> grantedFor, String nameEn,
                                      String nameZh, Benefit benefit, Conditions conditions, PricingLevel level,
                                      StackingGroup stackingGroup, Instant validFrom, Instant validUntil,
                                      CouponStatus status, Optional<PaymentId> reservedFor,
                                      Instant statusChangedAt) {
        return reconstitute(id, customerId, origin, campaignId, grantedFor, nameEn, nameZh, benefit, conditions, level,
                stackingGroup, validFrom, validUntil, status, reservedFor, statusChangedAt, "");
    }

    /** A coupon as it was stored, with the note customer service gave it. */
    public static Coupon reconstitute(CouponId id, CustomerId customerId, CouponOrigin origin,
                                      Optional<CampaignId> campaignId, Optional<PaymentId> grantedFor, String nameEn,
                                      String nameZh, Benefit benefit, Conditions conditions, PricingLevel level,
                                      StackingGroup stackingGroup, Instant validFrom, Instant validUntil,
                                      CouponStatus status, Optional<PaymentId> reservedFor,
                                      Instant statusChangedAt, String note) {
        return new Coupon(id, customerId, origin, campaignId.orElse(null), grantedFor.orElse(null), nameEn, nameZh,
                benefit, conditions, level, stackingGroup, validFrom, validUntil, status, reservedFor.orElse(null),
                statusChangedAt, note);
    }

    /** True when an order could use it now: available and within its validity. */
    public boolean isUsableAt(Instant now) {
        return status == CouponStatus.AVAILABLE && !now.isBefore(validFrom) && now.isBefore(validUntil);
    }

    /** True for a coupon never used whose validity is over. */
    public boolean isExpiredAt(Instant now) {
        return status == CouponStatus.AVAILABLE && !now.isBefore(validUntil);
    }

    /** A payment starting with this coupon holds it, so that no other payment can use it too. */
    public void reserveFor(PaymentId payment, Instant now) {
        if (!isUsableAt(now)) {
            throw new DomainException("promotion.coupon-not-usable");
        }
        status = CouponStatus.RESERVED;
        reservedFor = Objects.requireNonNull(payment, "payment");
        statusChangedAt = now;
    }

    /** The payment holding it succeeded. */
    public void use(Instant now) {
        requireStatus(CouponStatus.RESERVED);
        status = CouponStatus.USED;
        statusChangedAt = now;
    }

    /** The payment holding it failed, was cancelled or closed: the customer has it again. */
    public void release(Instant now) {
        requireStatus(CouponStatus.RESERVED);
        status = CouponStatus.AVAILABLE;
        reservedFor = null;
        statusChangedAt = now;
    }

    /**
     * The order it was used on was refunded: the coupon goes back to the customer if it is still valid. Returns
     * whether it went back.
     */
    public boolean giveBackAfterRefund(Instant now) {
        requireStatus(CouponStatus.USED);
        if (!now.isBefore(validUntil)) {
            return false;
        }
        status = CouponStatus.AVAILABLE;
        reservedFor = null;
        statusChangedAt = now;
        return true;
    }

    /** A cashback voucher whose payment was refunded before the voucher was used is taken back. */
    public void withdraw(Instant now) {
        if (origin != CouponOrigin.CASHBACK) {
            throw new DomainException("promotion.not-withdrawable");
        }
        requireStatus(CouponStatus.AVAILABLE);
        status = CouponStatus.WITHDRAWN;
        statusChangedAt = now;
    }

    private void requireStatus(CouponStatus expected) {
        if (status != expected) {
            throw new DomainException("promotion.coupon-status", status, expected);
        }
    }

    public CouponId id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public CouponOrigin origin() {
        return origin;
    }

    /** The campaign it came from; none for a compensation coupon. */
    public Optional<CampaignId> campaignId() {
        return Optional.ofNullable(campaignId);
    }

    /** For a cashback voucher: the payment whose success granted it. */
    public Optional<PaymentId> grantedFor() {
        return Optional.ofNullable(grantedFor);
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public Benefit benefit() {
        return benefit;
    }

    public Conditions conditions() {
        return conditions;
    }

    public PricingLevel level() {
        return level;
    }

    public StackingGroup stackingGroup() {
        return stackingGroup;
    }

    public Instant validFrom() {
        return validFrom;
    }

    public Instant validUntil() {
        return validUntil;
    }

    public CouponStatus status() {
        return status;
    }

    /** The payment holding or having used it. */
    public Optional<PaymentId> reservedFor() {
        return Optional.ofNullable(reservedFor);
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    /** For a coupon from customer service: why the customer was given it; empty otherwise. */
    public String note() {
        return note;
    }
}
