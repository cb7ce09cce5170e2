package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.checkout.CartItem;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.application.port.in.promotion.CartOffer;
import org.hexmall.application.port.in.promotion.ShownOffer;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** The offers shown before paying: on the promotions page, a product's page and the cart. */
class ViewOffersTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷",
            "tea-4two-pots");
    private final Instant now = hexmall.clock.instant();
    private final Campaign coupon = WalletPromotions.jdPayElectronicsCoupon(now, 1);
    private final Campaign firstPayment = WalletPromotions.alipayFirstPayment(now);
    private final Campaign festival = WalletPromotions.alipayFestival(now);

    @Test
    void thePromotionsPage_showsTheRunningOffersItemOffersFirst_andWhatTheCustomerClaimed() {
        add(coupon, firstPayment, festival);
        hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty());

        List<ShownOffer> offers = hexmall.viewOffers.running(Optional.of(customer));

        assertThat(offers).extracting(offer -> offer.campaign().id())
                .containsExactly(coupon.id(), festival.id(), firstPayment.id());
        assertThat(offers.getFirst().isClaimedToTheLimit()).isTrue();
        assertThat(hexmall.viewOffers.running(Optional.empty()).getFirst().isClaimedToTheLimit()).isFalse();
    }

    @Test
    void pausedScheduledEndedAndSpentCampaigns_showNoOffer() {
        Campaign later = WalletPromotions.alipayFestival(now.plus(Duration.ofDays(1)));
        add(coupon, firstPayment, festival, later);
        coupon.pause();
        hexmall.storage.campaigns().update(coupon);
        hexmall.storage.promotionBudgets().reserve(new PaymentId(UUID.randomUUID()), customer,
                List.of(new PromotionBudgets.Claim(festival.id(), festival.budget(), 5)), now);

        assertThat(hexmall.viewOffers.running(Optional.empty())).extracting(offer -> offer.campaign().id())
                .containsExactly(firstPayment.id());

        hexmall.clock.advance(Duration.ofDays(30));
        assertThat(hexmall.viewOffers.running(Optional.empty())).extracting(offer -> offer.campaign().id())
                .containsExactly(later.id());
    }

    @Test
    void aProductPage_showsTheOffersOfTheWholeStoreAndOfItsCategory() {
        add(coupon, firstPayment, festival);

        assertThat(hexmall.viewOffers.forProduct(Shelf.CHARGER, Optional.empty())).extracting(offer -> offer.campaign().id())
                .containsExactly(coupon.id(), festival.id(), firstPayment.id());
        assertThat(hexmall.viewOffers.forProduct(Shelf.TEA, Optional.empty())).extracting(offer -> offer.campaign().id())
                .containsExactly(festival.id(), firstPayment.id());
    }

    @Test
    void theCart_saysHowMuchMoreItsCoveredLinesNeedForEachThreshold() {
        add(coupon, firstPayment);
        // Two chargers are ¥178 of electronics: ¥121 short of the coupon's ¥299; with the tea, ¥207.90 in all.
        CartView cart = new CartView(List.of(new CartItem(Shelf.CHARGER, 2), new CartItem(Shelf.TEA, 1)));

        List<CartOffer> offers = hexmall.viewOffers.forCart(cart, customer);

        assertThat(offers).extracting(offer -> offer.campaign().id()).containsExactly(coupon.id(), firstPayment.id());
        assertThat(offers.getFirst().eligibleTotal()).isEqualTo(Money.ofYuan(178, 0));
        assertThat(offers.getFirst().stillToSpend()).isEqualTo(Money.ofYuan(121, 0));
        assertThat(offers.getLast().isReached()).isTrue();
        assertThat(hexmall.viewOffers.forCart(new CartView(List.of(new CartItem(Shelf.TEA, 1))), customer))
                .extracting(offer -> offer.campaign().id()).containsExactly(firstPayment.id());
    }

    @Test
    void aCustomersProductPage_knowsTheCouponsTheyHold_soTheClaimButtonGivesWayToClaimed() {
        add(coupon, festival);
        assertThat(hexmall.viewOffers.forProduct(Shelf.CHARGER, Optional.of(customer)).getFirst())
                .satisfies(offer -> assertThat(offer.isClaimedToTheLimit()).isFalse());

        hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty());

        ShownOffer shown = hexmall.viewOffers.forProduct(Shelf.CHARGER, Optional.of(customer)).getFirst();
        assertThat(shown.campaign().id()).isEqualTo(coupon.id());
        assertThat(shown.claimedByCustomer()).isEqualTo(1);
        assertThat(shown.isClaimedToTheLimit()).isTrue();
        assertThat(hexmall.viewOffers.forProduct(Shelf.CHARGER, Optional.empty()).getFirst().isClaimedToTheLimit())
                .as("a visitor").isFalse();
    }

    @Test
    void aCustomerWhoUsedTheirOnlyCoupon_isOfferedNoClaimAnywhere_andTheProductPageSaysTheyUsedIt() {
        add(coupon, festival);
        hexmall.stock(Shelf.CHARGER);
        hexmall.walletBound(customer, "13800138000", WalletProvider.JD_PAY, "13800000003");
        hexmall.claimCoupon.claim(customer, coupon.id(), Optional.empty());
        // Four chargers are ¥356 of electronics, over the coupon's ¥299.
        CartView cart = new CartView(List.of(new CartItem(Shelf.CHARGER, 4)));
        assertThat(hexmall.viewOffers.forCart(cart, customer)).extracting(offer -> offer.campaign().id())
                .as("the coupon held is still to use").contains(coupon.id());
        ShownOffer held = hexmall.viewOffers.forProduct(Shelf.CHARGER, Optional.of(customer)).getFirst();
        assertThat(held.isClaimedToTheLimit()).isTrue();
        assertThat(held.isUsedUp()).isFalse();

        hexmall.paid(customer, hexmall.orderOf(customer, Shelf.CHARGER, Shelf.CHARGER, Shelf.CHARGER, Shelf.CHARGER),
                WalletProvider.JD_PAY);

        ShownOffer onTheProductPage = hexmall.viewOffers.forProduct(Shelf.CHARGER, Optional.of(customer)).getFirst();
        assertThat(onTheProductPage.campaign().id()).isEqualTo(coupon.id());
        assertThat(onTheProductPage.claimedByCustomer()).isEqualTo(1);
        assertThat(onTheProductPage.usedByCustomer()).isEqualTo(1);
        assertThat(onTheProductPage.isClaimedToTheLimit()).as("no claim offered").isTrue();
        assertThat(onTheProductPage.isUsedUp()).as("said to be used").isTrue();
        ShownOffer onThePromotionsPage = hexmall.viewOffers.running(Optional.of(customer)).getFirst();
        assertThat(onThePromotionsPage.campaign().id()).isEqualTo(coupon.id());
        assertThat(onThePromotionsPage.isUsedUp()).isTrue();
        assertThat(hexmall.viewOffers.forCart(cart, customer)).extracting(offer -> offer.campaign().id())
                .as("nothing of the coupon is left for this cart").doesNotContain(coupon.id());
        assertThat(hexmall.viewOffers.forProduct(Shelf.CHARGER, Optional.empty()).getFirst().isClaimedToTheLimit())
                .as("a visitor may still claim").isFalse();

        hexmall.storage.coupons().add(Coupon.compensationFrom(new CouponId(UUID.randomUUID()), customer, coupon,
                "Late delivery", hexmall.clock.instant()));
        assertThat(hexmall.viewOffers.forCart(cart, customer)).extracting(offer -> offer.campaign().id())
                .as("a coupon of it from customer service").contains(coupon.id());
    }

    @Test
    void aFirstPaymentOffer_isNoLongerShownForAWalletTheCustomerHasPaidWith() {
        add(firstPayment, festival);
        hexmall.stock(Shelf.CHARGER);
        hexmall.walletBound(customer, "13800138000", WalletProvider.ALIPAY, "13800138000");
        CartView cart = new CartView(List.of(new CartItem(Shelf.CHARGER, 1)));
        assertThat(hexmall.viewOffers.forProduct(Shelf.CHARGER, Optional.of(customer)))
                .extracting(offer -> offer.campaign().id()).contains(firstPayment.id());

        hexmall.paid(customer, hexmall.orderOf(customer, Shelf.CHARGER), WalletProvider.ALIPAY);

        assertThat(hexmall.viewOffers.forProduct(Shelf.CHARGER, Optional.of(customer)))
                .extracting(offer -> offer.campaign().id()).containsExactly(festival.id());
        assertThat(hexmall.viewOffers.forCart(cart, customer))
                .extracting(offer -> offer.campaign().id()).containsExactly(festival.id());
        assertThat(hexmall.viewOffers.forProduct(Shelf.CHARGER, Optional.empty()))
                .as("a visitor still sees it").extracting(offer -> offer.campaign().id())
                .contains(firstPayment.id());
    }

    private void add(Campaign... campaigns) {
        for (Campaign campaign : campaigns) {
            hexmall.storage.campaigns().add(campaign, now);
        }
    }
}
