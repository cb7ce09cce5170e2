package org.hexmall.adapter.out.persistence.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * How campaigns and coupons keep their conditions and benefit: each condition set as its names separated by commas
 * (sorted, so that equal sets are equal text; empty for "any"), and the benefit as its kind and the columns that
 * kind uses, the others NULL.
 */
final class PromotionColumns {

    static final String CONDITION_COLUMNS =
            "wallets, minimum_spend_fen, categories, products, first_payment_with_wallet, new_customers_only";
    static final String CONDITION_VALUES =
            ":wallets, :minimumSpendFen, :categories, :products, :firstPaymentWithWallet, :newCustomersOnly";
    static final String BENEFIT_COLUMNS = "benefit_kind, amount_fen, percent_off, cap_fen";
    static final String BENEFIT_VALUES = ":benefitKind, :amountFen, :percentOff, :capFen";
    static final String VOUCHER_COLUMNS = "voucher_minimum_spend_fen, voucher_valid_days, points_factor";
    static final String VOUCHER_VALUES = ":voucherMinimumSpendFen, :voucherValidDays, :pointsFactor";

    private static final String SEPARATOR = ",";

    private PromotionColumns() {
    }

    static <S extends SqlStatement<S>> S bindConditions(S statement, Conditions conditions) {
        return statement.bind("wallets", joined(conditions.wallets(), WalletProvider::name))
                .bind("minimumSpendFen", conditions.minimumSpend().fen())
                .bind("categories", joined(conditions.categories(), Category::name))
                .bind("products", joined(conditions.products(), ProductId::value))
                .bind("firstPaymentWithWallet", conditions.firstPaymentWithWallet())
                .bind("newCustomersOnly", conditions.newCustomersOnly());
    }

    static Conditions conditions(ResultSet row) throws SQLException {
        return new Conditions(split(row.getString("wallets"), WalletProvider::valueOf),
                Money.ofFen(row.getLong("minimum_spend_fen")),
                split(row.getString("categories"), Category::valueOf),
                split(row.getString("products"), ProductId::new),
                row.getBoolean("first_payment_with_wallet"),
                row.getBoolean("new_customers_only"));
    }

    /** Binds the benefit's kind and amounts; with {@code withVoucher}, the cashback and points columns too. */
    static <S extends SqlStatement<S>> S bindBenefit(S statement, Benefit benefit, boolean withVoucher) {
        Long amount = null;
        Integer percent = null;
        Long cap = null;
        Long voucherMinimum = null;
        Integer validDays = null;
        Integer factor = null;
        String kind;
        switch (benefit) {
            case Benefit.AmountOff off -> {
                kind = "AMOUNT_OFF";
                amount = off.amount().fen();
            }
            case Benefit.PercentOff off -> {
                kind = "PERCENT_OFF";
                percent = off.percent();
                cap = off.cap().fen();
            }
            case Benefit.CashbackVoucher voucher -> {
                kind = "CASHBACK_VOUCHER";
                amount = voucher.amount().fen();
                voucherMinimum = voucher.voucherMinimumSpend().fen();
                validDays = voucher.validDays();
            }
            case Benefit.PointsMultiplier multiplier -> {
                kind = "POINTS_MULTIPLIER";
                factor = multiplier.factor();
            }
        }
        statement.bind("benefitKind", kind)
                .bindByType("amountFen", amount, Long.class)
                .bindByType("percentOff", percent, Integer.class)
                .bindByType("capFen", cap, Long.class);
        if (withVoucher) {
            statement.bindByType("voucherMinimumSpendFen", voucherMinimum, Long.class)
                    .bindByType("voucherValidDays", validDays, Integer.class)
                    .bindByType("pointsFactor", factor, Integer.class);
        }
        return statement;
    }

    /** The benefit in a row; {@code withVoucher} when the row has the cashback and points columns. */
    static Benefit benefit(ResultSet row, boolean withVoucher) throws SQLException {
        String kind = row.getString("benefit_kind");
        return switch (kind) {
            case "AMOUNT_OFF" -> new Benefit.AmountOff(Money.ofFen(row.getLong("amount_fen")));
            case "PERCENT_OFF" -> new Benefit.PercentOff(row.getInt("percent_off"),
                    Money.ofFen(row.getLong("cap_fen")));
            case "CASHBACK_VOUCHER" -> {
                if (!withVoucher) {
                    throw new IllegalStateException("a coupon row has no cashback columns");
                }
                yield new Benefit.CashbackVoucher(Money.ofFen(row.getLong("amount_fen")),
                        Money.ofFen(row.getLong("voucher_minimum_spend_fen")), row.getInt("voucher_valid_days"));
            }
            case "POINTS_MULTIPLIER" -> {
                if (!withVoucher) {
                    throw new IllegalStateException("a coupon row has no points column");
                }
                yield new Benefit.PointsMultiplier(row.getInt("points_factor"));
            }
            default -> throw new IllegalStateException("not a benefit: " + kind);
        };
    }

    private static <T> String joined(Collection<T> values, Function<T, String> name) {
        return values.stream().map(name).sorted().collect(Collectors.joining(SEPARATOR));
    }

    private static <T> Set<T> split(String text, Function<String, T> parse) {
        if (text == null || text.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(text.split(SEPARATOR)).map(parse).collect(Collectors.toUnmodifiableSet());
    }
}
