package org.hexmall.simulator.wallet.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.account.WalletAccounts;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.Agreements;
import org.hexmall.simulator.wallet.api.MockWalletPaths;
import org.hexmall.simulator.wallet.api.ProviderSlugs;
import org.hexmall.simulator.web.SimulatorPages;

/**
 * The simulated wallet app's "Authorizations" page of one account, {@code /mock-wallet/{provider}/app?account=…}:
 * the merchants it lets charge the account, each of which the customer can cancel here, without the store.
 */
final class AccountAppPage {

    /** One authorization as the app lists it. */
    record AuthorizationRow(String agreementToken, Instant signedAt) {
    }

    private final WalletAccounts accounts;
    private final Agreements agreements;
    private final SimulatorPages pages;
    private final AppTexts texts;

    AccountAppPage(WalletAccounts accounts, Agreements agreements, SimulatorPages pages, AppTexts texts) {
        this.accounts = accounts;
        this.agreements = agreements;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get("/mock-wallet/{provider}/app", this::show);
        routes.post("/mock-wallet/{provider}/app/authorizations/{token}/cancel", this::cancel);
    }

    private void show(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        Optional<WalletAccount> account = provider.flatMap(known -> findAccount(known, ctx.queryParam("account")));
        if (account.isEmpty()) {
            pages.render(ctx, 404, "mock-wallet/account-unknown",
                    Map.of("providerName", texts.providerNameOrWallet(ctx, provider)));
            return;
        }
        WalletAccount shown = account.get();
        List<AuthorizationRow> active = agreements.of(shown.provider(), shown.identifier()).stream()
                .filter(Agreement::isActive)
                .map(agreement -> new AuthorizationRow(agreement.token(), agreement.signedAt()))
                .toList();
        pages.render(ctx, 200, "mock-wallet/account-app", Map.of(
                "providerName", texts.providerName(ctx, shown.provider()),
                "slug", ProviderSlugs.slugOf(shown.provider()),
                "maskedAccount", shown.identifier().masked(),
                "account", shown.identifier().value(),
                "holder", shown.holderName(),
                "authorizations", active,
                "cancelled", ctx.queryParam("cancelled") != null));
    }

    /** Only an authorization of the account whose page the form was on; otherwise nothing happens. */
    private void cancel(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        Optional<WalletAccount> account = provider.flatMap(known -> findAccount(known, ctx.formParam("account")));
        if (account.isEmpty()) {
            pages.render(ctx, 404, "mock-wallet/account-unknown",
                    Map.of("providerName", texts.providerNameOrWallet(ctx, provider)));
            return;
        }
        WalletAccount owner = account.get();
        String token = ctx.pathParam("token");
        boolean ownAuthorization = agreements.of(owner.provider(), owner.identifier()).stream()
                .anyMatch(agreement -> agreement.token().equals(token));
        boolean cancelled = ownAuthorization && agreements.cancelInApp(owner.provider(), token);
        String appPage = MockWalletPaths.appPage(owner.provider(), owner.identifier());
        ctx.redirect(cancelled ? appPage + "&cancelled=1" : appPage, HttpStatus.SEE_OTHER);
    }

    private Optional<WalletAccount> findAccount(WalletProvider provider, String typed) {
        try {
            return accounts.find(provider, WalletAccountIdentifier.parse(provider, typed));
        } catch (DomainException notAnIdentifier) {
            return Optional.empty();
        }
    }
}
