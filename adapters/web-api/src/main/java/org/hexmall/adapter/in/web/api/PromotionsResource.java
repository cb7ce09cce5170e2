package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hexmall.adapter.in.web.api.Problem.FieldProblem;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.in.promotion.ClaimCoupon;
import org.hexmall.application.port.in.promotion.ClaimResult;
import org.hexmall.application.port.in.promotion.CouponTab;
import org.hexmall.application.port.in.promotion.MyCoupons;
import org.hexmall.application.port.in.promotion.ViewMyCoupons;
import org.hexmall.application.port.in.promotion.ViewMyPoints;
import org.hexmall.application.port.in.promotion.ViewOffers;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;

/**
 * The wallet promotions: {@code GET /api/v1/offers}, the running offers, open to everyone as on the promotions page;
 * the customer's coupons ({@code GET /api/v1/coupons?shelf=available|used|expired}), claiming one of a wallet coupon
 * campaign ({@code POST /api/v1/coupons}, with an {@code Idempotency-Key}: the same key again answers the same
 * coupon), and their points ({@code GET /api/v1/points}).
 */
final class PromotionsResource {

    static final String OFFERS = ApiRoutes.V1 + "/offers";
    static final String COUPONS = ApiRoutes.V1 + "/coupons";
    static final String POINTS = ApiRoutes.V1 + "/points";

    private final ViewOffers viewOffers;
    private final ClaimCoupon claimCoupon;
    private final ViewMyCoupons viewMyCoupons;
    private final ViewMyPoints viewMyPoints;
    private final CustomerAuthentication authentication;

    PromotionsResource(ViewOffers viewOffers, ClaimCoupon claimCoupon, ViewMyCoupons viewMyCoupons,
                       ViewMyPoints viewMyPoints, CustomerAuthentication authentication) {
        this.viewOffers = viewOffers;
        this.claimCoupon = claimCoupon;
        this.viewMyCoupons = viewMyCoupons;
        this.viewMyPoints = viewMyPoints;
        this.authentication = authentication;
    }

    void register(ApiRouter router) {
        router.get(OFFERS, this::offers);
        router.get(COUPONS, this::coupons);
        router.post(COUPONS, this::claim);
        router.get(POINTS, this::points);
    }

    private void offers(Context ctx) {
        ApiResponses.json(ctx, 200, new OffersJson(viewOffers.running(Optional.empty()).stream()
                .map(offer -> OfferJson.of(offer.campaign(), offer.isClaimable())).toList()));
    }

    private void coupons(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        List<FieldProblem> errors = new ArrayList<>();
        CouponTab shelf = shelf(ctx.queryParam("shelf"), errors);
        int page = ProductsResource.number(ctx.queryParam("page"), "page", 1, Integer.MAX_VALUE, 1, errors);
        if (!errors.isEmpty()) {
            throw new ApiProblem(Problems.invalidRequest(errors));
        }
        MyCoupons coupons = viewMyCoupons.view(customer, shelf, page);
        var found = coupons.coupons();
        ApiResponses.json(ctx, 200, new CouponPageJson(shelf.name(),
                found.items().stream().map(coupon -> CouponJson.of(coupon, coupons.orderOf(coupon))).toList(),
                found.number(), found.size(), found.total(), found.pageCount()));
    }

    private void claim(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        IdempotencyKey key = new IdempotencyKey(IdempotencyKeyHeader.require(ctx));
        JsonBody body = JsonBody.required(ctx);
        String typed = body.string("campaignId", true);
        body.throwIfInvalid();
        CampaignId campaign = CampaignId.parse(typed).orElseThrow(() -> new ApiProblem(campaignNotFound()));
        switch (claimCoupon.claim(customer, campaign, Optional.of(key))) {
            case ClaimResult.Claimed claimed -> ApiResponses.json(ctx, 201, new ClaimedJson(
                    claimed.coupon().toString(), campaign.toString(), claimed.validUntil().toString()));
            case ClaimResult.NoSuchCoupon none -> throw new ApiProblem(campaignNotFound());
            case ClaimResult.NotRunning notRunning -> throw new ApiProblem(Problem.of(409, "campaign-not-running",
                    "The offer is not running", "Its coupons can be claimed only while it runs.")
                    .with("campaignStatus", notRunning.status().name()));
            case ClaimResult.BudgetSpent spent -> throw new ApiProblem(Problem.of(409, "campaign-budget-spent",
                    "All given out", "Every coupon the offer's budget allows has been given out."));
            case ClaimResult.LimitReached limit -> throw new ApiProblem(Problem.of(409, "coupon-limit-reached",
                    "You hold as many as one customer may", "One customer may hold " + limit.limit()
                            + " coupon(s) of this offer.").with("limit", limit.limit()));
            case ClaimResult.KeyReused reused -> throw new ApiProblem(Problems.idempotencyKeyReused());
        }
    }

    private void points(Context ctx) {
        CustomerId customer = authentication.customer(ctx);
        List<FieldProblem> errors = new ArrayList<>();
        int page = ProductsResource.number(ctx.queryParam("page"), "page", 1, Integer.MAX_VALUE, 1, errors);
        if (!errors.isEmpty()) {
            throw new ApiProblem(Problems.invalidRequest(errors));
        }
        ApiResponses.json(ctx, 200, PointsJson.of(viewMyPoints.view(customer, page)));
    }

    /** No shelf is the available coupons; a shelf is named in lower case, like the tabs of "My coupons". */
    private static CouponTab shelf(String text, List<FieldProblem> errors) {
        if (text == null || text.isEmpty()) {
            return CouponTab.AVAILABLE;
        }
        Optional<CouponTab> shelf = Arrays.stream(CouponTab.values())
                .filter(candidate -> candidate.name().equals(text.toUpperCase(Locale.ROOT)))
                .findFirst();
        if (shelf.isEmpty()) {
            errors.add(new FieldProblem("shelf", "shelf.unknown"));
            return CouponTab.AVAILABLE;
        }
        return shelf.get();
    }

    /** Text that is no campaign id is answered like a campaign that gives no coupons. */
    private static Problem campaignNotFound() {
        return Problems.notFound("coupon-campaign-not-found", "No wallet coupon campaign has this id.");
    }

    /** The running offers, items first, then order, then payment-method offers. */
    record OffersJson(List<OfferJson> items) {
    }

    /** One page of the customer's coupons on a shelf; {@code page} counts from 1. */
    record CouponPageJson(String shelf, List<CouponJson> items, int page, int size, long total, int pageCount) {
    }

    /** The coupon a claim gave: usable until {@code validUntil}. */
    record ClaimedJson(String id, String campaignId, String validUntil) {
    }
}
