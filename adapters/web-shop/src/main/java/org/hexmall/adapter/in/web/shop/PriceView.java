package org.hexmall.adapter.in.web.shop;

import java.util.List;
import java.util.Locale;
import org.hexmall.adapter.in.web.common.DisplayMoney;
import org.hexmall.adapter.in.web.common.Messages;
import org.hexmall.domain.promotion.AppliedDiscount;
import org.hexmall.domain.promotion.NotApplied;
import org.hexmall.domain.promotion.NotAppliedReason;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.promotion.VoucherGrant;
import org.hexmall.domain.shared.Money;

/**
 * A price breakdown as the payment and order pages show it, in the reader's language: the goods, each discount by
 * name, the points spent, the amount to pay, what the customer saves, the points and vouchers the payment earns,
 * and every offer not applied with a short reason.
 *
 * @param notApplied one sentence an offer: its name and why it does not apply
 */
public record PriceView(Money goodsTotal, List<Line> discounts, long pointsSpent, Money pointsDiscount,
                        Money amountToPay, Money saved, long pointsToEarn, List<Line> vouchers,
                        List<String> notApplied) {

    public PriceView {
        discounts = List.copyOf(discounts);
        vouchers = List.copyOf(vouchers);
        notApplied = List.copyOf(notApplied);
    }

    /** A discount or voucher by name, with its amount. */
    public record Line(String name, Money amount) {
    }

    /** The breakdown in the language of {@code locale}. */
    public static PriceView of(PriceBreakdown price, Messages messages, Locale locale) {
        boolean chinese = Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage());
        List<Line> discounts = price.discounts().stream()
                .map((AppliedDiscount discount) -> new Line(chinese ? discount.nameZh() : discount.nameEn(),
                        discount.amount()))
                .toList();
        List<Line> vouchers = price.vouchers().stream()
                .map((VoucherGrant voucher) -> new Line(chinese ? voucher.nameZh() : voucher.nameEn(),
                        voucher.value()))
                .toList();
        List<String> notApplied = price.notApplied().stream()
                .map(offer -> messages.get(locale, "promotion.not-applied", chinese ? offer.nameZh() : offer.nameEn(),
                        reason(offer, messages, locale)))
                .toList();
        return new PriceView(price.goodsTotal(), discounts, price.pointsSpent(), price.pointsDiscount(),
                price.amountToPay(), price.saved(), price.pointsToEarn(), vouchers, notApplied);
    }

    /** True when something was taken off or is earned beyond the plain points: the page then details it. */
    public boolean hasPromotions() {
        return !discounts.isEmpty() || pointsSpent > 0 || !vouchers.isEmpty();
    }

    private static String reason(NotApplied offer, Messages messages, Locale locale) {
        DisplayMoney money = new DisplayMoney();
        Object argument = switch (offer.reason()) {
            case NotAppliedReason.BelowMinimumSpend below -> money.format(below.shortBy());
            case NotAppliedReason.CustomerLimitReached limit -> limit.usesPerCustomer();
            case NotAppliedReason.OtherWallet other -> String.join(messages.get(locale, "offer.list-separator"),
                    other.wallets().stream().sorted()
                            .map(wallet -> messages.get(locale, "offer.wallet." + wallet.name())).toList());
            case NotAppliedReason.LostInStackingGroup lost -> Locale.SIMPLIFIED_CHINESE.getLanguage()
                    .equals(locale.getLanguage()) ? lost.winnerNameZh() : lost.winnerNameEn();
            default -> "";
        };
        return messages.get(locale, offer.reason().code(), argument);
    }
}
