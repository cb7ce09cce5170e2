package org.hexmall.domain.promotion;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * What an order, its payment and its customer must meet for a campaign or a coupon to apply. An empty set means
 * "any": no wallets named is any wallet, no products and no categories is the whole store.
 *
 * @param wallets                the wallets that must pay (wallet-exclusive offers name them)
 * @param minimumSpend           the least the eligible lines must come to, such as ¥300 for 满300减50
 * @param categories             the promoted categories
 * @param products               the promoted products; a line qualifies by its product or its category
 * @param firstPaymentWithWallet only the customer's first successful payment with the paying wallet
 * @param newCustomersOnly       only customers who have never paid the store
 */
public record Conditions(Set<WalletProvider> wallets, Money minimumSpend, Set<Category> categories,
                         Set<ProductId> products, boolean firstPaymentWithWallet, boolean newCustomersOnly) {

    public Conditions {
        wallets = Set.copyOf(wallets);
        Objects.requireNonNull(minimumSpend, "minimumSpend");
        categories = Set.copyOf(categories);
        products = Set.copyOf(products);
    }

    /** No condition at all: any order, any wallet, any customer. */
    public static Conditions none() {
        return new Conditions(Set.of(), Money.ZERO, Set.of(), Set.of(), false, false);
    }

    public Conditions withWallets(Set<WalletProvider> only) {
        return new Conditions(only, minimumSpend, categories, products, firstPaymentWithWallet, newCustomersOnly);
    }

    public Conditions withMinimumSpend(Money least) {
        return new Conditions(wallets, least, categories, products, firstPaymentWithWallet, newCustomersOnly);
    }

    public Conditions withCategories(Set<Category> promoted) {
        return new Conditions(wallets, minimumSpend, promoted, products, firstPaymentWithWallet, newCustomersOnly);
    }

    public Conditions withProducts(Set<ProductId> promoted) {
        return new Conditions(wallets, minimumSpend, categories, promoted, firstPaymentWithWallet, newCustomersOnly);
    }

    public Conditions firstPaymentWithWalletOnly() {
        return new Conditions(wallets, minimumSpend, categories, products, true, newCustomersOnly);
    }

    public Conditions forNewCustomersOnly() {
        return new Conditions(wallets, minimumSpend, categories, products, firstPaymentWithWallet, true);
    }

    /** True when paying with {@code wallet} meets the wallet condition. */
    public boolean acceptsWallet(WalletProvider wallet) {
        return wallets.isEmpty() || wallets.contains(wallet);
    }

    /** True when the line is one of the promoted products or categories (every line, when none are named). */
    public boolean covers(OrderLine line) {
        return coversProduct(line.productId(), line.category());
    }

    /** True when the product is promoted, by itself or by its category (every product, when none are named). */
    public boolean coversProduct(ProductId product, Category category) {
        if (categories.isEmpty() && products.isEmpty()) {
            return true;
        }
        return categories.contains(category) || products.contains(product);
    }

    /** The lines the offer is about: the promoted ones, in the order's order. */
    public List<OrderLine> eligibleLines(List<OrderLine> lines) {
        return lines.stream().filter(this::covers).toList();
    }

    /** True when only some of the store is promoted, so that the offer names products or categories. */
    public boolean isLimitedToSomeProducts() {
        return !categories.isEmpty() || !products.isEmpty();
    }
}
