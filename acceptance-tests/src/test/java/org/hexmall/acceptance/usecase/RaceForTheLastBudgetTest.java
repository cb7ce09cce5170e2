package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.service.promotion.shared.PromotionSettlement;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Two payments race for the last of a campaign's budget: the one that reserves second is refused, and is priced again
 * at once, in its own transaction, without the offer. It is not turned back: the wallet is asked for the new amount,
 * which the wallet app shows before the customer confirms, and the frozen price says the offer did not apply.
 */
class RaceForTheLastBudgetTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷",
            "tea-4two-pots");

    RaceForTheLastBudgetTest() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        hexmall.boundWallet(customer, "13800138000", ALIPAY, "13800000001");
        hexmall.stock(CHARGER);
    }

    @Test
    void theSecondToReserveTheLastTenYuan_isPricedAgainWithoutTheOffer_andReservesNothing() {
        Campaign lastTenYuan = RunningCampaigns.firstWalletPayment(RunningCampaigns.THIS_WEEK, Money.ofYuan(10, 0));
        hexmall.storage.campaigns().add(lastTenYuan, RunningCampaigns.setUpAt());
        Order order = hexmall.order(hexmall.orderOf(customer, CHARGER));
        PaymentId winner = new PaymentId(UUID.randomUUID());
        PaymentId loser = new PaymentId(UUID.randomUUID());
        var racing = new ReservesFirst(hexmall.storage.promotionBudgets(), winner, lastTenYuan.id());
        var settlement = new PromotionSettlement(hexmall.storage.promotionFacts(), racing,
                hexmall.storage.coupons(), hexmall.storage.pointsLedger(), hexmall.storage.paymentPricings(),
                hexmall.storage.campaigns(), new SecureRandomTokens());

        PriceBreakdown price = hexmall.storage.transactions().inTransaction(() ->
                settlement.reserve(loser, order, ALIPAY, 0, hexmall.clock.instant()));

        assertThat(price.amountToPay()).isEqualTo(Money.ofYuan(89, 0));
        assertThat(price.discounts()).isEmpty();
        assertThat(price.budgetClaims()).isEmpty();
        assertThat(racing.reservations).as("the refused reservation, then none: nothing left to claim").isEqualTo(1);
        assertThat(hexmall.storage.promotionBudgets().used(lastTenYuan.id())).isEqualTo(Money.ofYuan(10, 0));
        assertThat(hexmall.storage.promotionBudgets().ofPayment(loser)).isEmpty();
        assertThat(hexmall.storage.promotionBudgets().ofPayment(winner)).hasSize(1);
    }

    /** The store's budgets, where another payment takes the campaign's whole budget just before this one reserves. */
    private static final class ReservesFirst implements PromotionBudgets {

        private final PromotionBudgets budgets;
        private final PaymentId other;
        private final CampaignId campaign;
        private int reservations;

        ReservesFirst(PromotionBudgets budgets, PaymentId other, CampaignId campaign) {
            this.budgets = budgets;
            this.other = other;
            this.campaign = campaign;
        }

        @Override
        public ReservationResult reserve(PaymentId payment, CustomerId customer, List<Claim> claims, Instant now) {
            if (reservations++ == 0) {
                budgets.reserve(other, new CustomerId(UUID.randomUUID()),
                        List.of(new Claim(campaign, Money.ofYuan(10, 0), 1)), now);
            }
            return budgets.reserve(payment, customer, claims, now);
        }

        @Override
        public boolean commit(PaymentId payment, Instant now) {
            return budgets.commit(payment, now);
        }

        @Override
        public boolean release(PaymentId payment, Instant now) {
            return budgets.release(payment, now);
        }

        @Override
        public boolean recordReversal(PaymentId payment, CampaignId campaign, Money amount, Instant now) {
            return budgets.recordReversal(payment, campaign, amount, now);
        }

        @Override
        public Money used(CampaignId campaign) {
            return budgets.used(campaign);
        }

        @Override
        public Map<CampaignId, Integer> customerUses(CustomerId customer, Set<CampaignId> campaigns) {
            return budgets.customerUses(customer, campaigns);
        }

        @Override
        public List<SpendingBucket> spendingOverTime(CampaignId campaign, Instant from, Instant to,
                                                     Duration bucket) {
            return budgets.spendingOverTime(campaign, from, to, bucket);
        }

        @Override
        public Page<ListedRedemption> redemptions(CampaignId campaign, int page, int size) {
            return budgets.redemptions(campaign, page, size);
        }

        @Override
        public Page<ListedRedemption> reversals(CampaignId campaign, int page, int size) {
            return budgets.reversals(campaign, page, size);
        }

        @Override
        public List<Redemption> ofPayment(PaymentId payment) {
            return budgets.ofPayment(payment);
        }
    }
}
