package org.hexmall.domain.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.promotion.PromotionFixtures.CUSTOMER;
import static org.hexmall.domain.promotion.PromotionFixtures.NOW;
import static org.hexmall.domain.promotion.PromotionFixtures.campaignId;
import static org.hexmall.domain.promotion.PromotionFixtures.couponId;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * The invariants of pricing and reversal on thousands of generated orders, campaigns and coupons (seeded, so that a
 * failure repeats): the amounts always add up, no line goes below zero, and refunding everything in random steps
 * gives back exactly what was paid and takes back exactly the points earned.
 */
class PricingInvariantsTest {

    private static final int CASES = 2_000;
    private static final List<WalletProvider> WALLETS =
            List.of(WalletProvider.ALIPAY, WalletProvider.WECHAT_PAY, WalletProvider.JD_PAY);
    private static final List<String> GROUPS = List.of("festival", "first-payment", "points", "cashback");
    private static final Category[] CATEGORIES = Category.values();

    private record Generated(PricingRequest request, Map<CampaignId, Campaign> campaigns) {
    }

    @Test
    void amountsAddUp_linesNeverGoNegative_andFullRefundsReturnExactlyWhatWasPaid() {
        Random random = new Random(20261111L);
        for (int n = 0; n < CASES; n++) {
            Generated generated = generate(random);
            PricingRequest request = generated.request();
            PriceBreakdown breakdown = Pricing.price(request);
            String context = "case " + n + ": " + breakdown;

            assertAmountsAddUp(breakdown, context);
            assertPointsWithinTheRules(request, breakdown, context);
            assertOneBenefitPerGroup(breakdown, request, context);
            assertEveryOfferAccountedFor(request, breakdown, context);
            assertNoOfferTakenAwayDoesBetter(random, request, breakdown, context);
            assertFullRefundInStepsReturnsEverything(random, generated, breakdown, context);
        }
    }

    private static void assertAmountsAddUp(PriceBreakdown breakdown, String context) {
        assertThat(breakdown.amountToPay().plus(breakdown.discountTotal()).plus(breakdown.pointsDiscount()))
                .as(context).isEqualTo(breakdown.goodsTotal());
        for (int i = 0; i < breakdown.lines().size(); i++) {
            LinePrice line = breakdown.lines().get(i);
            long discounts = 0;
            for (AppliedDiscount discount : breakdown.discounts()) {
                discounts += discount.perLine().get(i).fen();
            }
            assertThat(line.discounts().fen()).as(context).isEqualTo(discounts);
            assertThat(line.discounts().plus(line.pointsDiscount()).plus(line.toPay())).as(context)
                    .isEqualTo(line.goods());
        }
        long earned = breakdown.lines().stream().mapToLong(LinePrice::pointsEarned).sum();
        assertThat(earned).as(context).isEqualTo(breakdown.pointsToEarn());
    }

    private static void assertPointsWithinTheRules(PricingRequest request, PriceBreakdown breakdown,
                                                   String context) {
        long spent = breakdown.pointsSpent();
        assertThat(spent % 100).as(context).isZero();
        assertThat(spent).as(context).isLessThanOrEqualTo(request.customer().pointsBalance())
                .isLessThanOrEqualTo(request.pointsToSpend())
                .isLessThanOrEqualTo(breakdown.amountAfterDiscounts().fen() / 2);
        long base = breakdown.amountToPay().fen() / 100;
        long extra = breakdown.pointsBoost().map(PointsBoost::extraPoints).orElse(0L);
        assertThat(breakdown.pointsToEarn()).as(context).isEqualTo(base + extra);
    }

    private static void assertOneBenefitPerGroup(PriceBreakdown breakdown, PricingRequest request, String context) {
        List<String> groups = new ArrayList<>();
        breakdown.discounts().forEach(discount -> groups.add(discount.group().name()));
        Map<CampaignId, Campaign> byId = new HashMap<>();
        request.campaigns().forEach(offer -> byId.put(offer.campaign().id(), offer.campaign()));
        breakdown.vouchers().forEach(voucher -> groups.add(byId.get(voucher.campaign()).stackingGroup().name()));
        breakdown.pointsBoost().ifPresent(boost -> groups.add(byId.get(boost.campaign()).stackingGroup().name()));
        assertThat(groups).as(context).doesNotHaveDuplicates();
        for (BudgetClaim claim : breakdown.budgetClaims()) {
            CampaignOffer offer = request.campaigns().stream()
                    .filter(candidate -> candidate.campaign().id().equals(claim.campaign())).findFirst().orElseThrow();
            assertThat(claim.amount()).as(context).isLessThanOrEqualTo(offer.budgetLeft());
        }
    }

    private static void assertEveryOfferAccountedFor(PricingRequest request, PriceBreakdown breakdown,
                                                     String context) {
        Set<OfferRef> seen = new HashSet<>();
        breakdown.discounts().forEach(discount -> seen.add(discount.source()));
        breakdown.vouchers().forEach(voucher -> seen.add(new OfferRef.OfCampaign(voucher.campaign())));
        breakdown.pointsBoost().ifPresent(boost -> seen.add(new OfferRef.OfCampaign(boost.campaign())));
        breakdown.notApplied().forEach(notApplied -> assertThat(seen.add(notApplied.offer())).as(context).isTrue());
        long expected = request.coupons().size() + request.campaigns().stream()
                .filter(offer -> offer.campaign().kind() != CampaignKind.WALLET_COUPON || request.coupons().stream()
                        .noneMatch(coupon -> coupon.campaignId().equals(Optional.of(offer.campaign().id()))))
                .count();
        assertThat(seen).as(context).hasSize((int) expected);
    }

    /**
     * The chosen combination is the best of all: with any one campaign or coupon taken away, the order costs no
     * less after discounts. (The amount to pay alone may be a little higher than without a small discount, when
     * points are spent: fewer points can then be spent, in whole yuan; the customer still keeps more value.)
     */
    private static void assertNoOfferTakenAwayDoesBetter(Random random, PricingRequest request,
                                                         PriceBreakdown breakdown, String context) {
        List<CampaignOffer> campaigns = new ArrayList<>(request.campaigns());
        List<Coupon> coupons = new ArrayList<>(request.coupons());
        campaigns.removeIf(offer -> offer.campaign().kind() != CampaignKind.WALLET_COUPON && random.nextInt(3) == 0);
        coupons.removeIf(coupon -> random.nextInt(3) == 0);
        PriceBreakdown fewer = Pricing.price(new PricingRequest(request.lines(), request.wallet(), campaigns, coupons,
                request.customer(), request.pointsToSpend(), request.now()));
        assertThat(breakdown.amountAfterDiscounts()).as(context).isLessThanOrEqualTo(fewer.amountAfterDiscounts());
    }

    private static void assertFullRefundInStepsReturnsEverything(Random random, Generated generated,
                                                                 PriceBreakdown breakdown, String context) {
        List<Coupon> vouchers = new ArrayList<>();
        for (int i = 0; i < breakdown.vouchers().size(); i++) {
            VoucherGrant grant = breakdown.vouchers().get(i);
            Coupon voucher = Coupon.cashback(couponId(100 + i), CUSTOMER, generated.campaigns().get(grant.campaign()),
                    new PaymentId(new UUID(3, 3)), grant.voucher(), NOW);
            if (random.nextInt(3) == 0) {
                voucher.reserveFor(new PaymentId(new UUID(4, 4)), NOW);
                voucher.use(NOW);
            }
            vouchers.add(voucher);
        }
        boolean anyVoucherUsed = vouchers.stream().anyMatch(voucher -> voucher.status() == CouponStatus.USED);
        List<Coupon> used = generated.request().coupons().stream()
                .filter(coupon -> breakdown.couponsUsed().contains(coupon.id())).toList();
        int lines = breakdown.lines().size();
        List<Integer> refunded = new ArrayList<>(Collections.nCopies(lines, 0));
        // The customer holds every point earned, or has spent part of them since.
        boolean heldAll = random.nextBoolean();
        long balance = heldAll ? breakdown.pointsToEarn() : random.nextLong(breakdown.pointsToEarn() + 1);
        Map<CouponId, Money> keptForVouchers = new HashMap<>();
        Money moneyBack = Money.ZERO;
        Money paidForItems = Money.ZERO;
        Money keptForPoints = Money.ZERO;
        long earnedBack = 0;
        long earnedSpent = 0;
        long spentBack = 0;
        Set<CouponId> vouchersReversed = new HashSet<>();
        int couponsReturned = 0;
        Reversal reversal = null;
        boolean fully = false;
        while (!fully) {
            List<Integer> now = new ArrayList<>();
            boolean any = false;
            for (int i = 0; i < lines; i++) {
                int left = breakdown.lines().get(i).line().quantity() - refunded.get(i);
                int take = left == 0 ? 0 : random.nextInt(left + 1);
                now.add(take);
                any |= take > 0;
            }
            if (!any) {
                continue;
            }
            reversal = RefundReversal.reverse(new RefundRequest(breakdown, refunded, now, used, vouchers,
                    keptForVouchers, balance, NOW));
            for (RefundedLine line : reversal.lines()) {
                assertThat(line.discounts().plus(line.pointsDiscount()).plus(line.paid())).as(context)
                        .isEqualTo(line.goods());
            }
            assertThat(reversal.moneyBack().plus(reversal.pointsDeduction()).plus(reversal.voucherDeduction()))
                    .as(context).isEqualTo(reversal.paidForItems());
            balance += reversal.pointsSpentReturned() - reversal.pointsEarnedTakenBack();
            assertThat(balance).as(context).isNotNegative();
            moneyBack = moneyBack.plus(reversal.moneyBack());
            paidForItems = paidForItems.plus(reversal.paidForItems());
            keptForPoints = keptForPoints.plus(reversal.pointsDeduction());
            earnedBack += reversal.pointsEarnedTakenBack();
            earnedSpent += reversal.pointsEarnedSpent();
            spentBack += reversal.pointsSpentReturned();
            for (VoucherReversal voucher : reversal.vouchers()) {
                vouchersReversed.add(voucher.voucher());
                keptForVouchers.merge(voucher.voucher(), voucher.deducted(), Money::plus);
            }
            couponsReturned += reversal.couponsReturned().size();
            for (int i = 0; i < lines; i++) {
                refunded.set(i, refunded.get(i) + now.get(i));
            }
            fully = reversal.orderFullyRefunded();
        }
        assertThat(paidForItems).as(context).isEqualTo(breakdown.amountToPay());
        if (anyVoucherUsed || !heldAll) {
            assertThat(moneyBack).as(context).isLessThanOrEqualTo(breakdown.amountToPay());
        } else {
            assertThat(moneyBack).as(context).isEqualTo(breakdown.amountToPay());
        }
        assertThat(earnedBack + earnedSpent).as(context).isEqualTo(breakdown.pointsToEarn());
        if (heldAll) {
            assertThat(earnedBack).as(context).isEqualTo(breakdown.pointsToEarn());
        }
        assertThat(keptForPoints).as(context).isEqualTo(PointsPolicy.valueOf(earnedSpent));
        assertThat(spentBack).as(context).isEqualTo(breakdown.pointsSpent());
        assertThat(vouchersReversed).as(context).hasSize(breakdown.vouchers().size());
        assertThat(reversal).isNotNull();
        for (int i = 0; i < vouchers.size(); i++) {
            Coupon voucher = vouchers.get(i);
            Money kept = keptForVouchers.getOrDefault(voucher.id(), Money.ZERO);
            Money value = breakdown.vouchers().get(i).value();
            if (voucher.status() == CouponStatus.USED) {
                // A used voucher's whole value is kept across the refunds, unless their money ran out.
                assertThat(kept).as(context).isLessThanOrEqualTo(value);
                if (kept.compareTo(value) < 0) {
                    assertThat(reversal.moneyBack()).as(context).isEqualTo(Money.ZERO);
                }
            } else {
                assertThat(kept).as(context).isEqualTo(Money.ZERO);
            }
        }
        assertThat(couponsReturned).as(context).isEqualTo(breakdown.couponsUsed().size());
    }

    private static Generated generate(Random random) {
        WalletProvider paying = wallet(random);
        List<OrderLine> lines = new ArrayList<>();
        int lineCount = 1 + random.nextInt(4);
        for (int i = 0; i < lineCount; i++) {
            Category category = CATEGORIES[random.nextInt(CATEGORIES.length)];
            long unitPrice = random.nextInt(5) == 0 ? 1 + random.nextInt(300) : 1 + random.nextInt(60_000);
            lines.add(new OrderLine(new ProductId("GEN-" + String.format("%04d", i)), "Product " + i, "商品" + i,
                    category, Money.ofFen(unitPrice), 1 + random.nextInt(5)));
        }
        Map<CampaignId, Campaign> campaigns = new HashMap<>();
        List<CampaignOffer> offers = new ArrayList<>();
        int campaignCount = random.nextInt(6);
        for (int i = 0; i < campaignCount; i++) {
            Campaign campaign = campaign(random, i + 1, paying);
            campaigns.put(campaign.id(), campaign);
            long budgetUsed = random.nextInt(4) == 0 ? campaign.budget().fen() - random.nextInt(5_000) : 0;
            offers.add(new CampaignOffer(campaign, Money.ofFen(Math.max(0, budgetUsed)), random.nextInt(10) == 0
                    ? campaign.usesPerCustomer() : 0));
        }
        List<Coupon> coupons = new ArrayList<>();
        for (int i = 0; i < random.nextInt(3); i++) {
            Campaign couponCampaign = Campaign.create(campaignId(50 + i), "Coupon " + i, "券" + i,
                    CampaignKind.WALLET_COUPON, conditions(random).withWallets(Set.of(mostly(paying, random))),
                    discount(random), new StackingGroup(random.nextBoolean() ? "coupon" : "festival"), 30,
                    PromotionFixtures.OPEN, Money.ofYuan(random.nextBoolean() ? 1_000_000 : 20, 0), 5);
            campaigns.put(couponCampaign.id(), couponCampaign);
            offers.add(new CampaignOffer(couponCampaign, Money.ZERO, 0));
            coupons.add(PromotionFixtures.claimed(i + 1, couponCampaign));
        }
        if (random.nextInt(4) == 0) {
            coupons.add(Coupon.compensation(couponId(20), CUSTOMER, "Sorry", "抱歉",
                    new Benefit.AmountOff(Money.ofFen(1 + random.nextInt(3_000))),
                    Conditions.none().withMinimumSpend(Money.ofFen(random.nextInt(20_000))), 30,
                    NOW.minusSeconds(60)));
        }
        Set<WalletProvider> paidWith = new HashSet<>();
        WALLETS.forEach(wallet -> {
            if (random.nextInt(3) == 0) {
                paidWith.add(wallet);
            }
        });
        CustomerFacts customer = new CustomerFacts(paidWith, !paidWith.isEmpty() || random.nextBoolean(),
                random.nextInt(3) == 0 ? 0 : random.nextInt(200_000));
        long pointsToSpend = random.nextInt(3) == 0 ? 0 : random.nextInt(200_000);
        return new Generated(new PricingRequest(lines, paying, offers, coupons, customer, pointsToSpend,
                NOW), campaigns);
    }

    private static Campaign campaign(Random random, int number, WalletProvider paying) {
        CampaignKind kind = switch (random.nextInt(4)) {
            case 0 -> CampaignKind.FESTIVAL;
            case 1 -> CampaignKind.FIRST_WALLET_PAYMENT;
            case 2 -> CampaignKind.POINTS_MULTIPLIER;
            default -> CampaignKind.CASHBACK_VOUCHER;
        };
        Benefit benefit = switch (kind) {
            case POINTS_MULTIPLIER -> new Benefit.PointsMultiplier(2 + random.nextInt(3));
            case CASHBACK_VOUCHER -> voucher(random);
            case FIRST_WALLET_PAYMENT -> random.nextBoolean() ? voucher(random) : discount(random);
            default -> discount(random);
        };
        Conditions conditions = conditions(random).withWallets(Set.of(mostly(paying, random)));
        if (kind == CampaignKind.FIRST_WALLET_PAYMENT) {
            conditions = conditions.firstPaymentWithWalletOnly();
        }
        if (random.nextInt(6) == 0) {
            conditions = conditions.forNewCustomersOnly();
        }
        return Campaign.create(campaignId(number), "Campaign " + number, "活动" + number, kind, conditions, benefit,
                new StackingGroup(GROUPS.get(random.nextInt(GROUPS.size()))), 0, PromotionFixtures.OPEN,
                Money.ofYuan(100 + random.nextInt(1000), 0), 1 + random.nextInt(3));
    }

    private static Conditions conditions(Random random) {
        Conditions conditions = Conditions.none();
        if (random.nextBoolean()) {
            conditions = conditions.withMinimumSpend(Money.ofFen(random.nextInt(100_000)));
        }
        if (random.nextInt(3) == 0) {
            conditions = conditions.withCategories(Set.of(CATEGORIES[random.nextInt(CATEGORIES.length)]));
        }
        return conditions;
    }

    private static Benefit discount(Random random) {
        return random.nextBoolean() ? new Benefit.AmountOff(Money.ofFen(1 + random.nextInt(10_000)))
                : new Benefit.PercentOff(1 + random.nextInt(99), Money.ofFen(1 + random.nextInt(20_000)));
    }

    private static Benefit.CashbackVoucher voucher(Random random) {
        return new Benefit.CashbackVoucher(Money.ofFen(1 + random.nextInt(5_000)), Money.ZERO, 30);
    }

    /** The paying wallet two times in three, so that offers often apply. */
    private static WalletProvider mostly(WalletProvider paying, Random random) {
        return random.nextInt(3) == 0 ? wallet(random) : paying;
    }

    private static WalletProvider wallet(Random random) {
        return WALLETS.get(random.nextInt(WALLETS.size()));
    }
}
