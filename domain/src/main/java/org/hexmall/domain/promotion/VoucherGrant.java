package org.hexmall.domain.promotion;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.shared.Money;

/**
 * A cashback voucher the payment earns, granted when it succeeds; what a refund needs to decide whether to take it
 * back is kept with it: the level and minimum spend it was granted at, and the lines it was granted for (indexes in
 * the order's lines).
 */
public record VoucherGrant(CampaignId campaign, String nameEn, String nameZh, Benefit.CashbackVoucher voucher,
                           PricingLevel level, Money minimumSpend, List<Integer> eligibleLines) {

    public VoucherGrant {
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(voucher, "voucher");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(minimumSpend, "minimumSpend");
        eligibleLines = List.copyOf(eligibleLines);
    }

    /** What the voucher is worth on a later order. */
    public Money value() {
        return voucher.amount();
    }
}
