package org.hexmall.acceptance.browser;

import com.microsoft.playwright.Page;
import java.time.Duration;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignWindow;

/** What the browser flows about wallet promotions do before the step they are about. */
final class PromotedShopping {

    /** The payment password of every wallet account these flows open. */
    static final String PAYMENT_PASSWORD = "864209";

    private PromotedShopping() {
    }

    /**
     * A new shopper registers, opens a wallet account holding ¥1000 and binds it; the wallet's label on the payment
     * page, "Alipay 138****0001".
     */
    static String newShopperWith(Page page, String wallet) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        SimulatedWallets.accountAlreadyOpen(page, wallet, customer.phone(), customer.name(), "1000", PAYMENT_PASSWORD);
        Storefront.alreadyLoggedIn(page, customer.phone(), customer.password());
        PaymentMethods.bindOverHttp(page, wallet, customer.phone(), SimulatedPhone.beside(page, customer.phone()),
                PAYMENT_PASSWORD);
        return wallet + " " + customer.phone().substring(0, 3) + "****" + customer.phone().substring(7);
    }

    /** Stores the campaign as a supervisor's creation would, running from its window's start. */
    static Campaign run(HexmallApplication hexmall, Campaign campaign) {
        hexmall.storage().campaigns().add(campaign, campaign.window().startsAt());
        return campaign;
    }

    /** From a day ago until a week from now, by the store's clock. */
    static CampaignWindow thisWeek(MovableClock clock) {
        return new CampaignWindow(clock.instant().minus(Duration.ofDays(1)), clock.instant().plus(Duration.ofDays(7)));
    }
}
