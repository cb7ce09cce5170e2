package org.hexmall.adapter.in.web.api;

import java.util.Locale;
import org.hexmall.domain.shared.Money;

/**
 * An amount as the API sends it: whole fen, which a client can add up exactly, and the text a page shows,
 * {@code ¥1,234.50}. Never a floating-point number, which would put amounts a fen off.
 */
record MoneyJson(long fen, String display) {

    static MoneyJson of(Money amount) {
        long fen = amount.fen();
        return new MoneyJson(fen, String.format(Locale.ROOT, "¥%,d.%02d", fen / 100, fen % 100));
    }
}
