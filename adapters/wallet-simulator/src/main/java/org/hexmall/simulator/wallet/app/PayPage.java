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
import org.hexmall.simulator.wallet.api.MockWalletPaths;
import org.hexmall.simulator.wallet.api.ProviderSlugs;
import org.hexmall.simulator.wallet.payment.PayAttempt;
import org.hexmall.simulator.wallet.payment.Payments;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.hexmall.simulator.web.SimulatorPages;

/**
 * The simulated wallet app's pay page, {@code /mock-wallet/{provider}/pay/{paymentId}}, where the store sends
 * the customer to pay an order: who is paid, for which order, how much, from which account (masked; the
 * balance is the app's business, not the merchant's). "Pay" takes the payment password; "Back to hexmall"
 * takes none. Every way off the page leads back to the store with the payment's signed result.
 */
final class PayPage {

    private static final String PATH = "/mock-wallet/{provider}/pay/{paymentId}";
    /** The name of the password input, and the key of its message in the page's errors. */
    private static final String PASSWORD_FIELD = "paymentPassword";

    private final Payments payments;
    private final WalletAccounts accounts;
    private final SimulatorPages pages;
    private final AppTexts texts;

    PayPage(Payments payments, WalletAccounts accounts, SimulatorPages pages, AppTexts texts) {
        this.payments = payments;
        this.accounts = accounts;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> show(ctx, 200, Map.of()));
        routes.post(PATH + "/pay", this::pay);
        routes.post(PATH + "/back", this::back);
    }

    private void pay(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        String typed = ctx.formParam(PASSWORD_FIELD);
        if (provider.isPresent() && (typed == null || typed.isEmpty())) {
            // An empty field is a slip, not a guess: it does not count towards the lock.
            show(ctx, 422, Map.of(PASSWORD_FIELD, pages.text(ctx, "mock-wallet.pay.password-required")));
            return;
        }
        PayAttempt attempt = provider.map(known -> payments.pay(known, ctx.pathParam("paymentId"), typed))
                .orElseGet(PayAttempt.NotFound::new);
        switch (attempt) {
            case PayAttempt.Paid paid -> ctx.redirect(paid.backToStore().toString(), HttpStatus.SEE_OTHER);
            case PayAttempt.NotPaid notPaid -> ctx.redirect(notPaid.backToStore().toString(), HttpStatus.SEE_OTHER);
            case PayAttempt.WrongPassword wrong -> show(ctx, 422, Map.of(PASSWORD_FIELD,
                    pages.text(ctx, "mock-wallet.pay.wrong-password", wrong.attemptsLeft())));
            case PayAttempt.Locked locked -> show(ctx, 423, Map.of());
            case PayAttempt.NotFound notFound -> unknown(ctx, provider);
        }
    }

    private void back(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        Optional<URI> backToStore = provider
                .flatMap(known -> payments.leave(known, ctx.pathParam("paymentId")));
        if (backToStore.isPresent()) {
            ctx.redirect(backToStore.get().toString(), HttpStatus.SEE_OTHER);
            return;
        }
        unknown(ctx, provider);
    }

    /**
     * The payment and its account as they are now: the password form while it is open and the password not
     * locked; otherwise what became of it. "Back to hexmall" is always there.
     */
    private void show(Context ctx, int status, Map<String, String> errors) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.pathParam("provider"));
        Optional<SimulatedPayment> payment = provider
                .flatMap(known -> payments.onPage(known, ctx.pathParam("paymentId")));
        if (payment.isEmpty()) {
            unknown(ctx, provider);
            return;
        }
        SimulatedPayment shown = payment.get();
        Instant lockedUntil = shown.isOpen()
                ? accounts.passwordLockedUntil(shown.provider(), shown.account()).orElse(null) : null;
        Optional<WalletAccount> account = accounts.find(shown.provider(), shown.account());
        Map<String, Object> model = new HashMap<>();
        model.put("providerName", texts.providerName(ctx, shown.provider()));
        model.put("orderNumber", shown.orderNumber());
        model.put("amount", AppTexts.yuan(shown.amountFen()));
        model.put("maskedAccount", shown.account().masked());
        model.put("maskedHolder", account.map(WalletAccount::maskedHolderName).orElse(""));
        model.put("status", shown.status().name());
        model.put("action", MockWalletPaths.payPage(shown.provider(), shown.id()).toString());
        model.put("errors", errors);
        model.put("lockedUntil", lockedUntil);
        model.put("passwordAttempts", WalletAccount.PASSWORD_ATTEMPTS);
        pages.render(ctx, status, "mock-wallet/pay", model);
    }

    private void unknown(Context ctx, Optional<WalletProvider> provider) {
        pages.render(ctx, 404, "mock-wallet/payment-unknown",
                Map.of("providerName", texts.providerNameOrWallet(ctx, provider)));
    }
}
