package org.hexmall.acceptance.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.hexmall.acceptance.budget.LiLeisCheckouts.Checkout;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.RoundTrips;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * What pricing with promotions costs a checkout, counted rather than timed, so that it reads the same on any machine:
 * 李雷 checks out the same rice cooker (¥399) with Alipay, step by step ({@link LiLeisCheckouts}),
 * once in a store whose every campaign a supervisor paused, and once in a store running the demo campaigns and three
 * more that every one of his checkouts meets, as the checkout benchmark's {@code -Dbench.campaigns=on} does: ¥50 off
 * over ¥300 with Alipay, double points with Alipay, and a ¥5 voucher for every payment over ¥100, which his next
 * checkout uses. So each checkout measured with campaigns on reserves the three campaigns' budgets and uses, holds
 * and uses the voucher the checkout before it earned, commits the budgets, appends boosted points and grants a new
 * voucher.
 * The demo campaigns' limits per customer are spent during the warm-up (the first payment with Alipay, three
 * festival discounts, three vouchers), so the measured checkouts are alike.
 * <p>
 * The figures are the median of the measured checkouts, step by step. A checkout priced with campaigns may make at
 * most {@link #PRICING_STATEMENTS_AT_MOST} statements more than one priced with none, and no commit more: what a
 * campaign applies is written in the transactions the payment has anyway.
 */
class PricingRoundTripBudgetTest {

    /**
     * The statements (batches included) that campaigns applying may add to a whole checkout, over the same checkout
     * priced with none: 9 when the payment starts (the voucher held locked and updated, and for each of the three
     * campaigns a budget reservation and a use, with the redemptions' batch) and 5 when its success is applied (the
     * budgets committed, the voucher used, the new voucher granted). The figure measured when it was set: lower it
     * when pricing gets cheaper, and raise it only with a reason.
     */
    static final int PRICING_STATEMENTS_AT_MOST = 14;

    /** ¥399.00: ten checkouts are well within 李雷's ¥5,000.00 at the simulated Alipay. */
    private static final String PRODUCT = "HOME-0002";
    private static final int WARM_UP_CHECKOUTS = 5;
    private static final int MEASURED_CHECKOUTS = 5;

    private final RoundTripCounter roundTrips = new RoundTripCounter();

    @Test
    void campaignsThatApply_addAFewStatementsToACheckout_andNoCommit() {
        Side off = checkouts(false);
        Side on = checkouts(true);
        String table = table(off.figures(), on.figures());
        System.out.println("Database round trips of hexmall per checkout step with campaigns off and on, the median of "
                + MEASURED_CHECKOUTS + " checkouts after " + WARM_UP_CHECKOUTS + " to warm up:\n" + table);

        assertThat(off.discounts()).as("discounts on each measured checkout, every campaign paused")
                .containsOnly(0);
        assertThat(on.discounts()).as("discounts on each measured checkout, campaigns running: the festival's and"
                + " the voucher's").containsOnly(2);
        RoundTrips offWhole = off.figures().getLast().hexmall();
        RoundTrips onWhole = on.figures().getLast().hexmall();
        assertThat(onWhole.statements() + onWhole.batches() - offWhole.statements() - offWhole.batches())
                .as("statements pricing with campaigns adds to a checkout:\n" + table)
                .isPositive()
                .isLessThanOrEqualTo(PRICING_STATEMENTS_AT_MOST);
        assertThat(onWhole.commits()).as("commits of a checkout with campaigns, as without:\n" + table)
                .isEqualTo(offWhole.commits());
        assertThat(onWhole.rollbacks() + onWhole.savepoints()).as("rollbacks and savepoints:\n" + table)
                .isEqualTo(offWhole.rollbacks() + offWhole.savepoints());
    }

    /** The measured figures of one store, step by step then whole, and how many discounts each checkout had. */
    private record Side(List<StepFigures> figures, List<Integer> discounts) {
    }

    private Side checkouts(boolean campaignsOn) {
        try (HexmallApplication hexmall = HexmallApplication.start(LiLeisCheckouts.storeOnH2("pricing-budget"),
                Clock.systemUTC(), roundTrips)) {
            Campaigns campaigns = hexmall.storage().campaigns();
            if (campaignsOn) {
                runEveryCheckoutsCampaigns(campaigns, Instant.now());
            } else {
                pauseEveryCampaign(campaigns);
            }
            List<Checkout> measured = LiLeisCheckouts.in(hexmall, roundTrips)
                    .checkOut(PRODUCT, WARM_UP_CHECKOUTS + MEASURED_CHECKOUTS)
                    .subList(WARM_UP_CHECKOUTS, WARM_UP_CHECKOUTS + MEASURED_CHECKOUTS);
            return new Side(StepFigures.of(LiLeisCheckouts.steps(measured)), measured.stream()
                    .map(checkout -> checkout.payment().path("price").path("discounts").size()).toList());
        }
    }

    /** As the benchmark's campaigns: what every one of 李雷's checkouts of the rice cooker meets. */
    private static void runEveryCheckoutsCampaigns(Campaigns campaigns, Instant now) {
        CampaignWindow window = new CampaignWindow(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)));
        Money budget = Money.ofYuan(100_000_000, 0);
        int uses = Campaign.MAX_USES_PER_CUSTOMER;
        Set<WalletProvider> alipay = Set.of(WalletProvider.ALIPAY);
        for (Campaign campaign : List.of(
                Campaign.create(newId(), "Double 11 encore ¥50 off over ¥300", "双11返场 满300减50",
                        CampaignKind.FESTIVAL, Conditions.none().withWallets(alipay)
                                .withMinimumSpend(Money.ofYuan(300, 0)),
                        new Benefit.AmountOff(Money.ofYuan(50, 0)), new StackingGroup("festival"), 0, window,
                        budget, uses),
                Campaign.create(newId(), "Double points with Alipay", "支付宝双倍积分",
                        CampaignKind.POINTS_MULTIPLIER, Conditions.none().withWallets(alipay),
                        new Benefit.PointsMultiplier(2), new StackingGroup("points"), 0, window, budget, uses),
                Campaign.create(newId(), "¥5 cashback voucher", "返5元券", CampaignKind.CASHBACK_VOUCHER,
                        Conditions.none().withMinimumSpend(Money.ofYuan(100, 0)),
                        new Benefit.CashbackVoucher(Money.ofYuan(5, 0), Money.ofYuan(20, 0), 30),
                        new StackingGroup("cashback"), 0, window, budget, uses))) {
            campaigns.add(campaign, now);
        }
    }

    /** Pauses every campaign of the demo, as a supervisor could. */
    private static void pauseEveryCampaign(Campaigns campaigns) {
        for (CampaignStanding standing : campaigns.list(1, 100).items()) {
            Campaign campaign = standing.campaign();
            if (campaign.endedAt().isEmpty() && !campaign.isPaused()) {
                campaign.pause();
                campaigns.update(campaign);
            }
        }
    }

    private static CampaignId newId() {
        return new CampaignId(UUID.randomUUID());
    }

    /** Statements (batches included), commits and all round trips of each step, off then on. */
    private static String table(List<StepFigures> off, List<StepFigures> on) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-30s %24s   %24s%n%-30s %10s %7s %5s   %10s %7s %5s%n", "", "campaigns off", "campaigns on", "step",
                "statements", "commits", "total", "statements", "commits", "total"));
        for (int step = 0; step < off.size(); step++) {
            RoundTrips without = off.get(step).hexmall();
            RoundTrips with = on.get(step).hexmall();
            table.append(String.format(Locale.ROOT, "%-30s %10d %7d %5d   %10d %7d %5d%n", off.get(step).step(),
                    without.statements() + without.batches(), without.commits(), without.total(),
                    with.statements() + with.batches(), with.commits(), with.total()));
        }
        return table.toString();
    }
}
