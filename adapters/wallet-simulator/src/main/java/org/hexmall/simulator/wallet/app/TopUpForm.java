package org.hexmall.simulator.wallet.app;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.simulator.wallet.account.WalletAccount;

/**
 * The wallet app's "Top up" form: an amount in yuan as people type it, read into fen with exact decimal arithmetic,
 * never a double, so that what was typed is what the balance gains to the last fen. A mistake is a
 * {@link DomainException} whose code has its text as {@code error.<code>} in the mock-wallet bundle.
 *
 * @param amountFen more than nothing, and at most {@link WalletAccount#MAX_TOP_UP_FEN}
 */
record TopUpForm(long amountFen) {

    /** Whole yuan, or with decimals. No signs but minus, no exponents, no commas, no currency sign. */
    private static final Pattern YUAN = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** Reads the typed amount; throws {@link DomainException} saying what to fix. */
    static TopUpForm read(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new DomainException("mock-wallet.top-up.required");
        }
        if (!YUAN.matcher(text).matches()) {
            throw new DomainException("mock-wallet.top-up.format");
        }
        BigDecimal yuan = new BigDecimal(text);
        if (yuan.signum() <= 0) {
            throw new DomainException("mock-wallet.top-up.not-positive");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new DomainException("mock-wallet.top-up.smaller-than-fen");
        }
        BigDecimal fen = yuan.movePointRight(2);
        if (fen.compareTo(BigDecimal.valueOf(WalletAccount.MAX_TOP_UP_FEN)) > 0) {
            throw new DomainException("mock-wallet.top-up.too-large", AppTexts.yuan(WalletAccount.MAX_TOP_UP_FEN));
        }
        return new TopUpForm(fen.longValueExact());
    }
}
