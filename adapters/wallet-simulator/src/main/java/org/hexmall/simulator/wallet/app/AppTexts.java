package org.hexmall.simulator.wallet.app;

import io.javalin.http.Context;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.ProviderSlugs;
import org.hexmall.simulator.web.SimulatorPages;

/** Texts the simulated apps' pages compute rather than look up in a template: names and amounts. */
final class AppTexts {

    private final SimulatorPages pages;

    AppTexts(SimulatorPages pages) {
        this.pages = pages;
    }

    /** The provider's name in the visitor's language: Alipay, 支付宝. */
    String providerName(Context ctx, WalletProvider provider) {
        return pages.text(ctx, "mock-wallet.provider." + ProviderSlugs.slugOf(provider));
    }

    /** The provider's name, or just "wallet" for an address that names no simulated provider. */
    String providerNameOrWallet(Context ctx, Optional<WalletProvider> provider) {
        return provider.map(known -> providerName(ctx, known))
                .orElseGet(() -> pages.text(ctx, "mock-wallet.any-wallet"));
    }

    /** Fen as yuan with two decimals, {@code ¥1,234.50}: exact decimal arithmetic, never a double. */
    static String yuan(long fen) {
        var format = new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(BigDecimal.valueOf(fen, 2));
    }
}
