package org.hexmall.adapter.in.web.common;

import java.util.Locale;
import org.hexmall.domain.shared.Money;

/**
 * Shows amounts of money the same way on every page, {@code ¥1,234.50}, in English and in Chinese
 * alike. Templates call it as {@code money}. It works on the whole fen, never on a double, so no
 * amount is ever shown a fen off.
 */
public final class DisplayMoney {

    public String format(Money amount) {
        if (amount == null) {
            return "";
        }
        long fen = amount.fen();
        return String.format(Locale.ROOT, "¥%,d.%02d", fen / 100, fen % 100);
    }
}
