package org.hexmall.domain.refund;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.promotion.AppliedDiscount;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.CouponReturn;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.promotion.RefundReversal;
import org.hexmall.domain.promotion.RefundRequest;
import org.hexmall.domain.promotion.RefundedLine;
import org.hexmall.domain.promotion.Reversal;
import org.hexmall.domain.promotion.VoucherReversal;
import org.hexmall.domain.shared.Money;

/**
 * The arithmetic of a refund before it is made: per line what the items cost, what discounts and points took off
 * them and what the customer paid for them; the value of earned points already spent and of used vouchers kept
 * back; the money that goes back to the wallet; and what the refund undoes of the promotions. An order paid with a
 * frozen price is refunded as {@link RefundReversal} says; an order paid without one gives back the items' line
 * prices.
 *
 * @param reversal the promotions' reversal, for an order paid with a frozen price
 */
public record RefundQuote(List<RefundLine> lines, Money paidForItems, Money moneyBack, RefundEffects effects,
                          Optional<Reversal> reversal) {

    public RefundQuote {
        lines = List.copyOf(lines);
        Objects.requireNonNull(paidForItems, "paidForItems");
        Objects.requireNonNull(moneyBack, "moneyBack");
        Objects.requireNonNull(effects, "effects");
        Objects.requireNonNull(reversal, "reversal");
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("a refund gives back at least one item");
        }
    }

    /** A refund of an order paid without promotions: each item gives back its price. */
    public static RefundQuote plain(List<OrderLine> orderLines, List<Integer> quantities) {
        List<RefundLine> lines = new ArrayList<>();
        Money total = Money.ZERO;
        for (int i = 0; i < orderLines.size(); i++) {
            int quantity = quantities.get(i);
            if (quantity == 0) {
                continue;
            }
            OrderLine line = orderLines.get(i);
            Money goods = line.unitPrice().times(quantity);
            lines.add(new RefundLine(i, line.nameEn(), line.nameZh(), quantity, goods, Money.ZERO, Money.ZERO, goods));
            total = total.plus(goods);
        }
        return new RefundQuote(lines, total, total, RefundEffects.NONE, Optional.empty());
    }

    /** A refund of an order paid with a frozen price: its promotions are reversed in proportion. */
    public static RefundQuote reversing(RefundRequest request) {
        Reversal reversal = RefundReversal.reverse(request);
        List<RefundLine> lines = new ArrayList<>();
        for (RefundedLine line : reversal.lines()) {
            lines.add(new RefundLine(line.lineIndex(), line.line().nameEn(), line.line().nameZh(), line.quantity(),
                    line.goods(), line.discounts(), line.pointsDiscount(), line.paid()));
        }
        Map<CouponId, Money> vouchersDeducted = new LinkedHashMap<>();
        reversal.vouchers().stream().filter(voucher -> !voucher.deducted().isZero())
                .forEach(voucher -> vouchersDeducted.merge(voucher.voucher(), voucher.deducted(), Money::plus));
        RefundEffects effects = new RefundEffects(reversal.pointsEarnedTakenBack(), reversal.pointsSpentReturned(),
                reversal.pointsEarnedSpent(), reversal.pointsDeduction(),
                reversal.vouchers().stream().filter(voucher -> voucher.action() == VoucherReversal.Action.WITHDRAW)
                        .map(VoucherReversal::voucher).toList(),
                vouchersDeducted,
                reversal.couponsReturned().stream().filter(CouponReturn::stillValid).map(CouponReturn::coupon)
                        .toList(),
                budgetReversals(request, reversal));
        return new RefundQuote(lines, reversal.paidForItems(), reversal.moneyBack(), effects,
                Optional.of(reversal));
    }

    /**
     * What the payment's discounts drew on each campaign's budget: what it claimed of the campaign, less the vouchers
     * it earned of it and the extra points it paid for, which it claimed too.
     */
    private static Map<CampaignId, Long> drawnByDiscounts(PriceBreakdown paid) {
        Map<CampaignId, Long> drawn = new LinkedHashMap<>();
        paid.budgetClaims().forEach(claim -> drawn.merge(claim.campaign(), claim.amount().fen(), Long::sum));
        paid.vouchers().forEach(grant -> drawn.merge(grant.campaign(), -grant.voucher().amount().fen(), Long::sum));
        paid.pointsBoost().ifPresent(boost -> drawn.merge(boost.campaign(), -boost.extraPoints(), Long::sum));
        return drawn;
    }

    /** The quantities refunded, following the order's lines. */
    public List<Integer> quantities(int lineCount) {
        List<Integer> quantities = new ArrayList<>(java.util.Collections.nCopies(lineCount, 0));
        lines.forEach(line -> quantities.set(line.lineIndex(), line.quantity()));
        return quantities;
    }

    /** Discounts taken off the refunded items, all lines together. */
    public Money discounts() {
        return lines.stream().map(RefundLine::discounts).reduce(Money.ZERO, Money::plus);
    }

    /** The points discount taken off the refunded items, all lines together. */
    public Money pointsDiscount() {
        return lines.stream().map(RefundLine::pointsDiscount).reduce(Money.ZERO, Money::plus);
    }

    /** The refunded items' goods amount, all lines together. */
    public Money goods() {
        return lines.stream().map(RefundLine::goods).reduce(Money.ZERO, Money::plus);
    }

    /**
     * Each campaign's share of the discounts on the refunded items (shared among a line's items as the amount paid
     * is, the first items taking the extra fen), the value of the vouchers the refund withdraws or keeps back, and
     * the fen a points multiplier paid for the extra points the refund takes back (one fen a point). A discount gives
     * back only what it drew on its campaign's budget through this payment: a voucher the customer earned before was
     * paid for by the payment that earned it, so its share on the refunded items is none of this payment's budget.
     */
    private static List<BudgetReversal> budgetReversals(RefundRequest request, Reversal reversal) {
        PriceBreakdown paid = request.paid();
        Map<CampaignId, Long> drawnByDiscounts = drawnByDiscounts(paid);
        Map<CampaignId, Long> fen = new LinkedHashMap<>();
        for (AppliedDiscount discount : paid.discounts()) {
            Optional<CampaignId> campaign = discount.source().campaignId();
            if (campaign.isEmpty() || drawnByDiscounts.getOrDefault(campaign.get(), 0L) <= 0) {
                continue;
            }
            long share = 0;
            for (int i = 0; i < discount.perLine().size(); i++) {
                int items = paid.lines().get(i).line().quantity();
                int before = request.alreadyRefunded().get(i);
                share += firstItemsExtra(discount.perLine().get(i).fen(), items, before,
                        before + request.refundingNow().get(i));
            }
            if (share > 0) {
                fen.merge(campaign.get(), share, Long::sum);
            }
        }
        fen.replaceAll((campaign, shares) -> Math.min(shares, drawnByDiscounts.get(campaign)));
        for (VoucherReversal voucher : reversal.vouchers()) {
            long value = switch (voucher.action()) {
                case WITHDRAW -> voucher.value().fen();
                case DEDUCT_FROM_REFUND -> voucher.deducted().fen();
                case ALREADY_WITHDRAWN -> 0;
            };
            if (value > 0) {
                fen.merge(voucher.campaign(), value, Long::sum);
            }
        }
        if (reversal.boostPointsTakenBack() > 0) {
            paid.pointsBoost().ifPresent(boost -> fen.merge(boost.campaign(), reversal.boostPointsTakenBack(),
                    Long::sum));
        }
        List<BudgetReversal> reversals = new ArrayList<>();
        fen.forEach((campaign, amount) -> reversals.add(new BudgetReversal(campaign, Money.ofFen(amount))));
        return reversals;
    }

    private static long firstItemsExtra(long total, int quantity, int from, int to) {
        long extras = total % quantity;
        return (to - from) * (total / quantity) + Math.max(0, Math.min(to, extras) - from);
    }
}
