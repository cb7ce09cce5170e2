package org.hexmall.adapter.out.wallet.mock.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.out.wallet.mock.AuthorizationRequestRecord;
import org.hexmall.adapter.out.wallet.mock.ProviderSlugs;
import org.hexmall.adapter.out.wallet.mock.WalletAccount;
import org.hexmall.adapter.out.wallet.mock.WalletSimulator;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The simulated wallet app's page where the customer approves or rejects hexmall's request to bind the
 * account: {@code /mock-wallet/{provider}/authorize/{requestId}}. Either answer sends the browser back to the
 * store with a signed result.
 */
final class ApprovalPage {

    private static final String PATH = "/mock-wallet/{provider}/authorize/{requestId}";

    private final WalletSimulator simulator;
    private final PageRenderer pages;
    private final AppTexts texts;

    ApprovalPage(WalletSimulator simulator, PageRenderer pages, AppTexts texts) {
        this.simulator = simulator;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, this::show);
        routes.post(PATH + "/approve", ctx -> answer(ctx, simulator::approve));
        routes.post(PATH + "/reject", ctx -> answer(ctx, simulator::reject));
    }

    private void show(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        Optional<AuthorizationRequestRecord> request = provider
                .flatMap(known -> simulator.authorizationRequest(known, ctx.pathParam("requestId")));
        if (request.isEmpty() || !request.get().isPending()) {
            unavailable(ctx, provider, request);
            return;
        }
        WalletProvider walletProvider = provider.get();
        String holder = simulator.account(walletProvider, request.get().account())
                .map(WalletAccount::maskedHolderName)
                .orElse("");
        pages.render(ctx, "mock-wallet/approval", Map.of(
                "providerName", texts.providerName(ctx, walletProvider),
                "maskedAccount", request.get().account().masked(),
                "maskedHolder", holder,
                "action", ctx.path()));
    }

    private void answer(Context ctx, BiFunction<WalletProvider, String, Optional<URI>> decision) {
        String requestId = ctx.pathParam("requestId");
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        Optional<URI> backToStore = provider.flatMap(known -> decision.apply(known, requestId));
        if (backToStore.isPresent()) {
            ctx.redirect(backToStore.get().toString(), HttpStatus.SEE_OTHER);
            return;
        }
        unavailable(ctx, provider, provider.flatMap(known -> simulator.authorizationRequest(known, requestId)));
    }

    /** Unknown (404) or answered already (409): nothing to decide, and nothing changed. */
    private void unavailable(Context ctx, Optional<WalletProvider> provider,
                             Optional<AuthorizationRequestRecord> request) {
        boolean answered = request.isPresent();
        pages.render(ctx, answered ? 409 : 404, "mock-wallet/request-unavailable", Map.of(
                "providerName", texts.providerNameOrWallet(ctx, provider),
                "answered", answered));
    }
}
