package org.hexmall.adapter.in.web.common;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.shared.Money;

/**
 * Says in one line of the reader's language what a wallet offer gives and asks, the way product pages, the cart and
 * the payment page show it: "Alipay: ¥10.00 off your first payment over ¥50.00", "支付宝首单满¥50.00减¥10.00".
 * Templates call it as {@code offers}; the words come from the common message bundle, the amounts from
 * {@link DisplayMoney}.
 */
public final class DisplayOffers {

    private final Messages messages;
    private final DisplayMoney money = new DisplayMoney();

    public DisplayOffers(Messages messages) {
        this.messages = messages;
    }

    /** The offer of a campaign, in the given language. */
    public String describe(Campaign campaign, Locale locale) {
        Conditions conditions = campaign.conditions();
        String key = "offer." + kindKey(campaign.kind()) + "." + benefitKey(campaign.benefit())
                + (conditions.minimumSpend().isZero() ? "" : ".over");
        return messages.get(locale, key, wallets(conditions, locale), gives(campaign.benefit()),
                money.format(conditions.minimumSpend()), scope(conditions, locale), campaignName(campaign, locale),
                cap(campaign.benefit()));
    }

    /**
     * The offer of a coupon or voucher the customer holds: a wallet coupon as its campaign says it, a voucher as an
     * amount off an order ("¥5.00 off orders over ¥100.00").
     */
    public String describe(Coupon coupon, Locale locale) {
        Conditions conditions = coupon.conditions();
        String over = conditions.minimumSpend().isZero() ? "" : ".over";
        String key = conditions.wallets().isEmpty() ? "offer.voucher." + benefitKey(coupon.benefit()) + over
                : "offer.coupon." + benefitKey(coupon.benefit()) + over;
        String name = Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage()) ? coupon.nameZh()
                : coupon.nameEn();
        return messages.get(locale, key, wallets(conditions, locale), gives(coupon.benefit()),
                money.format(conditions.minimumSpend()), scope(conditions, locale), name, cap(coupon.benefit()));
    }

    /** How much more to spend for the campaign's offer: "Spend ¥12.00 more for ¥50.00 off with Alipay". */
    public String spendMore(Campaign campaign, Money stillToSpend, Locale locale) {
        Conditions conditions = campaign.conditions();
        String key = "offer.spend-more." + benefitKey(campaign.benefit())
                + (conditions.wallets().isEmpty() ? ".any-wallet" : "");
        return messages.get(locale, key, wallets(conditions, locale), money.format(stillToSpend),
                gives(campaign.benefit()), cap(campaign.benefit()));
    }

    /** The campaign's name in the given language. */
    public String campaignName(Campaign campaign, Locale locale) {
        return Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage()) ? campaign.nameZh()
                : campaign.nameEn();
    }

    private String gives(Benefit benefit) {
        return switch (benefit) {
            case Benefit.AmountOff off -> money.format(off.amount());
            case Benefit.PercentOff off -> Integer.toString(off.percent());
            case Benefit.CashbackVoucher voucher -> money.format(voucher.amount());
            case Benefit.PointsMultiplier points -> Integer.toString(points.factor());
        };
    }

    private String cap(Benefit benefit) {
        return benefit instanceof Benefit.PercentOff off ? money.format(off.cap()) : "";
    }

    private String wallets(Conditions conditions, Locale locale) {
        String separator = messages.get(locale, "offer.list-separator");
        return conditions.wallets().stream()
                .sorted(Comparator.naturalOrder())
                .map(wallet -> messages.get(locale, "offer.wallet." + wallet.name()))
                .collect(Collectors.joining(separator));
    }

    private String scope(Conditions conditions, Locale locale) {
        if (!conditions.isLimitedToSomeProducts()) {
            return messages.get(locale, "offer.scope.everything");
        }
        String separator = messages.get(locale, "offer.list-separator");
        List<String> named = Stream.concat(
                conditions.categories().stream().sorted().map(category -> messages.get(locale,
                        "offer.category." + category.name())),
                conditions.products().isEmpty() ? Stream.empty()
                        : Stream.of(messages.get(locale, "offer.scope.products", conditions.products().size())))
                .toList();
        return String.join(separator, named);
    }

    private static String kindKey(CampaignKind kind) {
        return switch (kind) {
            case FIRST_WALLET_PAYMENT -> "first-payment";
            case WALLET_COUPON -> "coupon";
            case FESTIVAL -> "festival";
            case POINTS_MULTIPLIER -> "points";
            case CASHBACK_VOUCHER -> "cashback";
        };
    }

    private static String benefitKey(Benefit benefit) {
        return switch (benefit) {
            case Benefit.AmountOff off -> "amount";
            case Benefit.PercentOff off -> "percent";
            case Benefit.CashbackVoucher voucher -> "voucher";
            case Benefit.PointsMultiplier points -> "multiplier";
        };
    }
}
