package org.hexmall.domain.promotion;

import java.util.Objects;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;

/** What a campaign or a coupon gives the customer. */
public sealed interface Benefit {

    /** True for benefits that lower the amount to pay now; cashback and points come later. */
    default boolean lowersThePrice() {
        return this instanceof AmountOff || this instanceof PercentOff;
    }

    /** A fixed amount off, such as ¥10 (满300减50 is {@code AmountOff(¥50)} with a minimum spend of ¥300). */
    record AmountOff(Money amount) implements Benefit {
        public AmountOff {
            Objects.requireNonNull(amount, "amount");
            if (amount.isZero()) {
                throw new DomainException("promotion.benefit-zero");
            }
        }
    }

    /** A percentage off, never more than the cap: 8 % off, at most ¥30. */
    record PercentOff(int percent, Money cap) implements Benefit {
        public PercentOff {
            Objects.requireNonNull(cap, "cap");
            if (percent < 1 || percent > 99) {
                throw new DomainException("promotion.percent-range", 1, 99);
            }
            if (cap.isZero()) {
                throw new DomainException("promotion.benefit-zero");
            }
        }
    }

    /**
     * Cashback paid as a voucher for a later order: worth {@code amount}, usable on an order of at least
     * {@code voucherMinimumSpend}, for {@code validDays} days from the payment.
     */
    record CashbackVoucher(Money amount, Money voucherMinimumSpend, int validDays) implements Benefit {
        public CashbackVoucher {
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(voucherMinimumSpend, "voucherMinimumSpend");
            if (amount.isZero()) {
                throw new DomainException("promotion.benefit-zero");
            }
            if (validDays < 1 || validDays > 366) {
                throw new DomainException("promotion.validity-range", 1, 366);
            }
        }
    }

    /** Points earned on the payment times a factor: 2 is double points. */
    record PointsMultiplier(int factor) implements Benefit {
        public PointsMultiplier {
            if (factor < 2 || factor > 10) {
                throw new DomainException("promotion.multiplier-range", 2, 10);
            }
        }
    }
}
