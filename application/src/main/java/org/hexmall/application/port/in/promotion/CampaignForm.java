package org.hexmall.application.port.in.promotion;

import java.util.Set;

/**
 * The new-campaign form as a supervisor filled it in, every value as typed; {@link CreateCampaignCommand#fromForm}
 * reads it. Amounts are yuan ("10", "10.50"), times are the store's local date and time ("2026-11-11T00:00").
 *
 * @param benefit  which benefit the campaign gives: AMOUNT_OFF, PERCENT_OFF, CASHBACK_VOUCHER or POINTS_MULTIPLIER
 * @param products product ids separated by commas, spaces or new lines
 */
public record CampaignForm(String nameEn, String nameZh, String kind, Set<String> wallets, String minimumSpend,
                           Set<String> categories, String products, boolean firstPaymentWithWallet,
                           boolean newCustomersOnly, String benefit, String amountOff, String percentOff,
                           String percentCap, String voucherAmount, String voucherMinimumSpend,
                           String voucherValidDays, String pointsFactor, String couponValidityDays, String startsAt,
                           String endsAt, String stackingGroup, String budget, String usesPerCustomer,
                           String reason) {

    public CampaignForm {
        wallets = wallets == null ? Set.of() : Set.copyOf(wallets);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
