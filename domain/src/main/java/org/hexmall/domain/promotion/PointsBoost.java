package org.hexmall.domain.promotion;

import java.util.Objects;

/** A points multiplier campaign applied to the payment, and the points it adds to those earned anyway. */
public record PointsBoost(CampaignId campaign, String nameEn, String nameZh, int factor, long extraPoints) {

    public PointsBoost {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        if (extraPoints <= 0) {
            throw new IllegalArgumentException("a boost adds points");
        }
    }
}
