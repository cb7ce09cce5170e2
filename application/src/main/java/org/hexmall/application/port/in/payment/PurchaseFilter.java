package org.hexmall.application.port.in.payment;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Which purchases to list; every part is optional.
 *
 * @param wallet   only orders paid with this provider's wallet
 * @param status   only purchases that stand so ({@link PurchaseStatus}): refunded ones can be found apart from paid
 * @param from     placed on or after this day (in the store's time zone)
 * @param to       placed on or before this day
 * @param category only orders with a line in this category
 */
public record PurchaseFilter(Optional<WalletProvider> wallet, Optional<PurchaseStatus> status,
                             Optional<LocalDate> from, Optional<LocalDate> to, Optional<Category> category) {

    public static final PurchaseFilter ALL = new PurchaseFilter(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty());

    public PurchaseFilter {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(category, "category");
    }
}
