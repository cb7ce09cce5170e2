package org.hexmall.adapter.out.wallet.mock.app;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.hexmall.adapter.out.wallet.mock.ProviderSlugs;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The demo control page's "Open a simulated account" form, read field by field like the store's own forms, so
 * that a person trying the demo sees every mistake at once. Error codes are looked up as {@code error.<code>}:
 * the account's come from {@link WalletAccountIdentifier#parse}, the others from the mock-wallet bundle.
 *
 * @param balanceFen what the account holds to start with, in fen (分)
 */
record OpenAccountForm(WalletProvider provider, WalletAccountIdentifier account, String holderName, long balanceFen,
                       String paymentPassword) {

    /** As long as the simulator's table keeps. */
    static final int MAX_HOLDER_NAME = 80;

    /** Yuan as people type them: whole, or with one or two decimals. No signs but minus, no exponents, no commas. */
    private static final Pattern YUAN = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Six ASCII digits, as the wallet apps' number pads enter them. */
    private static final Pattern PAYMENT_PASSWORD = Pattern.compile("[0-9]{6}");

    /** Reads the typed fields; throws {@link InvalidCommandException} naming every field that needs fixing. */
    static OpenAccountForm read(String providerSlug, String typedAccount, String typedHolderName, String typedBalance,
                                String typedPaymentPassword) {
        var validation = new FieldValidation();
        WalletProvider provider = ProviderSlugs.fromSlug(providerSlug).orElse(null);
        if (provider == null) {
            validation.reject("provider", "wallet.provider.unknown");
        }
        WalletAccountIdentifier account = provider == null ? null
                : validation.field("account", () -> WalletAccountIdentifier.parse(provider, typedAccount));
        String holderName = validation.field("holder", () -> holderName(typedHolderName));
        Long balanceFen = validation.field("balance", () -> fenOf(typedBalance));
        String paymentPassword = validation.field("paymentPassword", () -> paymentPassword(typedPaymentPassword));
        validation.throwIfInvalid();
        return new OpenAccountForm(provider, account, holderName, balanceFen, paymentPassword);
    }

    /**
     * Yuan as typed, {@code 8888} or {@code 8888.50}, in fen: exact decimal arithmetic, never a double, so that
     * what was typed is what the account holds to the last fen.
     */
    static long fenOf(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new DomainException("mock-wallet.balance.required");
        }
        if (!YUAN.matcher(text).matches()) {
            throw new DomainException("mock-wallet.balance.format");
        }
        BigDecimal yuan = new BigDecimal(text);
        if (yuan.signum() < 0) {
            throw new DomainException("mock-wallet.balance.negative");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new DomainException("mock-wallet.balance.smaller-than-fen");
        }
        try {
            return yuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new DomainException("mock-wallet.balance.too-large");
        }
    }

    private static String holderName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw new DomainException("mock-wallet.holder.required");
        }
        if (name.length() > MAX_HOLDER_NAME) {
            throw new DomainException("mock-wallet.holder.too-long", MAX_HOLDER_NAME);
        }
        return name;
    }

    private static String paymentPassword(String typed) {
        if (typed == null || !PAYMENT_PASSWORD.matcher(typed).matches()) {
            throw new DomainException("mock-wallet.payment-password.format");
        }
        return typed;
    }
}
