package org.hexmall.domain.promotion;

import java.util.Objects;
import java.util.Optional;

/** Which campaign or coupon an offer comes from. */
public sealed interface OfferRef {

    /** A stable text that orders offers the same way every time: {@code campaign:<id>} or {@code coupon:<id>}. */
    String key();

    /** The campaign behind the offer: the campaign itself, or the one a coupon came from (none for compensation). */
    Optional<CampaignId> campaignId();

    /** An offer made by a running campaign directly. */
    record OfCampaign(CampaignId id) implements OfferRef {
        public OfCampaign {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String key() {
            return "campaign:" + id;
        }

        @Override
        public Optional<CampaignId> campaignId() {
            return Optional.of(id);
        }
    }

    /** An offer made by a coupon or voucher the customer holds. */
    record OfCoupon(CouponId id, Optional<CampaignId> campaignId) implements OfferRef {
        public OfCoupon {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(campaignId, "campaignId");
        }

        @Override
        public String key() {
            return "coupon:" + id;
        }
    }
}
