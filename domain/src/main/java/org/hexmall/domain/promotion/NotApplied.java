package org.hexmall.domain.promotion;

import java.util.Objects;

/** An offer pricing considered and did not apply, with the reason. */
public record NotApplied(OfferRef offer, String nameEn, String nameZh, NotAppliedReason reason) {

    public NotApplied {
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(reason, "reason");
    }
}
