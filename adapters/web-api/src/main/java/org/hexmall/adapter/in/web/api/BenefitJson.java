package org.hexmall.adapter.in.web.api;

import org.hexmall.domain.promotion.Benefit;

/**
 * What an offer or a coupon gives, by {@code type}: {@code AMOUNT_OFF} (amount), {@code PERCENT_OFF} (percent, at most
 * cap), {@code CASHBACK_VOUCHER} (a voucher worth amount for a later order of at least voucherMinimumSpend, valid
 * validDays) or {@code POINTS_MULTIPLIER} (factor); the members
 * another type has are null.
 */
record BenefitJson(String type, MoneyJson amount, Integer percent, MoneyJson cap, MoneyJson voucherMinimumSpend,
                   Integer validDays, Integer factor) {

    static BenefitJson of(Benefit benefit) {
        return switch (benefit) {
            case Benefit.AmountOff off -> new BenefitJson("AMOUNT_OFF", MoneyJson.of(off.amount()), null, null, null,
                    null, null);
            case Benefit.PercentOff off -> new BenefitJson("PERCENT_OFF", null, off.percent(),
                    MoneyJson.of(off.cap()), null, null, null);
            case Benefit.CashbackVoucher voucher -> new BenefitJson("CASHBACK_VOUCHER", MoneyJson.of(voucher.amount()),
                    null, null, MoneyJson.of(voucher.voucherMinimumSpend()), voucher.validDays(), null);
            case Benefit.PointsMultiplier points -> new BenefitJson("POINTS_MULTIPLIER", null, null, null, null, null,
                    points.factor());
        };
    }
}
