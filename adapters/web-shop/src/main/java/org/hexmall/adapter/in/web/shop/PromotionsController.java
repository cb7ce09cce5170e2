package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.promotion.ClaimCoupon;
import org.hexmall.application.port.in.promotion.ClaimResult;
import org.hexmall.application.port.in.promotion.ShownOffer;
import org.hexmall.application.port.in.promotion.ViewOffers;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.security.Principal;

/**
 * The promotions page (优惠活动): every running wallet offer in one line with its campaign and when it ends, and a
 * "Claim" button for wallet coupons. Claiming, from this page or a product page, comes back to the page it was
 * pressed on, which says what came of it.
 */
public final class PromotionsController {

    static final String PAGE = "/promotions";
    static final String CLAIM = "/account/coupons/claim";

    private final ViewOffers viewOffers;
    private final ClaimCoupon claimCoupon;
    private final PageRenderer pages;

    public PromotionsController(ViewOffers viewOffers, ClaimCoupon claimCoupon, PageRenderer pages) {
        this.viewOffers = viewOffers;
        this.claimCoupon = claimCoupon;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PAGE, this::promotions);
        routes.post(CLAIM, this::claim);
    }

    private void promotions(Context ctx) {
        Optional<Principal> principal = Optional.of(WebSessions.current(ctx).principal());
        List<ShownOffer> offers = viewOffers.running(principal
                .filter(Principal.Customer.class::isInstance).map(Principal.Customer.class::cast)
                .map(Principal.Customer::customerId));
        Map<String, Object> model = new HashMap<>();
        model.put("shownOffers", offers);
        model.putAll(claimOutcome(ctx, pages));
        pages.render(ctx, "shop/promotions", model);
    }

    private void claim(Context ctx) {
        String back = backTo(ctx);
        Optional<CampaignId> campaign = CampaignId.parse(ctx.formParam("campaignId"));
        Optional<String> pageKey = PaymentController.oneTimeKey(ctx.formParam("key"));
        if (campaign.isEmpty()) {
            ctx.redirect(back + "?refused=no-such", HttpStatus.SEE_OTHER);
            return;
        }
        // One key per page and offer: a double click claims once, and another offer's button is another claim.
        Optional<IdempotencyKey> key = pageKey.map(page -> new IdempotencyKey(page + " " + campaign.get()));
        ClaimResult result = claimCoupon.claim(CustomerAccess.customerOf(ctx), campaign.get(), key);
        String outcome = switch (result) {
            case ClaimResult.Claimed claimed -> "claimed=" + campaign.get();
            case ClaimResult.NoSuchCoupon none -> "refused=no-such";
            case ClaimResult.NotRunning notRunning -> "refused=" + notRunning.status().name().toLowerCase()
                    .replace('_', '-');
            case ClaimResult.BudgetSpent spent -> "refused=budget-spent";
            case ClaimResult.LimitReached limit -> "refused=limit";
            case ClaimResult.KeyReused reused -> "refused=form-expired";
        };
        ctx.redirect(back + "?" + outcome, HttpStatus.SEE_OTHER);
    }

    /**
     * What the page says after a claim came back to it: {@code claimed} names the campaign a coupon was claimed from,
     * {@code claimProblem} why a claim was refused. Unknown values in the address say nothing.
     */
    static Map<String, Object> claimOutcome(Context ctx, PageRenderer pages) {
        Map<String, Object> model = new HashMap<>();
        model.put("claimed", CampaignId.parse(ctx.queryParam("claimed")).map(CampaignId::toString).orElse(""));
        String refused = ctx.queryParam("refused");
        boolean known = refused != null && List.of("no-such", "scheduled", "paused", "ended", "budget-spent",
                "limit", "form-expired").contains(refused);
        model.put("claimProblem", known ? pages.message(ctx, "claim.refused." + refused) : null);
        model.put("claimKey", UUID.randomUUID().toString());
        return model;
    }

    /** The page a claim form came from: the promotions page or a product's page, never another address. */
    static String backTo(Context ctx) {
        String back = ctx.formParam("back");
        String product = "/products/";
        return back != null && back.startsWith(product)
                ? CatalogController.productId(back.substring(product.length())).map(id -> product + id.value())
                        .orElse(PAGE)
                : PAGE;
    }
}
