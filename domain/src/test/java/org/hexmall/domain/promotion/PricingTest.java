package org.hexmall.domain.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.promotion.PromotionFixtures.CUSTOMER;
import static org.hexmall.domain.promotion.PromotionFixtures.NOW;
import static org.hexmall.domain.promotion.PromotionFixtures.alipay;
import static org.hexmall.domain.promotion.PromotionFixtures.book;
import static org.hexmall.domain.promotion.PromotionFixtures.campaign;
import static org.hexmall.domain.promotion.PromotionFixtures.campaignId;
import static org.hexmall.domain.promotion.PromotionFixtures.claimed;
import static org.hexmall.domain.promotion.PromotionFixtures.couponId;
import static org.hexmall.domain.promotion.PromotionFixtures.fen;
import static org.hexmall.domain.promotion.PromotionFixtures.festival;
import static org.hexmall.domain.promotion.PromotionFixtures.firstPayment;
import static org.hexmall.domain.promotion.PromotionFixtures.off;
import static org.hexmall.domain.promotion.PromotionFixtures.offer;
import static org.hexmall.domain.promotion.PromotionFixtures.phone;
import static org.hexmall.domain.promotion.PromotionFixtures.request;
import static org.hexmall.domain.promotion.PromotionFixtures.returning;
import static org.hexmall.domain.promotion.PromotionFixtures.rice;
import static org.hexmall.domain.promotion.PromotionFixtures.yuan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Pricing as the customer sees it on the payment page, one rule at a time. */
class PricingTest {

    private static final PaymentId PAYMENT = new PaymentId(new UUID(3, 3));
    private static final Benefit.CashbackVoucher FIVE_YUAN_VOUCHER =
            new Benefit.CashbackVoucher(yuan(5), yuan(20), 30);

    private static NotAppliedReason reasonFor(PriceBreakdown breakdown, OfferRef offer) {
        return breakdown.notApplied().stream().filter(notApplied -> notApplied.offer().equals(offer))
                .map(NotApplied::reason).findFirst().orElseThrow();
    }

    private static OfferRef ref(int campaign) {
        return new OfferRef.OfCampaign(campaignId(campaign));
    }

    @Test
    void withoutOffers_theCustomerPaysTheGoodsAndEarnsAPointPerWholeYuan() {
        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(Money.ofYuan(99, 99)), book(yuan(20)))));

        assertThat(breakdown.goodsTotal()).isEqualTo(Money.ofYuan(119, 99));
        assertThat(breakdown.amountToPay()).isEqualTo(Money.ofYuan(119, 99));
        assertThat(breakdown.pointsToEarn()).isEqualTo(119);
        assertThat(breakdown.discounts()).isEmpty();
        assertThat(breakdown.notApplied()).isEmpty();
    }

    @ParameterizedTest(name = "goods {0} fen: pays {1} fen")
    @CsvSource({"30000, 25000", "29999, 29999", "30001, 25001"})
    void thresholdDiscount_appliesFromExactlyTheMinimumSpend(long goods, long toPay) {
        Campaign double11 = festival(1, off(50), yuan(300), "festival");

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(fen(goods))), offer(double11)));

        assertThat(breakdown.amountToPay()).isEqualTo(fen(toPay));
        if (goods < 30000) {
            assertThat(reasonFor(breakdown, ref(1)))
                    .isEqualTo(new NotAppliedReason.BelowMinimumSpend(yuan(300), fen(30000 - goods)));
        } else {
            assertThat(breakdown.budgetClaims()).containsExactly(new BudgetClaim(campaignId(1), yuan(50), true));
            assertThat(breakdown.campaignUses()).containsExactly(campaignId(1));
        }
    }

    @ParameterizedTest(name = "{1} % of {0} fen, cap {2} fen: {3} fen off")
    @CsvSource({"20000, 10, 3000, 2000", "50000, 10, 3000, 3000", "9999, 10, 3000, 999", "30001, 10, 3000, 3000",
        "29999, 10, 3000, 2999", "101, 99, 100000, 99"})
    void percentOff_isRoundedDownToTheFenAndHeldToItsCap(long goods, int percent, long cap, long discount) {
        Campaign sale = festival(1, new Benefit.PercentOff(percent, fen(cap)), Money.ZERO, "festival");

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(fen(goods))), offer(sale)));

        assertThat(breakdown.discountTotal()).isEqualTo(fen(discount));
        assertThat(breakdown.amountToPay()).isEqualTo(fen(goods - discount));
    }

    @Test
    void aDiscount_isNeverMoreThanWhatIsLeftToPayOnItsLines() {
        Campaign big = festival(1, off(50), Money.ZERO, "festival");

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(30))), offer(big)));

        assertThat(breakdown.discountTotal()).isEqualTo(yuan(30));
        assertThat(breakdown.amountToPay()).isEqualTo(Money.ZERO);
        assertThat(breakdown.pointsToEarn()).isZero();
    }

    @Test
    void aDiscount_isSharedAmongTheLinesByLargestRemainder_tiesToTheEarlierLine() {
        Campaign tenOff = festival(1, off(10), Money.ZERO, "festival");
        Campaign oneFenOff = festival(2, new Benefit.AmountOff(fen(1)), Money.ZERO, "other");

        PriceBreakdown thirds = Pricing.price(request(List.of(phone(yuan(100)), book(yuan(200))), offer(tenOff)));
        PriceBreakdown tie = Pricing.price(request(List.of(phone(yuan(100)), book(yuan(100))), offer(oneFenOff)));

        assertThat(thirds.discounts().getFirst().perLine()).containsExactly(fen(333), fen(667));
        assertThat(thirds.lines()).extracting(LinePrice::toPay).containsExactly(fen(9667), fen(19333));
        assertThat(tie.discounts().getFirst().perLine()).containsExactly(fen(1), fen(0));
    }

    @Test
    void inOneStackingGroup_theOfferBestForTheCustomerWins_andTheOtherSaysWhy() {
        Campaign threshold = festival(1, off(50), yuan(300), "festival");
        Campaign percent = festival(2, new Benefit.PercentOff(10, yuan(100)), Money.ZERO, "festival");

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(600))), offer(threshold),
                offer(percent)));

        assertThat(breakdown.discounts()).extracting(AppliedDiscount::source).containsExactly(ref(2));
        assertThat(breakdown.amountToPay()).isEqualTo(yuan(540));
        assertThat(reasonFor(breakdown, ref(1))).isEqualTo(new NotAppliedReason.LostInStackingGroup(
                new StackingGroup("festival"), ref(2), "Campaign 2", "活动2"));
    }

    @Test
    void equalOffersInAGroup_areDecidedByTheirIds() {
        Campaign first = festival(1, off(20), Money.ZERO, "festival");
        Campaign second = festival(2, off(20), Money.ZERO, "festival");

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(100))), offer(second), offer(first)));

        assertThat(breakdown.discounts()).extracting(AppliedDiscount::source).containsExactly(ref(1));
    }

    @Test
    void offersOfDifferentGroups_stack_eachLevelOnWhatTheLevelBeforeLeft() {
        Campaign electronicsCoupon = campaign(1, CampaignKind.WALLET_COUPON, off(30),
                alipay().withCategories(Set.of(Category.ELECTRONICS)), "jd-coupon");
        Coupon coupon = claimed(1, electronicsCoupon);
        Campaign threshold = festival(2, off(50), yuan(300), "festival");
        Campaign firstAlipay = firstPayment(3, off(10), yuan(50));

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(400)), book(yuan(20))),
                List.of(offer(electronicsCoupon), offer(threshold), offer(firstAlipay)), List.of(coupon),
                CustomerFacts.newCustomer(), 0));

        assertThat(breakdown.discounts()).extracting(AppliedDiscount::level)
                .containsExactly(PricingLevel.ITEM, PricingLevel.ORDER, PricingLevel.PAYMENT_METHOD);
        assertThat(breakdown.discounts().getFirst().perLine()).containsExactly(yuan(30), Money.ZERO);
        assertThat(breakdown.amountToPay()).isEqualTo(yuan(420 - 30 - 50 - 10));
        assertThat(breakdown.couponsUsed()).containsExactly(couponId(1));
        assertThat(breakdown.campaignUses()).containsExactly(campaignId(2), campaignId(3));
        assertThat(breakdown.budgetClaims()).containsExactly(new BudgetClaim(campaignId(1), yuan(30), false),
                new BudgetClaim(campaignId(2), yuan(50), true), new BudgetClaim(campaignId(3), yuan(10), true));
    }

    @Test
    void minimumSpend_isCheckedAfterTheLevelsBefore_soTheBestCombinationMayLeaveACouponOut() {
        Campaign electronicsCoupon = campaign(1, CampaignKind.WALLET_COUPON, off(30),
                alipay().withCategories(Set.of(Category.ELECTRONICS)), "jd-coupon");
        Coupon coupon = claimed(1, electronicsCoupon);
        Campaign threshold = festival(2, off(50), yuan(300), "festival");

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(310))),
                List.of(offer(electronicsCoupon), offer(threshold)), List.of(coupon), CustomerFacts.newCustomer(),
                0));

        assertThat(breakdown.amountToPay()).isEqualTo(yuan(260));
        assertThat(reasonFor(breakdown, new OfferRef.OfCoupon(couponId(1), Optional.of(campaignId(1)))))
                .isEqualTo(new NotAppliedReason.LostToBetterCombination());
        assertThat(breakdown.couponsUsed()).isEmpty();
    }

    @Test
    void aDiscountLargerThanTheBudgetLeft_isNotGiven_whileOneThatFitsExactlyIs() {
        Campaign threshold = festival(1, off(50), yuan(300), "festival");
        Money almostAll = threshold.budget().minus(Money.ofYuan(49, 99));

        PriceBreakdown tooSmall = Pricing.price(request(List.of(phone(yuan(300))),
                new CampaignOffer(threshold, almostAll, 0)));
        PriceBreakdown exact = Pricing.price(request(List.of(phone(yuan(300))),
                new CampaignOffer(threshold, threshold.budget().minus(yuan(50)), 0)));

        assertThat(reasonFor(tooSmall, ref(1)))
                .isEqualTo(new NotAppliedReason.BudgetTooSmall(yuan(50), Money.ofYuan(49, 99)));
        assertThat(tooSmall.amountToPay()).isEqualTo(yuan(300));
        assertThat(exact.amountToPay()).isEqualTo(yuan(250));
    }

    @Test
    void aCampaignWhoseBudgetIsSpentOrThatIsNotRunning_saysSo() {
        Campaign spent = festival(1, off(50), Money.ZERO, "festival");
        Campaign paused = festival(2, off(50), Money.ZERO, "other");
        paused.pause();
        Campaign later = Campaign.create(campaignId(3), "Later", "以后", CampaignKind.FESTIVAL, alipay(), off(5),
                new StackingGroup("later"), 0, new CampaignWindow(NOW.plusSeconds(1), NOW.plusSeconds(60)),
                yuan(100), 1);

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(300))),
                new CampaignOffer(spent, spent.budget(), 0), offer(paused), offer(later)));

        assertThat(breakdown.amountToPay()).isEqualTo(yuan(300));
        assertThat(reasonFor(breakdown, ref(1)))
                .isEqualTo(new NotAppliedReason.NotRunning(CampaignStatus.BUDGET_SPENT));
        assertThat(reasonFor(breakdown, ref(2))).isEqualTo(new NotAppliedReason.NotRunning(CampaignStatus.PAUSED));
        assertThat(reasonFor(breakdown, ref(3))).isEqualTo(new NotAppliedReason.NotRunning(CampaignStatus.SCHEDULED));
        assertThat(reasonFor(breakdown, ref(1)).code()).as("a spent budget is an offer that has run out")
                .isEqualTo(new NotAppliedReason.BudgetTooSmall(yuan(50), Money.ZERO).code())
                .isEqualTo("promotion.not-applied.budget");
        assertThat(reasonFor(breakdown, ref(2)).code()).isEqualTo("promotion.not-applied.not-running");
    }

    @Test
    void aCustomerWhoHadTheCampaignAsOftenAsItAllows_getsItNoMore() {
        Campaign once = Campaign.create(campaignId(1), "Once", "一次", CampaignKind.FESTIVAL, alipay(), off(5),
                new StackingGroup("festival"), 0, PromotionFixtures.OPEN, yuan(100), 1);

        PriceBreakdown first = Pricing.price(request(List.of(phone(yuan(50))), new CampaignOffer(once, fen(0), 0)));
        PriceBreakdown second = Pricing.price(request(List.of(phone(yuan(50))), new CampaignOffer(once, yuan(5), 1)));

        assertThat(first.amountToPay()).isEqualTo(yuan(45));
        assertThat(reasonFor(second, ref(1))).isEqualTo(new NotAppliedReason.CustomerLimitReached(1));
    }

    @Test
    void firstPaymentOffer_appliesOnlyToTheFirstPaymentWithThatWallet() {
        Campaign firstAlipay = firstPayment(1, off(10), yuan(50));
        CustomerFacts paidWithWeChat = new CustomerFacts(Set.of(WalletProvider.WECHAT_PAY), true, 0);

        PriceBreakdown newToAlipay = Pricing.price(request(List.of(phone(yuan(50))), List.of(offer(firstAlipay)),
                List.of(), paidWithWeChat, 0));
        PriceBreakdown again = Pricing.price(request(List.of(phone(yuan(50))), List.of(offer(firstAlipay)),
                List.of(), returning(), 0));
        PriceBreakdown withWeChat = Pricing.perWallet(request(List.of(phone(yuan(50))), offer(firstAlipay)),
                List.of(WalletProvider.WECHAT_PAY)).getFirst();

        assertThat(newToAlipay.amountToPay()).isEqualTo(yuan(40));
        assertThat(reasonFor(again, ref(1)))
                .isEqualTo(new NotAppliedReason.FirstPaymentWithWalletMade(WalletProvider.ALIPAY));
        assertThat(reasonFor(withWeChat, ref(1)))
                .isEqualTo(new NotAppliedReason.OtherWallet(Set.of(WalletProvider.ALIPAY)));
        assertThat(withWeChat.wallet()).isEqualTo(WalletProvider.WECHAT_PAY);
    }

    @Test
    void newCustomerOffer_isRefusedToACustomerWhoHasPaidBefore() {
        Campaign welcome = campaign(1, CampaignKind.FESTIVAL, off(8), alipay().forNewCustomersOnly(), "welcome");

        PriceBreakdown newcomer = Pricing.price(request(List.of(phone(yuan(50))), offer(welcome)));
        PriceBreakdown known = Pricing.price(request(List.of(phone(yuan(50))), List.of(offer(welcome)), List.of(),
                new CustomerFacts(Set.of(), true, 0), 0));

        assertThat(newcomer.amountToPay()).isEqualTo(yuan(42));
        assertThat(reasonFor(known, ref(1))).isEqualTo(new NotAppliedReason.NewCustomersOnly());
    }

    @Test
    void cashbackCampaign_grantsAVoucherWhenItsConditionsHold_countingItsValueOnTheBudget() {
        Campaign cashback = campaign(1, CampaignKind.CASHBACK_VOUCHER, FIVE_YUAN_VOUCHER,
                Conditions.none().withMinimumSpend(yuan(100)), "cashback");

        PriceBreakdown granted = Pricing.price(request(List.of(phone(yuan(100))), offer(cashback)));
        PriceBreakdown tooLittle = Pricing.price(request(List.of(phone(Money.ofYuan(99, 99))), offer(cashback)));

        assertThat(granted.amountToPay()).isEqualTo(yuan(100));
        assertThat(granted.vouchers()).extracting(VoucherGrant::value).containsExactly(yuan(5));
        assertThat(granted.budgetClaims()).containsExactly(new BudgetClaim(campaignId(1), yuan(5), true));
        assertThat(tooLittle.vouchers()).isEmpty();
        assertThat(reasonFor(tooLittle, ref(1))).isInstanceOf(NotAppliedReason.BelowMinimumSpend.class);
    }

    @Test
    void firstPaymentCashback_grantsAVoucherInsteadOfADiscount() {
        Campaign firstAlipay = firstPayment(1, FIVE_YUAN_VOUCHER, yuan(50));

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(60))), offer(firstAlipay)));

        assertThat(breakdown.amountToPay()).isEqualTo(yuan(60));
        assertThat(breakdown.vouchers()).singleElement().satisfies(voucher -> {
            assertThat(voucher.campaign()).isEqualTo(campaignId(1));
            assertThat(voucher.level()).isEqualTo(PricingLevel.PAYMENT_METHOD);
        });
    }

    @Test
    void doublePoints_multiplyThePointsPaidOnTheirLines_andCountTheExtraPointsOnTheBudget() {
        Campaign doubleGroceries = campaign(1, CampaignKind.POINTS_MULTIPLIER, new Benefit.PointsMultiplier(2),
                alipay().withCategories(Set.of(Category.GROCERIES)), "points");

        PriceBreakdown breakdown = Pricing.price(request(List.of(rice(Money.ofYuan(25, 50), 2), book(yuan(10))),
                offer(doubleGroceries)));

        assertThat(breakdown.pointsToEarn()).isEqualTo(61 + 51);
        assertThat(breakdown.pointsBoost()).map(PointsBoost::extraPoints).contains(51L);
        assertThat(breakdown.lines()).extracting(LinePrice::pointsEarned).containsExactly(51L + 51, 10L);
        assertThat(breakdown.budgetClaims()).containsExactly(new BudgetClaim(campaignId(1), fen(51), true));
    }

    @Test
    void onlyTheBestPointsMultiplierCounts() {
        Campaign doublePoints = campaign(1, CampaignKind.POINTS_MULTIPLIER, new Benefit.PointsMultiplier(2),
                alipay(), "points");
        Campaign triplePoints = campaign(2, CampaignKind.POINTS_MULTIPLIER, new Benefit.PointsMultiplier(3),
                alipay(), "festival-points");

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(100))), offer(doublePoints),
                offer(triplePoints)));

        assertThat(breakdown.pointsToEarn()).isEqualTo(300);
        assertThat(reasonFor(breakdown, ref(1))).isEqualTo(new NotAppliedReason.WeakerPointsMultiplier(ref(2)));
    }

    @Test
    void atTheSamePrice_morePointsWin_thenMoreVoucherValue() {
        Campaign doublePoints = campaign(1, CampaignKind.POINTS_MULTIPLIER, new Benefit.PointsMultiplier(2),
                alipay(), "wallet");
        Campaign cashback = campaign(2, CampaignKind.CASHBACK_VOUCHER, FIVE_YUAN_VOUCHER, alipay(), "wallet");
        Campaign smallCashback = campaign(3, CampaignKind.CASHBACK_VOUCHER,
                new Benefit.CashbackVoucher(yuan(2), Money.ZERO, 30), alipay(), "wallet");

        PriceBreakdown points = Pricing.price(request(List.of(phone(yuan(100))), offer(cashback),
                offer(doublePoints)));
        PriceBreakdown voucher = Pricing.price(request(List.of(phone(yuan(100))), offer(smallCashback),
                offer(cashback)));

        assertThat(points.pointsToEarn()).isEqualTo(200);
        assertThat(points.vouchers()).isEmpty();
        assertThat(voucher.vouchers()).extracting(VoucherGrant::campaign).containsExactly(campaignId(2));
    }

    @ParameterizedTest(name = "goods {0} fen, balance {1}, asks {2}: spends {3}")
    @CsvSource({"15000, 10000, 10000, 7500", "15000, 10000, 1250, 1200", "15000, 99, 99, 0",
        "15099, 100000, 100000, 7500", "15200, 100000, 100000, 7600", "100, 100000, 100000, 0", "15000, 10000, 0, 0"})
    void points_areSpentInWholeYuan_onAtMostHalf_withinTheBalance(long goods, long balance, long asks, long spent) {
        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(fen(goods))), List.of(), List.of(),
                new CustomerFacts(Set.of(), false, balance), asks));

        assertThat(breakdown.pointsSpent()).isEqualTo(spent);
        assertThat(breakdown.amountToPay()).isEqualTo(fen(goods - spent));
        assertThat(breakdown.pointsToEarn()).isEqualTo((goods - spent) / 100);
    }

    @Test
    void points_areSpentOnWhatIsLeftAfterDiscounts_andSharedAmongTheLines() {
        Campaign tenOff = festival(1, off(10), Money.ZERO, "festival");

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(60)), book(yuan(50))),
                List.of(offer(tenOff)), List.of(), new CustomerFacts(Set.of(), false, 100_000), 100_000));

        assertThat(breakdown.pointsSpent()).isEqualTo(5000);
        assertThat(breakdown.amountToPay()).isEqualTo(yuan(50));
        assertThat(breakdown.lines()).extracting(LinePrice::pointsDiscount)
                .containsExactly(Money.ofYuan(27, 28), Money.ofYuan(22, 72));
    }

    @Test
    void aCouponNotUsableNow_isIgnored_andSaysWhy() {
        Campaign electronicsCoupon = campaign(1, CampaignKind.WALLET_COUPON, off(30), alipay(), "jd-coupon");
        Coupon expired = Coupon.claim(couponId(1), CUSTOMER, electronicsCoupon, NOW.minus(Duration.ofDays(31)));
        Coupon used = claimed(2, electronicsCoupon);
        used.reserveFor(PAYMENT, NOW);

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(100))), List.of(), List.of(expired, used),
                CustomerFacts.newCustomer(), 0));

        assertThat(breakdown.amountToPay()).isEqualTo(yuan(100));
        assertThat(breakdown.notApplied()).extracting(NotApplied::reason).containsExactly(
                new NotAppliedReason.CouponNotUsable(CouponStatus.AVAILABLE, true),
                new NotAppliedReason.CouponNotUsable(CouponStatus.RESERVED, false));
        assertThat(breakdown.notApplied().getFirst().reason().code()).isEqualTo("promotion.not-applied.coupon-expired");
    }

    @Test
    void aWalletCouponCampaign_appliesOnlyThroughAClaimedCoupon_drawingOnItsBudget() {
        Campaign electronicsCoupon = campaign(1, CampaignKind.WALLET_COUPON, off(30), alipay(), "jd-coupon");
        Money budgetUsed = electronicsCoupon.budget().minus(yuan(29));

        PriceBreakdown unclaimed = Pricing.price(request(List.of(phone(yuan(100))), offer(electronicsCoupon)));
        PriceBreakdown overBudget = Pricing.price(request(List.of(phone(yuan(100))),
                List.of(new CampaignOffer(electronicsCoupon, budgetUsed, 0)), List.of(claimed(1, electronicsCoupon)),
                CustomerFacts.newCustomer(), 0));

        assertThat(reasonFor(unclaimed, ref(1))).isEqualTo(new NotAppliedReason.NotClaimed());
        electronicsCoupon.pause();
        assertThat(reasonFor(Pricing.price(request(List.of(phone(yuan(100))), offer(electronicsCoupon))), ref(1)))
                .isEqualTo(new NotAppliedReason.NotRunning(CampaignStatus.PAUSED));
        assertThat(overBudget.notApplied()).extracting(NotApplied::reason)
                .containsExactly(new NotAppliedReason.BudgetTooSmall(yuan(30), yuan(29)));
    }

    @Test
    void aCompensationCoupon_competesWithVouchers_andDrawsOnNoBudget() {
        Coupon compensation = Coupon.compensation(couponId(1), CUSTOMER, "Sorry", "抱歉", new Benefit.AmountOff(yuan(8)),
                Conditions.none(), 30, NOW.minusSeconds(60));
        Campaign cashback = campaign(2, CampaignKind.CASHBACK_VOUCHER, FIVE_YUAN_VOUCHER, Conditions.none(),
                "cashback");
        Coupon voucher = Coupon.cashback(couponId(2), CUSTOMER, cashback, PAYMENT,
                FIVE_YUAN_VOUCHER, NOW.minusSeconds(60));

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(100))), List.of(), List.of(voucher,
                compensation), CustomerFacts.newCustomer(), 0));

        assertThat(breakdown.amountToPay()).isEqualTo(yuan(92));
        assertThat(breakdown.couponsUsed()).containsExactly(couponId(1));
        assertThat(breakdown.budgetClaims()).isEmpty();
        assertThat(breakdown.notApplied()).singleElement().extracting(NotApplied::reason)
                .isInstanceOf(NotAppliedReason.LostInStackingGroup.class);
    }

    @Test
    void twoCouponsOfOneCampaign_theOrderTakesOne_andTheOtherIsAnotherCouponOfTheOffer_notAnOfferThatSavesMore() {
        Campaign electronicsCoupon = campaign(1, CampaignKind.WALLET_COUPON, off(30),
                alipay().withCategories(Set.of(Category.ELECTRONICS)), "jd-coupon");
        Coupon claimedOne = claimed(1, electronicsCoupon);
        Coupon givenByAnAgent = Coupon.compensationFrom(couponId(2), CUSTOMER, electronicsCoupon, "Parcel late",
                NOW.minusSeconds(60));

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(400))), List.of(offer(electronicsCoupon)),
                List.of(claimedOne, givenByAnAgent), CustomerFacts.newCustomer(), 0));

        assertThat(breakdown.amountToPay()).isEqualTo(yuan(370));
        assertThat(breakdown.couponsUsed()).containsExactly(couponId(1));
        assertThat(reasonFor(breakdown, new OfferRef.OfCoupon(couponId(2), Optional.of(campaignId(1)))))
                .isEqualTo(new NotAppliedReason.AnotherCouponOfTheOffer(
                        new OfferRef.OfCoupon(couponId(1), Optional.of(campaignId(1)))));
    }

    @Test
    void twoVouchersOfOneCashbackCampaign_areAnotherCouponOfTheOffer_asAreTwoAgentCouponsOfOneName() {
        Campaign cashback = campaign(2, CampaignKind.CASHBACK_VOUCHER, FIVE_YUAN_VOUCHER, Conditions.none(),
                "cashback");
        Coupon first = Coupon.cashback(couponId(1), CUSTOMER, cashback, PAYMENT, FIVE_YUAN_VOUCHER,
                NOW.minusSeconds(120));
        Coupon second = Coupon.cashback(couponId(2), CUSTOMER, cashback, PAYMENT, FIVE_YUAN_VOUCHER,
                NOW.minusSeconds(60));
        Coupon sorry = Coupon.compensation(couponId(3), CUSTOMER, "Sorry", "抱歉", new Benefit.AmountOff(yuan(8)),
                Conditions.none(), 30, NOW.minusSeconds(60));
        Coupon sorryAgain = Coupon.compensation(couponId(4), CUSTOMER, "Sorry", "抱歉", new Benefit.AmountOff(yuan(8)),
                Conditions.none(), 30, NOW.minusSeconds(30));

        PriceBreakdown vouchers = Pricing.price(request(List.of(phone(yuan(100))), List.of(), List.of(first, second),
                CustomerFacts.newCustomer(), 0));
        PriceBreakdown apologies = Pricing.price(request(List.of(phone(yuan(100))), List.of(),
                List.of(sorry, sorryAgain), CustomerFacts.newCustomer(), 0));

        assertThat(vouchers.notApplied()).singleElement().extracting(NotApplied::reason)
                .isInstanceOf(NotAppliedReason.AnotherCouponOfTheOffer.class);
        assertThat(apologies.notApplied()).singleElement().extracting(NotApplied::reason)
                .isInstanceOf(NotAppliedReason.AnotherCouponOfTheOffer.class);
        assertThat(apologies.notApplied().getFirst().reason().code())
                .isEqualTo("promotion.not-applied.another-coupon-of-the-offer");
    }

    @Test
    void perWallet_pricesTheOrderOncePerWallet_inTheOrderAsked() {
        Campaign firstAlipay = firstPayment(1, off(10), yuan(50));
        Campaign firstWeChat = campaign(2, CampaignKind.FIRST_WALLET_PAYMENT, off(12),
                Conditions.none().withWallets(Set.of(WalletProvider.WECHAT_PAY)).firstPaymentWithWalletOnly(),
                "first-payment");

        List<PriceBreakdown> wallets = Pricing.perWallet(request(List.of(phone(yuan(100))), offer(firstAlipay),
                offer(firstWeChat)), List.of(WalletProvider.WECHAT_PAY, WalletProvider.ALIPAY, WalletProvider.JD_PAY));

        assertThat(wallets).extracting(PriceBreakdown::amountToPay).containsExactly(yuan(88), yuan(90), yuan(100));
        assertThat(wallets).extracting(PriceBreakdown::saved).containsExactly(yuan(12), yuan(10), Money.ZERO);
    }

    @Test
    void anOfferBelowItsMinimumSpendOnTheWholeOrder_isLeftOutBeforeTheSearch() {
        Campaign threshold = festival(1, off(50), yuan(300), "festival");
        Campaign percent = festival(2, new Benefit.PercentOff(10, yuan(100)), Money.ZERO, "festival");

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(200))), offer(threshold),
                offer(percent)));

        assertThat(breakdown.amountToPay()).isEqualTo(yuan(180));
        assertThat(reasonFor(breakdown, ref(1)))
                .isEqualTo(new NotAppliedReason.BelowMinimumSpend(yuan(300), yuan(100)));
    }

    @Test
    void withTooManyGroupsToTryEveryCombination_theWeakestOffersAreLeftOutFirst() {
        List<CampaignOffer> offers = new ArrayList<>();
        for (int number = 1; number <= 11; number++) {
            offers.add(offer(festival(number, off(number), Money.ZERO, "group-" + number)));
        }

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(1000))), offers, List.of(),
                CustomerFacts.newCustomer(), 0));

        assertThat(breakdown.discountTotal()).isEqualTo(yuan(66 - 1));
        assertThat(breakdown.notApplied()).containsExactly(new NotApplied(ref(1), "Campaign 1", "活动1",
                new NotAppliedReason.LostToBetterCombination()));
    }

    @Test
    void aClaimedCoupon_stopsWhenASupervisorPausesItsCampaign() {
        Campaign electronicsCoupon = campaign(1, CampaignKind.WALLET_COUPON, off(30), alipay(), "jd-coupon");
        Coupon coupon = claimed(1, electronicsCoupon);
        electronicsCoupon.pause();

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(100))),
                List.of(offer(electronicsCoupon)), List.of(coupon), CustomerFacts.newCustomer(), 0));

        assertThat(breakdown.amountToPay()).isEqualTo(yuan(100));
        assertThat(breakdown.notApplied()).extracting(NotApplied::reason)
                .containsExactly(new NotAppliedReason.NotRunning(CampaignStatus.PAUSED));
    }

    @Test
    void doublePoints_areNotGivenWhenTheExtraPointsExceedTheBudgetLeft() {
        Campaign doublePoints = campaign(1, CampaignKind.POINTS_MULTIPLIER, new Benefit.PointsMultiplier(2),
                alipay(), "points");
        Money ninetyNineFenLeft = doublePoints.budget().minus(fen(99));

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(100))),
                new CampaignOffer(doublePoints, ninetyNineFenLeft, 0)));

        assertThat(breakdown.pointsToEarn()).isEqualTo(100);
        assertThat(reasonFor(breakdown, ref(1))).isEqualTo(new NotAppliedReason.BudgetTooSmall(fen(100), fen(99)));
        assertThat(breakdown.budgetClaims()).isEmpty();
    }

    /** One campaign of each kind and benefit on a ¥120 phone paid with Alipay by a new customer. */
    record KindCase(String name, CampaignKind kind, Benefit benefit, long toPayFen, long points, long voucherFen,
                    long budgetFen) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<KindCase> everyKind() {
        return List.of(
                new KindCase("first payment, amount off", CampaignKind.FIRST_WALLET_PAYMENT, off(10), 11000, 110, 0,
                        1000),
                new KindCase("first payment, percent off", CampaignKind.FIRST_WALLET_PAYMENT,
                        new Benefit.PercentOff(5, yuan(7)), 11400, 114, 0, 600),
                new KindCase("first payment, cashback", CampaignKind.FIRST_WALLET_PAYMENT, FIVE_YUAN_VOUCHER, 12000,
                        120, 500, 500),
                new KindCase("festival, capped percent", CampaignKind.FESTIVAL, new Benefit.PercentOff(20, yuan(15)),
                        10500, 105, 0, 1500),
                new KindCase("double points", CampaignKind.POINTS_MULTIPLIER, new Benefit.PointsMultiplier(2), 12000,
                        240, 0, 120),
                new KindCase("cashback voucher", CampaignKind.CASHBACK_VOUCHER, FIVE_YUAN_VOUCHER, 12000, 120, 500,
                        500));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void everyKindOfCampaign_givesItsBenefit_andClaimsItsBudget(KindCase kindCase) {
        Conditions conditions = kindCase.kind() == CampaignKind.FIRST_WALLET_PAYMENT
                ? alipay().firstPaymentWithWalletOnly() : alipay();
        Campaign campaign = campaign(1, kindCase.kind(), kindCase.benefit(), conditions, "group");

        PriceBreakdown breakdown = Pricing.price(request(List.of(phone(yuan(120))), offer(campaign)));

        assertThat(breakdown.amountToPay()).isEqualTo(fen(kindCase.toPayFen()));
        assertThat(breakdown.pointsToEarn()).isEqualTo(kindCase.points());
        assertThat(breakdown.voucherValue()).isEqualTo(fen(kindCase.voucherFen()));
        assertThat(breakdown.budgetClaims())
                .containsExactly(new BudgetClaim(campaignId(1), fen(kindCase.budgetFen()), true));
        assertThat(breakdown.campaignUses()).containsExactly(campaignId(1));
        assertThat(breakdown.notApplied()).isEmpty();
    }
}
