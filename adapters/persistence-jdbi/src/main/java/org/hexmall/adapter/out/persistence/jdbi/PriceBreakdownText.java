package org.hexmall.adapter.out.persistence.jdbi;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.promotion.AppliedDiscount;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.BudgetClaim;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.LinePrice;
import org.hexmall.domain.promotion.OfferRef;
import org.hexmall.domain.promotion.PointsBoost;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.promotion.PricingLevel;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.promotion.VoucherGrant;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A frozen price breakdown as one text: a record a line, its fields separated by tabs, names percent-encoded so that
 * no name can break a record. The offers not applied are not written.
 */
final class PriceBreakdownText {

    private static final String NONE = "~";

    private PriceBreakdownText() {
    }

    static String write(PriceBreakdown breakdown) {
        List<String> records = new ArrayList<>();
        records.add(record("price", breakdown.wallet().name(), breakdown.pointsSpent(), breakdown.pointsToEarn()));
        for (LinePrice line : breakdown.lines()) {
            OrderLine ordered = line.line();
            records.add(record("line", text(ordered.productId().value()), text(ordered.nameEn()),
                    text(ordered.nameZh()), ordered.category().name(), ordered.unitPrice().fen(), ordered.quantity(),
                    line.discounts().fen(), line.pointsDiscount().fen(), line.toPay().fen(), line.pointsEarned()));
        }
        for (AppliedDiscount discount : breakdown.discounts()) {
            records.add(record("discount", ref(discount.source()), text(discount.nameEn()), text(discount.nameZh()),
                    discount.level().name(), discount.group().name(), discount.amount().fen(),
                    String.join(",", discount.perLine().stream().map(share -> Long.toString(share.fen())).toList())));
        }
        breakdown.pointsBoost().ifPresent(boost -> records.add(record("boost", boost.campaign(),
                text(boost.nameEn()), text(boost.nameZh()), boost.factor(), boost.extraPoints())));
        for (VoucherGrant grant : breakdown.vouchers()) {
            Benefit.CashbackVoucher voucher = grant.voucher();
            records.add(record("voucher", grant.campaign(), text(grant.nameEn()), text(grant.nameZh()),
                    voucher.amount().fen(), voucher.voucherMinimumSpend().fen(), voucher.validDays(),
                    grant.level().name(), grant.minimumSpend().fen(),
                    String.join(",", grant.eligibleLines().stream().map(String::valueOf).toList())));
        }
        for (BudgetClaim claim : breakdown.budgetClaims()) {
            records.add(record("claim", claim.campaign(), claim.amount().fen(), claim.countsAsUse()));
        }
        for (CouponId coupon : breakdown.couponsUsed()) {
            records.add(record("coupon", coupon));
        }
        return String.join("\n", records);
    }

    static PriceBreakdown read(String text) {
        WalletProvider wallet = null;
        long pointsSpent = 0;
        long pointsToEarn = 0;
        List<LinePrice> lines = new ArrayList<>();
        List<AppliedDiscount> discounts = new ArrayList<>();
        Optional<PointsBoost> boost = Optional.empty();
        List<VoucherGrant> vouchers = new ArrayList<>();
        List<BudgetClaim> claims = new ArrayList<>();
        List<CouponId> coupons = new ArrayList<>();
        for (String record : text.split("\n")) {
            String[] field = record.split("\t", -1);
            switch (field[0]) {
                case "price" -> {
                    wallet = WalletProvider.valueOf(field[1]);
                    pointsSpent = Long.parseLong(field[2]);
                    pointsToEarn = Long.parseLong(field[3]);
                }
                case "line" -> lines.add(new LinePrice(new OrderLine(new ProductId(untext(field[1])),
                        untext(field[2]), untext(field[3]), Category.valueOf(field[4]), fen(field[5]),
                        Integer.parseInt(field[6])), fen(field[7]), fen(field[8]), fen(field[9]),
                        Long.parseLong(field[10])));
                case "discount" -> discounts.add(new AppliedDiscount(unref(field[1], field[2], field[3]),
                        untext(field[4]), untext(field[5]), PricingLevel.valueOf(field[6]),
                        new StackingGroup(field[7]), fen(field[8]), amounts(field[9])));
                case "boost" -> boost = Optional.of(new PointsBoost(campaign(field[1]), untext(field[2]),
                        untext(field[3]), Integer.parseInt(field[4]), Long.parseLong(field[5])));
                case "voucher" -> vouchers.add(new VoucherGrant(campaign(field[1]), untext(field[2]),
                        untext(field[3]), new Benefit.CashbackVoucher(fen(field[4]), fen(field[5]),
                        Integer.parseInt(field[6])), PricingLevel.valueOf(field[7]), fen(field[8]),
                        indexes(field[9])));
                case "claim" -> claims.add(new BudgetClaim(campaign(field[1]), fen(field[2]),
                        Boolean.parseBoolean(field[3])));
                case "coupon" -> coupons.add(new CouponId(UUID.fromString(field[1])));
                default -> throw new IllegalStateException("not a price breakdown's record: " + field[0]);
            }
        }
        if (wallet == null) {
            throw new IllegalStateException("a price breakdown names its wallet");
        }
        return new PriceBreakdown(wallet, lines, discounts, pointsSpent, pointsToEarn, boost, vouchers, claims,
                coupons, List.of());
    }

    private static String record(Object... fields) {
        return String.join("\t", Arrays.stream(fields).map(String::valueOf).toList());
    }

    private static String ref(OfferRef ref) {
        return switch (ref) {
            case OfferRef.OfCampaign campaign -> record("campaign", campaign.id(), NONE);
            case OfferRef.OfCoupon coupon -> record("coupon", coupon.id(),
                    coupon.campaignId().map(CampaignId::toString).orElse(NONE));
        };
    }

    private static OfferRef unref(String kind, String id, String campaign) {
        return switch (kind) {
            case "campaign" -> new OfferRef.OfCampaign(campaign(id));
            case "coupon" -> new OfferRef.OfCoupon(new CouponId(UUID.fromString(id)),
                    NONE.equals(campaign) ? Optional.empty() : Optional.of(campaign(campaign)));
            default -> throw new IllegalStateException("not an offer: " + kind);
        };
    }

    private static String text(String value) {
        return value == null ? NONE : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String untext(String field) {
        return NONE.equals(field) ? null : URLDecoder.decode(field, StandardCharsets.UTF_8);
    }

    private static CampaignId campaign(String field) {
        return new CampaignId(UUID.fromString(field));
    }

    private static Money fen(String field) {
        return Money.ofFen(Long.parseLong(field));
    }

    private static List<Money> amounts(String field) {
        return field.isEmpty() ? List.of()
                : Arrays.stream(field.split(",")).map(PriceBreakdownText::fen).toList();
    }

    private static List<Integer> indexes(String field) {
        return field.isEmpty() ? List.of() : Arrays.stream(field.split(",")).map(Integer::valueOf).toList();
    }
}
