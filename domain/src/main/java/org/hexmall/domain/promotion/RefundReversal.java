package org.hexmall.domain.promotion;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.shared.Money;

/**
 * Reverses an order's promotions in proportion when some of its items are refunded.
 * <ul>
 *   <li>Money: the customer gets back what they actually paid for the refunded items, after their share of the
 *       discounts and of the points discount; a line's amounts are shared among its items as
 *       {@link ItemShares} says, so that refunding every item, in any steps, gives back exactly what was paid.</li>
 *   <li>Points: the points the items earned are taken back, and the points spent on them returned, shared among
 *       items the same way; refunding everything takes back exactly the points earned. A balance never goes below
 *       zero: earned points the customer has spent already are a benefit used, like a used voucher, so the refund
 *       keeps their value (one fen a point) from its money instead ({@link PointsPolicy#takeBackable}).</li>
 *   <li>Vouchers: a cashback voucher the payment granted is due only while the order still meets the cashback's
 *       conditions. It is reversed by the refund after which the items kept of its eligible lines come to less
 *       than its minimum spend (counted as pricing did, at the start of its level), or after which none of those
 *       items is kept: withdrawn if unused; if used (or held by a payment under way) its whole value is kept from
 *       the money given back, by that refund and, for what its money could not cover, by the order's refunds after
 *       it, so that refunding in parts keeps back what refunding in one go would (unless the refunds from that one
 *       on come to less than the voucher's value); never below zero.</li>
 *   <li>Coupons: a coupon the order used goes back to the customer, if still valid, with the refund after which
 *       every item it was shared on is refunded.</li>
 *   <li>Points multipliers: of the points taken back, those a multiplier (double points) had added are told apart,
 *       shared among a line's items as the line's earned points are, so that its campaign gets back the budget
 *       (one fen a point) it paid for them.</li>
 * </ul>
 */
public final class RefundReversal {

    private RefundReversal() {
    }

    public static Reversal reverse(RefundRequest request) {
        PriceBreakdown paid = request.paid();
        List<RefundedLine> lines = new ArrayList<>();
        Money paidForItems = Money.ZERO;
        long pointsEarned = 0;
        long pointsSpent = 0;
        long boostPoints = 0;
        long[] boostPerLine = boostPointsPerLine(paid);
        for (int i = 0; i < paid.lines().size(); i++) {
            int quantity = request.refundingNow().get(i);
            if (quantity == 0) {
                continue;
            }
            RefundedLine line = refundedLine(paid.lines().get(i), i, request.alreadyRefunded().get(i), quantity);
            lines.add(line);
            paidForItems = paidForItems.plus(line.paid());
            pointsEarned += line.pointsEarnedTakenBack();
            pointsSpent += line.pointsSpentReturned();
            int before = request.alreadyRefunded().get(i);
            // Each item's share only grows with the amount shared, so it is never more than the item's earned points.
            boostPoints += ItemShares.firstItemsExtra(boostPerLine[i], paid.lines().get(i).line().quantity(), before,
                    before + quantity);
        }
        long pointsTakenBack = PointsPolicy.takeBackable(pointsEarned, pointsSpent, request.pointsBalance());
        long pointsSpentAlready = pointsEarned - pointsTakenBack;
        Money pointsDeduction = least(PointsPolicy.valueOf(pointsSpentAlready), paidForItems);
        Money moneyBack = paidForItems.minus(pointsDeduction);
        List<VoucherReversal> vouchers = new ArrayList<>();
        for (VoucherGrant grant : paid.vouchers()) {
            Optional<Coupon> voucher = request.vouchersGranted().stream()
                    .filter(coupon -> coupon.campaignId().equals(Optional.of(grant.campaign()))).findFirst();
            if (voucher.isEmpty() || !VoucherCondition.isLostAfter(paid, grant, request)) {
                continue;
            }
            Optional<VoucherReversal> reversal = reverseVoucher(grant, voucher.get(),
                    VoucherCondition.isLostBy(paid, grant, request), request.deductedBefore(voucher.get().id()),
                    moneyBack);
            if (reversal.isPresent()) {
                moneyBack = moneyBack.minus(reversal.get().deducted());
                vouchers.add(reversal.get());
            }
        }
        return new Reversal(lines, paidForItems, vouchers, moneyBack, pointsTakenBack, pointsSpent,
                pointsSpentAlready, pointsDeduction, couponsReturned(request), allRefundedAfter(request),
                boostPoints);
    }

    /**
     * The extra points the payment's multiplier added to each line: what the line earned less its share of the base
     * points, shared as pricing shared them (by what each line paid). Zero on every line without a multiplier.
     */
    private static long[] boostPointsPerLine(PriceBreakdown paid) {
        long[] extra = new long[paid.lines().size()];
        if (paid.pointsBoost().isEmpty()) {
            return extra;
        }
        long[] toPay = paid.lines().stream().mapToLong(line -> line.toPay().fen()).toArray();
        long[] base = Allocation.largestRemainder(PointsPolicy.pointsEarned(Money.ofFen(Arrays.stream(toPay).sum())),
                toPay);
        for (int i = 0; i < extra.length; i++) {
            extra[i] = Math.max(0, paid.lines().get(i).pointsEarned() - base[i]);
        }
        return extra;
    }

    private static RefundedLine refundedLine(LinePrice price, int index, int before, int quantity) {
        int items = price.line().quantity();
        int to = before + quantity;
        Money goods = price.line().unitPrice().times(quantity);
        Money paid = Money.ofFen(ItemShares.firstItemsExtra(price.toPay().fen(), items, before, to));
        Money points = Money.ofFen(ItemShares.lastItemsExtra(price.pointsDiscount().fen(), items, before, to));
        long earned = ItemShares.firstItemsExtra(price.pointsEarned(), items, before, to);
        return new RefundedLine(index, price.line(), quantity, goods, goods.minus(paid).minus(points), points, paid,
                earned, points.fen());
    }

    /**
     * What this refund does to a voucher the order no longer earns. The refund that took the order below its
     * conditions withdraws it if unused; a used one (or one held by a payment under way) has the rest of its value
     * kept from the money this refund gives back, whether this refund or one before it took the order below them.
     */
    private static Optional<VoucherReversal> reverseVoucher(VoucherGrant grant, Coupon voucher, boolean lostNow,
                                                            Money deductedBefore, Money moneyLeft) {
        Money before = least(deductedBefore, grant.value());
        return switch (voucher.status()) {
            case AVAILABLE -> lostNow ? Optional.of(new VoucherReversal(grant.campaign(), voucher.id(),
                    VoucherReversal.Action.WITHDRAW, grant.value(), before, Money.ZERO)) : Optional.empty();
            case WITHDRAWN -> lostNow ? Optional.of(new VoucherReversal(grant.campaign(), voucher.id(),
                    VoucherReversal.Action.ALREADY_WITHDRAWN, grant.value(), before, Money.ZERO)) : Optional.empty();
            case USED, RESERVED -> {
                Money owed = grant.value().minus(before);
                Money deducted = least(owed, moneyLeft);
                yield lostNow || !deducted.isZero() ? Optional.of(new VoucherReversal(grant.campaign(), voucher.id(),
                        VoucherReversal.Action.DEDUCT_FROM_REFUND, grant.value(), before, deducted))
                        : Optional.empty();
            }
        };
    }

    private static Money least(Money one, Money other) {
        return one.compareTo(other) <= 0 ? one : other;
    }

    private static List<CouponReturn> couponsReturned(RefundRequest request) {
        List<CouponReturn> returned = new ArrayList<>();
        for (AppliedDiscount discount : request.paid().discounts()) {
            if (!(discount.source() instanceof OfferRef.OfCoupon source)) {
                continue;
            }
            boolean allBefore = true;
            boolean allAfter = true;
            for (int i = 0; i < discount.perLine().size(); i++) {
                if (discount.perLine().get(i).isZero()) {
                    continue;
                }
                int items = request.paid().lines().get(i).line().quantity();
                allBefore &= request.alreadyRefunded().get(i) == items;
                allAfter &= request.alreadyRefunded().get(i) + request.refundingNow().get(i) == items;
            }
            if (allAfter && !allBefore) {
                request.couponsUsed().stream().filter(coupon -> coupon.id().equals(source.id())).findFirst()
                        .ifPresent(coupon -> returned.add(new CouponReturn(coupon.id(), coupon.nameEn(),
                                coupon.nameZh(), request.now().isBefore(coupon.validUntil()))));
            }
        }
        return returned;
    }

    private static boolean allRefundedAfter(RefundRequest request) {
        for (int i = 0; i < request.paid().lines().size(); i++) {
            int items = request.paid().lines().get(i).line().quantity();
            if (request.alreadyRefunded().get(i) + request.refundingNow().get(i) < items) {
                return false;
            }
        }
        return true;
    }
}
