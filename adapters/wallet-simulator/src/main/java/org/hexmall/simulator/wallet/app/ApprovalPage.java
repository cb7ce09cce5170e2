package org.hexmall.simulator.wallet.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.account.WalletAccounts;
import org.hexmall.simulator.wallet.agreement.Agreements;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.hexmall.simulator.wallet.agreement.AuthorizationRequestRecord;
import org.hexmall.simulator.wallet.api.MockWalletPaths;
import org.hexmall.simulator.wallet.api.ProviderSlugs;
import org.hexmall.simulator.web.SimulatorPages;

/**
 * The simulated wallet app's page where the customer approves or rejects hexmall's request to bind the
 * account, or to re-confirm its binding from a new device: {@code /mock-wallet/{provider}/authorize/{requestId}}.
 * Approving takes the account's payment password, the second verification the guides describe; rejecting takes
 * none. Either answer sends the browser back to the store with a signed result.
 */
final class ApprovalPage {

    private static final String PATH = "/mock-wallet/{provider}/authorize/{requestId}";
    /** The name of the password input, and the key of its message in the page's errors. */
    private static final String PASSWORD_FIELD = "paymentPassword";

    private final Agreements agreements;
    private final WalletAccounts accounts;
    private final SimulatorPages pages;
    private final AppTexts texts;

    ApprovalPage(Agreements agreements, WalletAccounts accounts, SimulatorPages pages, AppTexts texts) {
        this.agreements = agreements;
        this.accounts = accounts;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> show(ctx, 200, Map.of()));
        routes.post(PATH + "/approve", this::approve);
        routes.post(PATH + "/reject", this::reject);
    }

    private void approve(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        String typed = ctx.formParam(PASSWORD_FIELD);
        if (provider.isPresent() && (typed == null || typed.isEmpty())) {
            // An empty field is a slip, not a guess: it does not count towards the lock.
            show(ctx, 422, Map.of(PASSWORD_FIELD, pages.text(ctx, "mock-wallet.approval.password-required")));
            return;
        }
        Approval approval = provider.map(known -> agreements.approve(known, ctx.pathParam("requestId"), typed))
                .orElseGet(Approval.NotFound::new);
        switch (approval) {
            case Approval.Approved approved -> ctx.redirect(approved.backToStore().toString(), HttpStatus.SEE_OTHER);
            case Approval.WrongPassword wrong -> show(ctx, 422, Map.of(PASSWORD_FIELD,
                    pages.text(ctx, "mock-wallet.approval.wrong-password", wrong.attemptsLeft())));
            case Approval.Locked locked -> show(ctx, 423, Map.of());
            case Approval.NotFound notFound -> unavailable(ctx, provider);
        }
    }

    private void reject(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        Optional<URI> backToStore = provider.flatMap(known -> agreements.reject(known, ctx.pathParam("requestId")));
        if (backToStore.isPresent()) {
            ctx.redirect(backToStore.get().toString(), HttpStatus.SEE_OTHER);
            return;
        }
        unavailable(ctx, provider);
    }

    /** The request and the account as they are now; a locked password leaves only "Reject" to choose. */
    private void show(Context ctx, int status, Map<String, String> errors) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        Optional<AuthorizationRequestRecord> request = provider
                .flatMap(known -> agreements.requestOnPage(known, ctx.pathParam("requestId")))
                .filter(AuthorizationRequestRecord::isPending);
        if (request.isEmpty()) {
            unavailable(ctx, provider);
            return;
        }
        WalletProvider walletProvider = provider.get();
        Optional<WalletAccount> account = accounts.find(walletProvider, request.get().account());
        Instant lockedUntil = accounts.passwordLockedUntil(walletProvider, request.get().account()).orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("providerName", texts.providerName(ctx, walletProvider));
        model.put("reconfirm", request.get().isReconfirmation());
        model.put("maskedAccount", request.get().account().masked());
        model.put("maskedHolder", account.map(WalletAccount::maskedHolderName).orElse(""));
        model.put("action", MockWalletPaths.authorizationPage(walletProvider, request.get().id()).toString());
        model.put("errors", errors);
        model.put("lockedUntil", lockedUntil);
        model.put("passwordAttempts", WalletAccount.PASSWORD_ATTEMPTS);
        pages.render(ctx, status, "mock-wallet/approval", model);
    }

    /** Unknown (404) or answered already (409): nothing to decide, and nothing changed. */
    private void unavailable(Context ctx, Optional<WalletProvider> provider) {
        boolean answered = provider
                .flatMap(known -> agreements.requestOnPage(known, ctx.pathParam("requestId")))
                .isPresent();
        pages.render(ctx, answered ? 409 : 404, "mock-wallet/request-unavailable", Map.of(
                "providerName", texts.providerNameOrWallet(ctx, provider),
                "answered", answered));
    }
}
