package org.hexmall.adapter.in.web.api;

import java.util.List;
import org.hexmall.domain.promotion.AppliedDiscount;
import org.hexmall.domain.promotion.NotApplied;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.promotion.VoucherGrant;

/**
 * What an order costs with a wallet, and why: the goods, each discount by name, the points spent, the amount the
 * wallet is asked to charge, what the customer saves, the points and vouchers the payment earns, and the offers not
 * applied with the code of their reason.
 */
record PriceJson(String wallet, MoneyJson goodsTotal, List<DiscountJson> discounts, long pointsSpent,
                 MoneyJson pointsDiscount, MoneyJson amountToPay, MoneyJson saved, long pointsToEarn,
                 List<VoucherJson> vouchers, List<NotAppliedJson> notApplied) {

    static PriceJson of(PriceBreakdown price) {
        return new PriceJson(price.wallet().name(), MoneyJson.of(price.goodsTotal()),
                price.discounts().stream().map(DiscountJson::of).toList(), price.pointsSpent(),
                MoneyJson.of(price.pointsDiscount()), MoneyJson.of(price.amountToPay()), MoneyJson.of(price.saved()),
                price.pointsToEarn(), price.vouchers().stream().map(VoucherJson::of).toList(),
                price.notApplied().stream().map(NotAppliedJson::of).toList());
    }

    /** @param source {@code campaign:<id>} or {@code coupon:<id>} */
    record DiscountJson(String source, String nameEn, String nameZh, String level, MoneyJson amount) {
        static DiscountJson of(AppliedDiscount discount) {
            return new DiscountJson(discount.source().key(), discount.nameEn(), discount.nameZh(),
                    discount.level().name(), MoneyJson.of(discount.amount()));
        }
    }

    /** A cashback voucher the payment earns for a later order. */
    record VoucherJson(String campaignId, String nameEn, String nameZh, MoneyJson value, MoneyJson minimumSpend,
                       int validDays) {
        static VoucherJson of(VoucherGrant grant) {
            return new VoucherJson(grant.campaign().toString(), grant.nameEn(), grant.nameZh(),
                    MoneyJson.of(grant.value()), MoneyJson.of(grant.voucher().voucherMinimumSpend()),
                    grant.voucher().validDays());
        }
    }

    /** @param reason a stable code, such as {@code promotion.not-applied.wallet} */
    record NotAppliedJson(String offer, String nameEn, String nameZh, String reason) {
        static NotAppliedJson of(NotApplied offer) {
            return new NotAppliedJson(offer.offer().key(), offer.nameEn(), offer.nameZh(), offer.reason().code());
        }
    }
}
