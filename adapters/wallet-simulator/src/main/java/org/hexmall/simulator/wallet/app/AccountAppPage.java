package org.hexmall.simulator.wallet.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.TopUp;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.account.WalletAccounts;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.Agreements;
import org.hexmall.simulator.wallet.api.MockWalletPaths;
import org.hexmall.simulator.wallet.api.ProviderSlugs;
import org.hexmall.simulator.web.SimulatorPages;

/**
 * The simulated wallet app of one account, {@code /mock-wallet/{provider}/app?account=…}: what its holder does in
 * a real wallet app when the store says so. The balance, and a top-up when it is too low to pay; the payment
 * password's lock with its end, and a reset of the password that ends the lock at once; the merchants the account
 * lets charge it, each of which the holder can cancel here, without the store.
 */
final class AccountAppPage {

    private static final String PATH = "/mock-wallet/{provider}/app";
    /** What the page's forms did, as the address names it when they come back: each has its text. */
    static final List<String> DONE_ACTIONS = List.of("topped-up", "password-reset", "cancelled");

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
        routes.get(PATH, ctx -> accountOf(ctx, ctx.queryParam("account"))
                .ifPresent(account -> show(ctx, 200, account, Map.of())));
        routes.post(PATH + "/top-up", this::topUp);
        routes.post(PATH + "/payment-password", this::resetPaymentPassword);
        routes.post(PATH + "/authorizations/{token}/cancel", this::cancel);
    }

    /** Tops up by the amount typed, and comes back to the page, which shows the new balance. */
    private void topUp(Context ctx) {
        Optional<WalletAccount> account = accountOf(ctx, ctx.formParam("account"));
        if (account.isEmpty()) {
            return;
        }
        WalletAccount holder = account.get();
        TopUp done;
        try {
            long amountFen = TopUpForm.read(ctx.formParam("amount")).amountFen();
            done = accounts.topUp(holder.provider(), holder.identifier(), amountFen);
        } catch (DomainException wrong) {
            show(ctx, 422, holder, Map.of("amount",
                    pages.text(ctx, "error." + wrong.code(), wrong.arguments().toArray())));
            return;
        }
        switch (done) {
            case DONE -> backToApp(ctx, holder, "topped-up");
            case BALANCE_FULL -> show(ctx, 422, holder, Map.of("amount",
                    pages.text(ctx, "error.mock-wallet.top-up.balance-full")));
            case NO_SUCH_ACCOUNT -> unknownAccount(ctx, Optional.of(holder.provider()));
        }
    }

    /**
     * Sets the new payment password once the name typed is the holder's, which ends a lock at once; the page then
     * says so. Passwords typed never come back on the page, as password fields go.
     */
    private void resetPaymentPassword(Context ctx) {
        Optional<WalletAccount> account = accountOf(ctx, ctx.formParam("account"));
        if (account.isEmpty()) {
            return;
        }
        WalletAccount holder = account.get();
        PaymentPasswordResetForm form;
        try {
            form = PaymentPasswordResetForm.read(ctx.formParam("holderName"), ctx.formParam("newPassword"),
                    ctx.formParam("newPasswordAgain"));
        } catch (PaymentPasswordResetForm.Invalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.problems().forEach(problem -> errors.putIfAbsent(problem.field(),
                    pages.text(ctx, "error." + problem.code())));
            show(ctx, 422, holder, errors);
            return;
        }
        switch (accounts.resetPaymentPassword(holder.provider(), holder.identifier(), form.holderName(),
                form.newPassword())) {
            case DONE -> backToApp(ctx, holder, "password-reset");
            case NOT_THE_HOLDER -> show(ctx, 422, holder, Map.of("holderName",
                    pages.text(ctx, "error.mock-wallet.reset.not-the-holder", texts.providerName(ctx,
                            holder.provider()))));
            case NO_SUCH_ACCOUNT -> unknownAccount(ctx, Optional.of(holder.provider()));
        }
    }

    /** Only an authorization of the account whose page the form was on; otherwise nothing happens. */
    private void cancel(Context ctx) {
        Optional<WalletAccount> account = accountOf(ctx, ctx.formParam("account"));
        if (account.isEmpty()) {
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

    /**
     * The page as the account is now.
     *
     * @param errors what to fix in the top-up or the reset form, by input name; the amount and the name typed come
     *               back, the passwords never do
     */
    private void show(Context ctx, int status, WalletAccount shown, Map<String, String> errors) {
        List<AuthorizationRow> active = agreements.of(shown.provider(), shown.identifier()).stream()
                .filter(Agreement::isActive)
                .map(agreement -> new AuthorizationRow(agreement.token(), agreement.signedAt()))
                .toList();
        Map<String, Object> model = new HashMap<>();
        model.put("providerName", texts.providerName(ctx, shown.provider()));
        model.put("slug", ProviderSlugs.slugOf(shown.provider()));
        model.put("maskedAccount", shown.identifier().masked());
        model.put("account", shown.identifier().value());
        // Masked as wallet apps show the real name: the whole name is what proves the holder to reset the password.
        model.put("holder", shown.maskedHolderName());
        model.put("balance", AppTexts.yuan(shown.balanceFen()));
        model.put("maxTopUp", AppTexts.yuan(WalletAccount.MAX_TOP_UP_FEN));
        model.put("lockedUntil", accounts.passwordLockedUntil(shown.provider(), shown.identifier()).orElse(null));
        model.put("passwordAttempts", WalletAccount.PASSWORD_ATTEMPTS);
        model.put("authorizations", active);
        model.put("done", errors.isEmpty() ? done(ctx, shown) : null);
        model.put("errors", errors);
        model.put("typed", Map.of(
                "amount", Objects.requireNonNullElse(ctx.formParam("amount"), ""),
                "holderName", Objects.requireNonNullElse(ctx.formParam("holderName"), "")));
        pages.render(ctx, status, "mock-wallet/account-app", model);
    }

    /**
     * What the holder just did, as the address after the form says, or {@code null}. The balance it names is the
     * account's own, never a figure from the address.
     */
    private String done(Context ctx, WalletAccount shown) {
        for (String action : DONE_ACTIONS) {
            if (ctx.queryParam(action) != null) {
                return pages.text(ctx, "mock-wallet.app." + action, texts.providerName(ctx, shown.provider()),
                        AppTexts.yuan(shown.balanceFen()));
            }
        }
        return null;
    }

    /** Back to the account's page after a form did what it asked, so that reloading it does not do it again. */
    private static void backToApp(Context ctx, WalletAccount account, String done) {
        ctx.redirect(MockWalletPaths.appPage(account.provider(), account.identifier()) + "&" + done + "=1",
                HttpStatus.SEE_OTHER);
    }

    /** The account the page is about; when there is none, the answer is the "No such account" page already. */
    private Optional<WalletAccount> accountOf(Context ctx, String typed) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        Optional<WalletAccount> account;
        try {
            account = provider.flatMap(known -> accounts.find(known, WalletAccountIdentifier.parse(known, typed)));
        } catch (DomainException notAnIdentifier) {
            account = Optional.empty();
        }
        if (account.isEmpty()) {
            unknownAccount(ctx, provider);
        }
        return account;
    }

    private void unknownAccount(Context ctx, Optional<WalletProvider> provider) {
        pages.render(ctx, 404, "mock-wallet/account-unknown",
                Map.of("providerName", texts.providerNameOrWallet(ctx, provider)));
    }
}
