package org.hexmall.domain.promotion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.promotion.PromotionFixtures.NOW;
import static org.hexmall.domain.promotion.PromotionFixtures.alipay;
import static org.hexmall.domain.promotion.PromotionFixtures.book;
import static org.hexmall.domain.promotion.PromotionFixtures.campaign;
import static org.hexmall.domain.promotion.PromotionFixtures.campaignId;
import static org.hexmall.domain.promotion.PromotionFixtures.festival;
import static org.hexmall.domain.promotion.PromotionFixtures.firstPayment;
import static org.hexmall.domain.promotion.PromotionFixtures.off;
import static org.hexmall.domain.promotion.PromotionFixtures.offer;
import static org.hexmall.domain.promotion.PromotionFixtures.returning;
import static org.hexmall.domain.promotion.PromotionFixtures.yuan;

import java.util.List;
import java.util.Set;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/** The offers shown before paying, on the promotions page, product pages and the cart. */
class OfferCatalogTest {

    private final Campaign firstAlipay = firstPayment(1, off(10), yuan(50));
    private final Campaign electronicsCoupon = campaign(2, CampaignKind.WALLET_COUPON, off(30),
            alipay().withCategories(Set.of(Category.ELECTRONICS)).withMinimumSpend(yuan(299)), "jd-coupon");
    private final Campaign spent = festival(3, off(50), yuan(300), "festival");
    private final List<CampaignOffer> offers = List.of(offer(firstAlipay), offer(electronicsCoupon),
            new CampaignOffer(spent, spent.budget(), 0));

    @Test
    void theFirstPaymentOffer_isDescribedWithItsWalletBenefitAndMinimumSpend() {
        OfferDescription description = OfferCatalog.running(offers, CustomerFacts.newCustomer(), NOW).get(1);

        assertThat(description.campaign()).isEqualTo(campaignId(1));
        assertThat(description.wallets()).containsExactly(WalletProvider.ALIPAY);
        assertThat(description.benefit()).isEqualTo(new Benefit.AmountOff(yuan(10)));
        assertThat(description.minimumSpend()).isEqualTo(yuan(50));
        assertThat(description.firstPaymentWithWallet()).isTrue();
        assertThat(description.customerQualifies()).isTrue();
    }

    @Test
    void onlyRunningOffersShow_itemOffersFirst() {
        assertThat(OfferCatalog.running(offers, CustomerFacts.newCustomer(), NOW))
                .extracting(OfferDescription::campaign).containsExactly(campaignId(2), campaignId(1));
    }

    @Test
    void aProductPage_showsTheOffersCoveringTheProduct() {
        List<OfferDescription> forBook = OfferCatalog.forProduct(offers, new ProductId("BOOK-0001"), Category.BOOKS,
                CustomerFacts.newCustomer(), NOW);
        List<OfferDescription> forPhone = OfferCatalog.forProduct(offers, new ProductId("ELEC-0001"),
                Category.ELECTRONICS, CustomerFacts.newCustomer(), NOW);

        assertThat(forBook).extracting(OfferDescription::campaign).containsExactly(campaignId(1));
        assertThat(forPhone).extracting(OfferDescription::claimable).containsExactly(true, false);
        assertThat(OfferCatalog.forLines(offers, List.of(book(Money.ofYuan(20, 0))), CustomerFacts.newCustomer(),
                NOW)).extracting(OfferDescription::campaign).containsExactly(campaignId(1));
    }

    @Test
    void aCustomerWhoPaidWithTheWalletBefore_isToldTheFirstPaymentOfferIsNotForThem() {
        OfferDescription description = OfferCatalog.running(offers, returning(), NOW).get(1);

        assertThat(description.customerQualifies()).isFalse();
    }
}
