package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.CouponClaims;
import org.hexmall.application.port.out.persistence.CouponShelf;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.CouponOrigin;
import org.hexmall.domain.promotion.CouponStatus;
import org.hexmall.domain.shared.Page;

/** Coupons in memory, each a copy (coupons change). */
public final class InMemoryCoupons implements Coupons {

    /** The orders the database adapter uses too; the id settles ties. */
    private static final Comparator<Coupon> NEWEST_FIRST = Comparator.comparing(Coupon::validFrom).reversed()
            .thenComparing(coupon -> coupon.id().toString());
    private static final Comparator<Coupon> SOONEST_TO_EXPIRE = Comparator.comparing(Coupon::validUntil)
            .thenComparing(coupon -> coupon.id().toString());
    private static final Comparator<Coupon> OLDEST_FIRST = Comparator.comparing(Coupon::validFrom)
            .thenComparing(coupon -> coupon.id().toString());

    private final StoreLock lock;
    private final Map<CouponId, Coupon> byId = new HashMap<>();

    InMemoryCoupons(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public boolean claim(Coupon claimed, int limit) {
        if (claimed.origin() != CouponOrigin.CLAIMED) {
            throw new IllegalArgumentException("only a claimed coupon is claimed");
        }
        return lock.call(() -> {
            long already = byId.values().stream()
                    .filter(coupon -> coupon.origin() == CouponOrigin.CLAIMED)
                    .filter(coupon -> coupon.customerId().equals(claimed.customerId()))
                    .filter(coupon -> coupon.campaignId().equals(claimed.campaignId()))
                    .count();
            if (already >= limit) {
                return false;
            }
            store(claimed);
            return true;
        });
    }

    @Override
    public void add(Coupon coupon) {
        if (coupon.origin() == CouponOrigin.CLAIMED) {
            throw new IllegalArgumentException("a claimed coupon is stored by claim");
        }
        lock.run(() -> store(coupon));
    }

    private void store(Coupon coupon) {
        if (byId.containsKey(coupon.id())) {
            throw new DuplicateKeyException("coupon " + coupon.id());
        }
        byId.put(coupon.id(), copyOf(coupon));
    }

    @Override
    public void update(Coupon coupon) {
        lock.run(() -> {
            Coupon stored = byId.get(coupon.id());
            if (stored == null) {
                return;
            }
            // What the coupon was issued with stays; its status moves on.
            byId.put(coupon.id(), Coupon.reconstitute(stored.id(), stored.customerId(), stored.origin(),
                    stored.campaignId(), stored.grantedFor(), stored.nameEn(), stored.nameZh(), stored.benefit(),
                    stored.conditions(), stored.level(), stored.stackingGroup(), stored.validFrom(),
                    stored.validUntil(), coupon.status(), coupon.reservedFor(), coupon.statusChangedAt(), stored.note()));
        });
    }

    @Override
    public Optional<Coupon> findById(CouponId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)).map(InMemoryCoupons::copyOf));
    }

    /** The one lock of the in-memory stores already keeps every other transaction out. */
    @Override
    public List<Coupon> lockByIds(Collection<CouponId> ids) {
        return find(coupon -> ids.contains(coupon.id()), Comparator.comparing(coupon -> coupon.id().toString()));
    }

    @Override
    public Page<Coupon> ofCustomer(CustomerId customerId, CouponShelf shelf, Instant now, int page, int size) {
        Predicate<Coupon> onShelf = switch (shelf) {
            case AVAILABLE -> coupon -> (coupon.status() == CouponStatus.AVAILABLE
                    || coupon.status() == CouponStatus.RESERVED) && now.isBefore(coupon.validUntil());
            case USED -> coupon -> coupon.status() == CouponStatus.USED;
            case EXPIRED -> coupon -> coupon.status() == CouponStatus.WITHDRAWN || coupon.isExpiredAt(now);
        };
        List<Coupon> all = find(coupon -> coupon.customerId().equals(customerId) && onShelf.test(coupon),
                NEWEST_FIRST);
        return new Page<>(all.stream().skip((long) (page - 1) * size).limit(size).toList(), page, size, all.size());
    }

    @Override
    public List<Coupon> usableBy(CustomerId customerId, Instant now, int limit) {
        return lock.call(() -> usable(customerId, now).limit(limit).map(InMemoryCoupons::copyOf).toList());
    }

    /** The customer's usable coupons, soonest to expire first, as stored: under the store's lock. */
    Stream<Coupon> usable(CustomerId customerId, Instant now) {
        return byId.values().stream()
                .filter(coupon -> coupon.customerId().equals(customerId) && coupon.isUsableAt(now))
                .sorted(SOONEST_TO_EXPIRE);
    }

    @Override
    public List<Coupon> heldBy(PaymentId payment) {
        return find(coupon -> coupon.reservedFor().filter(payment::equals).isPresent(), OLDEST_FIRST);
    }

    @Override
    public List<Coupon> grantedFor(PaymentId payment) {
        return find(coupon -> coupon.grantedFor().filter(payment::equals).isPresent(), OLDEST_FIRST);
    }

    @Override
    public Map<CampaignId, CouponClaims> claims(CustomerId customerId, Collection<CampaignId> campaigns) {
        return lock.call(() -> claimsOf(customerId, campaigns));
    }

    /** What the customer claimed from these campaigns, as stored: under the store's lock. */
    Map<CampaignId, CouponClaims> claimsOf(CustomerId customerId, Collection<CampaignId> campaigns) {
        return byId.values().stream()
                .filter(coupon -> coupon.origin() == CouponOrigin.CLAIMED)
                .filter(coupon -> coupon.customerId().equals(customerId))
                .filter(coupon -> campaigns.contains(coupon.campaignId().orElseThrow()))
                .collect(Collectors.toUnmodifiableMap(coupon -> coupon.campaignId().orElseThrow(),
                        coupon -> new CouponClaims(1, coupon.status() == CouponStatus.USED ? 1 : 0),
                        (one, other) -> new CouponClaims(one.claimed() + other.claimed(),
                                one.used() + other.used())));
    }

    private List<Coupon> find(Predicate<Coupon> wanted, Comparator<Coupon> order) {
        return lock.call(() -> byId.values().stream()
                .filter(wanted)
                .sorted(order)
                .map(InMemoryCoupons::copyOf)
                .toList());
    }

    RestorePoint restorePoint() {
        // The stored copies are never changed, only replaced, so copying the map is enough.
        Map<CouponId, Coupon> saved = new HashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }

    static Coupon copyOf(Coupon coupon) {
        return Coupon.reconstitute(coupon.id(), coupon.customerId(), coupon.origin(), coupon.campaignId(),
                coupon.grantedFor(), coupon.nameEn(), coupon.nameZh(), coupon.benefit(), coupon.conditions(),
                coupon.level(), coupon.stackingGroup(), coupon.validFrom(), coupon.validUntil(), coupon.status(),
                coupon.reservedFor(), coupon.statusChangedAt(), coupon.note());
    }
}
