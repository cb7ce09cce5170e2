package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.MyAccountView;
import org.hexmall.application.port.in.account.ViewMyAccount;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.CodeConfirmation;
import org.hexmall.application.port.in.wallet.ConfirmBindingCode;
import org.hexmall.application.port.in.wallet.ConfirmCodeCommand;
import org.hexmall.application.port.in.wallet.KeptReplacement;
import org.hexmall.application.port.in.wallet.OpenWalletAuthorization;
import org.hexmall.application.port.in.wallet.ResendBindingCode;
import org.hexmall.application.port.in.wallet.StartBindingCommand;
import org.hexmall.application.port.in.wallet.StartWalletBinding;
import org.hexmall.application.port.in.wallet.ViewPaymentMethods;
import org.hexmall.application.port.in.wallet.WalletAuthorization;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.PendingReplacementId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * "Add payment method": choose a wallet, type its account, enter the code sent to the phone, and go to
 * the wallet app to confirm. Every failure the guides list gets its own page with the next step. The code's forms
 * answer with a redirect to the code page, which says what happened, so that reloading it never sends a form again.
 * A binding started from the payment page carries its order along ({@link OrderBeingPaid}) and ends back there.
 */
public final class BindWalletController {

    private static final String ADD = PaymentMethodsController.PAGE + "/add";
    private static final String BINDING = PaymentMethodsController.PAGE + "/bindings/{binding}";
    /** Longer than any wait between two codes the store sets. */
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** The codes of an account's mistakes, which a refused form's address may name. */
    private static final Pattern ACCOUNT_ERROR = Pattern.compile("wallet\\.identifier\\.[a-z-]{1,40}");
    /** The codes of the reasons a binding is not allowed, which a refused form's address may name. */
    private static final Pattern REASON_CODE = Pattern.compile("[a-z][a-z.-]{0,40}");
    /** What an account's mistake quotes: a character, a position or a length. */
    private static final int MAX_ARGUMENT_LENGTH = 4;

    private final StartWalletBinding startWalletBinding;
    private final ResendBindingCode resendBindingCode;
    private final ConfirmBindingCode confirmBindingCode;
    private final OpenWalletAuthorization openWalletAuthorization;
    private final ViewPaymentMethods viewPaymentMethods;
    private final ViewMyAccount viewMyAccount;
    private final PageRenderer pages;
    private final Clock clock;
    private final int maxWallets;

    /**
     * @param viewMyAccount names the account's phone, where the code goes
     * @param clock         tells how long the customer still waits before another code may be sent
     * @param maxWallets    how many wallets a customer may have bound, which the replacement notice states
     */
    public BindWalletController(StartWalletBinding startWalletBinding, ResendBindingCode resendBindingCode,
                                ConfirmBindingCode confirmBindingCode, OpenWalletAuthorization openWalletAuthorization,
                                ViewPaymentMethods viewPaymentMethods, ViewMyAccount viewMyAccount,
                                PageRenderer pages, Clock clock, int maxWallets) {
        this.startWalletBinding = startWalletBinding;
        this.resendBindingCode = resendBindingCode;
        this.confirmBindingCode = confirmBindingCode;
        this.openWalletAuthorization = openWalletAuthorization;
        this.viewPaymentMethods = viewPaymentMethods;
        this.viewMyAccount = viewMyAccount;
        this.pages = pages;
        this.clock = clock;
        this.maxWallets = maxWallets;
    }

    public void register(RoutesConfig routes) {
        routes.get(ADD, ctx -> pages.render(ctx, "shop/choose-wallet",
                Map.of("providers", Arrays.asList(WalletProvider.values()),
                        "reconfirmed", ctx.queryParam("reconfirmed") != null,
                        "orderQuery", OrderBeingPaid.query(OrderBeingPaid.of(ctx), '?'))));
        routes.get(ADD + "/{provider}", this::showRefusedAccountForm);
        routes.get(ADD + "/{provider}/replace", this::showReplacementQuestion);
        routes.post(ADD + "/{provider}", this::start);
        routes.get(BINDING + "/code", this::showCodePage);
        routes.post(BINDING + "/code", this::confirmCode);
        routes.post(BINDING + "/resend", this::resend);
        routes.post(BINDING + "/authorize", this::openWalletApp);
    }

    private void start(Context ctx) {
        // The answer to "Replace my wallet?" names the wallet kept when the customer typed it, not its account.
        String kept = ctx.formParam("kept");
        Optional<String> keptAccount = Optional.empty();
        if (kept != null) {
            keptAccount = keptReplacement(ctx, kept)
                    .filter(replacement -> WalletProvider.fromName(ctx.pathParam("provider"))
                            .equals(Optional.of(replacement.wallet().provider())))
                    .map(replacement -> replacement.wallet().account().value());
            if (keptAccount.isEmpty()) {
                backToAccountForm(ctx, "kept-ended", false);
                return;
            }
        }
        StartBindingCommand command;
        try {
            command = StartBindingCommand.fromForm(CustomerAccess.customerOf(ctx), ctx.pathParam("provider"),
                    keptAccount.orElseGet(() -> ctx.formParam("account")), ctx.formParam("replace"), language(ctx),
                    CustomerAccess.deviceOf(ctx),
                    PaymentController.reconfirmationReturn(ctx, OrderBeingPaid.of(ctx)));
        } catch (InvalidCommandException invalid) {
            backToAccountForm(ctx, accountProblem(invalid), false);
            return;
        }
        switch (startWalletBinding.start(command)) {
            case BindingStart.CodeSent sent -> ctx.redirect(codePage(sent.bindingId(), nextCodeQuery(sent.resendAt())
                    + OrderBeingPaid.query(OrderBeingPaid.of(ctx), '&')), HttpStatus.SEE_OTHER);
            // "Replace my wallet?" has an address of its own, which names the wallet typed as the store keeps it
            // (the several wallets to choose from included): a reload of it sends nothing again, and the account
            // never travels in it.
            case BindingStart.ReplacementRequired replace -> ctx.redirect(ADD + "/" + pathName(command.provider())
                    + "/replace?kept=" + replace.kept() + OrderBeingPaid.query(OrderBeingPaid.of(ctx), '&'),
                    HttpStatus.SEE_OTHER);
            case BindingStart.AlreadyBound bound ->
                    backToAccountForm(ctx, "already-bound&wallet=" + bound.wallet().id(), false);
            case BindingStart.NotAllowed notAllowed ->
                    backToAccountForm(ctx, "not-allowed&reason=" + notAllowed.reasonCode(), false);
            // The form stays as the customer sent it, a confirmed replacement included: they only wait, type the
            // account again, and send it.
            case BindingStart.TooSoon tooSoon -> backToAccountForm(ctx, "too-soon" + nextCodeQuery(tooSoon.retryAt()),
                    command.replaceConfirmed());
            case BindingStart.DailyLimitReached limit ->
                    backToAccountForm(ctx, "daily-limit", command.replaceConfirmed());
            // The step-up the rules suggest, then back to this wallet's form; the account is typed again, since a
            // full account never travels in an address.
            case BindingStart.VerificationRequired verify -> ctx.redirect(StepUpController.askedPath(
                    StepUpAction.BIND_WALLET, verify.factor(), ADD + "/"
                            + command.provider().name().toLowerCase(Locale.ROOT).replace('_', '-') + "?verified"
                            + OrderBeingPaid.query(OrderBeingPaid.of(ctx), '&'), OrderBeingPaid.of(ctx)),
                    HttpStatus.SEE_OTHER);
            // The wallet to be replaced is re-confirmed in its app first; back from there, the binding goes on with
            // the new wallet typed here, which the store keeps with the request (a full account never travels in an
            // address).
            case BindingStart.ReconfirmFirst reconfirm ->
                    ctx.redirect(reconfirm.walletPage().toString(), HttpStatus.SEE_OTHER);
            case BindingStart.ReconfirmationUnavailable unavailable ->
                    backToAccountForm(ctx, "reconfirm-unavailable", false);
        }
    }

    /**
     * To the wallet's account form saying why the one sent was refused ({@code problem}, with what the message
     * quotes), the replacement the customer confirmed kept; a reload of it sends nothing again. The account is
     * typed again, since a full account never travels in an address.
     */
    private void backToAccountForm(Context ctx, String problem, boolean replaceConfirmed) {
        String chosen = ctx.formParam("replace");
        boolean walletChosen = chosen != null && BindingId.parse(chosen.strip()).isPresent();
        String replace = !replaceConfirmed ? "" : "&replace=" + (walletChosen ? chosen.strip() : "true");
        Optional<WalletProvider> provider = WalletProvider.fromName(ctx.pathParam("provider"));
        if (provider.isEmpty()) {
            ctx.status(404);
            return;
        }
        ctx.redirect(ADD + "/" + provider.get().name().toLowerCase(Locale.ROOT).replace('_', '-') + "?problem="
                + problem + replace + OrderBeingPaid.query(OrderBeingPaid.of(ctx), '&'), HttpStatus.SEE_OTHER);
    }

    /**
     * "Replace my wallet?" at its own address: the wallet the customer typed, masked, and the wallet it replaces (or
     * the choice of one). Once the store no longer keeps the wallet typed, the account form asks for it again.
     */
    private void showReplacementQuestion(Context ctx) {
        Optional<WalletProvider> provider = WalletProvider.fromName(ctx.pathParam("provider"));
        if (provider.isEmpty()) {
            pages.render(ctx, 404, "error/404", Map.of());
            return;
        }
        Optional<KeptReplacement> kept = keptReplacement(ctx, ctx.queryParam("kept"))
                .filter(replacement -> replacement.wallet().provider() == provider.get());
        if (kept.isEmpty()) {
            ctx.redirect(ADD + "/" + pathName(provider.get()) + "?problem=kept-ended"
                    + OrderBeingPaid.query(OrderBeingPaid.of(ctx), '&'), HttpStatus.SEE_OTHER);
            return;
        }
        KeptReplacement replacement = kept.get();
        Map<String, Object> model = new HashMap<>();
        model.put("keptId", ctx.queryParam("kept"));
        model.put("keptAccount", replacement.wallet().account().masked());
        if (replacement.choices().size() > 1) {
            showAccountForm(ctx, Map.of(), pages.message(ctx, "bind.replace.notice-many", maxWallets), true,
                    replacement.choices(), replacement.current().id().toString(), model);
        } else {
            showAccountForm(ctx, Map.of(), pages.message(ctx, "bind.replace.notice",
                    providerName(ctx, replacement.current().provider()), replacement.current().maskedAccount()),
                    true, List.of(), "true", model);
        }
    }

    private Optional<KeptReplacement> keptReplacement(Context ctx, String kept) {
        return PendingReplacementId.parse(kept)
                .flatMap(id -> startWalletBinding.keptReplacement(CustomerAccess.customerOf(ctx), id));
    }

    private static String pathName(WalletProvider provider) {
        return provider.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A refused account's problem as its address carries it: the message's code and what it quotes, no account. */
    private static String accountProblem(InvalidCommandException invalid) {
        return invalid.errors().stream()
                .filter(error -> error.field().equals("account") && ACCOUNT_ERROR.matcher(error.code()).matches())
                .findFirst()
                .map(error -> "invalid&error=" + error.code() + error.arguments().stream()
                        .map(argument -> "&arg=" + URLEncoder.encode(String.valueOf(argument), StandardCharsets.UTF_8))
                        .collect(Collectors.joining()))
                .orElse("invalid");
    }

    /** The account form at its own address, saying why the last one sent was refused, if its address says so. */
    private void showRefusedAccountForm(Context ctx) {
        String problem = Objects.requireNonNullElse(ctx.queryParam("problem"), "");
        Map<String, String> errors = new HashMap<>();
        String notice = null;
        switch (problem) {
            case "invalid" -> {
                String code = Objects.requireNonNullElse(ctx.queryParam("error"), "");
                Object[] arguments = ctx.queryParams("arg").stream()
                        .filter(argument -> argument.codePointCount(0, argument.length()) <= MAX_ARGUMENT_LENGTH)
                        .toArray();
                Optional<String> message = ACCOUNT_ERROR.matcher(code).matches()
                        ? pages.messages().find(pages.locale(ctx), "error." + code, arguments) : Optional.empty();
                errors.put("account", message.orElseGet(() -> pages.message(ctx, "error.wallet.identifier.format")));
            }
            case "already-bound" -> notice = BindingId.parse(ctx.queryParam("wallet"))
                    .flatMap(id -> viewPaymentMethods.view(CustomerAccess.customerOf(ctx)).wallets().stream()
                            .filter(wallet -> wallet.id().equals(id)).findFirst())
                    .map(wallet -> pages.message(ctx, "bind.already-bound", providerName(ctx, wallet.provider()),
                            wallet.maskedAccount()))
                    .orElse(null);
            case "not-allowed" -> notice = Optional.ofNullable(ctx.queryParam("reason"))
                    .filter(reason -> REASON_CODE.matcher(reason).matches())
                    .flatMap(reason -> pages.messages().find(pages.locale(ctx), "bind.not-allowed." + reason))
                    .orElse(null);
            case "too-soon" -> notice = epochSeconds(ctx.queryParam("next-code-at"))
                    .filter(at -> secondsUntil(at) > 0 && secondsUntil(at) <= LONGEST_WAIT.toSeconds())
                    .map(at -> waitMessage(ctx, "bind.code.too-soon", at))
                    .orElse(null);
            case "daily-limit" -> notice = pages.message(ctx, "bind.code.daily-limit");
            case "reconfirm-unavailable" -> notice = pages.message(ctx, "bind.reconfirm.unavailable");
            case "kept-ended" -> notice = pages.message(ctx, "bind.replace.kept-ended");
            default -> {
            }
        }
        String replace = ctx.queryParam("replace");
        boolean replaceConfirmed = "true".equals(replace) || BindingId.parse(replace).isPresent();
        showAccountForm(ctx, errors, notice, replaceConfirmed, List.of(), replaceConfirmed ? replace : "true");
    }

    /**
     * Goes on with a replacement that waited for the current wallet to be re-confirmed on this device, with the new
     * wallet the customer typed before: to the code sent to the phone. Anything else (a wait before another code, a
     * hold) sends the customer to choose the wallet again, told that the current one is confirmed.
     */
    static void continueReplacement(Context ctx, StartWalletBinding startWalletBinding, StartBindingCommand command,
            Optional<OrderId> orderBeingPaid) {
        switch (startWalletBinding.start(command)) {
            case BindingStart.CodeSent sent -> ctx.redirect(codePage(sent.bindingId(), nextCodeQuery(sent.resendAt())
                    + OrderBeingPaid.query(orderBeingPaid, '&')), HttpStatus.SEE_OTHER);
            default -> ctx.redirect(ADD + "?reconfirmed" + OrderBeingPaid.query(orderBeingPaid, '&'),
                    HttpStatus.SEE_OTHER);
        }
    }

    private void confirmCode(Context ctx) {
        Optional<BindingId> bindingId = BindingId.parse(ctx.pathParam("binding"));
        if (bindingId.isEmpty()) {
            ctx.status(404);
            return;
        }
        CustomerId customer = CustomerAccess.customerOf(ctx);
        ConfirmCodeCommand command;
        try {
            command = ConfirmCodeCommand.fromForm(customer, bindingId.get(), ctx.formParam("code"));
        } catch (InvalidCommandException invalid) {
            // Nothing was checked, so nothing is lost by showing the form again where it was sent.
            showCodeForm(ctx, 422, FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)), null);
            return;
        }
        switch (confirmBindingCode.confirm(command)) {
            case CodeConfirmation.Accepted accepted -> openWalletApp(ctx);
            case CodeConfirmation.WrongCode wrong -> backToCodePage(ctx, bindingId.get(), "wrong&left=" + wrong.entriesLeft());
            case CodeConfirmation.Replaced replaced -> backToCodePage(ctx, bindingId.get(), "replaced");
            case CodeConfirmation.Exhausted exhausted -> backToCodePage(ctx, bindingId.get(), "exhausted");
            case CodeConfirmation.Expired expired -> backToCodePage(ctx, bindingId.get(), "expired");
            case CodeConfirmation.NotPending notPending -> ctx.redirect(PaymentMethodsController.PAGE, HttpStatus.SEE_OTHER);
        }
    }

    /** To the code page saying what became of the customer's form; a reload of it sends nothing again. */
    private void backToCodePage(Context ctx, BindingId bindingId, String problem) {
        ctx.redirect(codePage(bindingId) + "?problem=" + problem
                + OrderBeingPaid.query(OrderBeingPaid.of(ctx), '&'), HttpStatus.SEE_OTHER);
    }

    private void resend(Context ctx) {
        Optional<BindingId> bindingId = BindingId.parse(ctx.pathParam("binding"));
        if (bindingId.isEmpty()) {
            ctx.status(404);
            return;
        }
        Optional<OrderId> order = OrderBeingPaid.of(ctx);
        switch (resendBindingCode.resend(CustomerAccess.customerOf(ctx), bindingId.get(), language(ctx))) {
            case BindingStart.CodeSent sent -> ctx.redirect(codePage(sent.bindingId()) + "?resent"
                    + nextCodeQuery(sent.resendAt()) + OrderBeingPaid.query(order, '&'),
                    HttpStatus.SEE_OTHER);
            case BindingStart.TooSoon tooSoon ->
                    backToCodePage(ctx, bindingId.get(), "too-soon" + nextCodeQuery(tooSoon.retryAt()));
            case BindingStart.DailyLimitReached limit -> backToCodePage(ctx, bindingId.get(), "daily-limit");
            default -> ctx.redirect(PaymentMethodsController.PAGE, HttpStatus.SEE_OTHER);
        }
    }

    /** Asks the provider for its confirmation page and sends the customer there, or says what went wrong. */
    private void openWalletApp(Context ctx) {
        Optional<BindingId> bindingId = BindingId.parse(ctx.pathParam("binding"));
        if (bindingId.isEmpty()) {
            ctx.status(404);
            return;
        }
        WalletAuthorization answer = openWalletAuthorization.open(CustomerAccess.customerOf(ctx), bindingId.get(),
                URI.create(WalletReturnController.returnPath(OrderBeingPaid.of(ctx))));
        switch (answer) {
            case WalletAuthorization.GoToWalletApp go -> ctx.redirect(go.url().toString(), HttpStatus.SEE_OTHER);
            case WalletAuthorization.ProviderUnavailable unavailable -> pages.render(ctx, 503, "shop/wallet-unavailable",
                    Map.of("bindingId", bindingId.get(), "provider", unavailable.provider(),
                            "orderQuery", OrderBeingPaid.query(OrderBeingPaid.of(ctx), '?')));
            case WalletAuthorization.AccountNotFound notFound -> pages.render(ctx, 422, "shop/wallet-account-not-found",
                    Map.of("provider", notFound.provider(), "maskedAccount", notFound.maskedAccount()));
            case WalletAuthorization.NotPending notPending -> ctx.redirect(PaymentMethodsController.PAGE);
        }
    }

    private void showAccountForm(Context ctx, Map<String, String> errors, String problem,
                                 boolean confirmReplacement, List<BoundWallet> choices, String replaceValue) {
        showAccountForm(ctx, errors, problem, confirmReplacement, choices, replaceValue, new HashMap<>());
    }

    /**
     * The account form, at its own address (a form sent to the store is always answered with a redirect): when it
     * confirms a replacement, it sends on the wallet chosen to replace ({@code replaceValue}), or {@code true} for the
     * one bound first.
     */
    private void showAccountForm(Context ctx, Map<String, String> errors, String problem,
                                 boolean confirmReplacement, List<BoundWallet> choices, String replaceValue,
                                 Map<String, Object> model) {
        Optional<WalletProvider> provider = WalletProvider.fromName(ctx.pathParam("provider"));
        if (provider.isEmpty()) {
            ctx.status(404);
            return;
        }
        model.put("provider", provider.get());
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("confirmReplacement", confirmReplacement);
        model.put("replaceChoices", choices);
        model.put("replaceValue", replaceValue);
        model.put("verified", ctx.queryParam("verified") != null);
        model.put("supported", WalletProvider.supportedProviders());
        model.put("orderQuery", OrderBeingPaid.query(OrderBeingPaid.of(ctx), '?'));
        model.putIfAbsent("keptAccount", null);
        model.putIfAbsent("keptId", null);
        pages.render(ctx, provider.get().isSupported() ? 200 : 422, "shop/wallet-account", model);
    }

    /**
     * The code page, saying what the last form on it did ({@code problem}); the wait before another code may be
     * asked for is counted from the time the address names to now, so a reload shows it as it is then.
     */
    private void showCodePage(Context ctx) {
        // Waits are a minute or so: a time further away is no wait the store set, and is not shown.
        Optional<Instant> nextCodeAt = epochSeconds(ctx.queryParam("next-code-at"))
                .filter(at -> secondsUntil(at) <= LONGEST_WAIT.toSeconds());
        String problem = ctx.queryParam("problem");
        Map<String, String> errors = new HashMap<>();
        String notice = null;
        if ("wrong".equals(problem)) {
            errors.put("code", pages.message(ctx, "bind.code.wrong", entriesLeft(ctx.queryParam("left"))));
        } else if ("replaced".equals(problem)) {
            errors.put("code", pages.message(ctx, "bind.code.replaced"));
        } else if ("exhausted".equals(problem) || "expired".equals(problem) || "daily-limit".equals(problem)) {
            notice = pages.message(ctx, "bind.code." + problem);
        } else if ("too-soon".equals(problem) && nextCodeAt.isPresent() && secondsUntil(nextCodeAt.get()) > 0) {
            notice = waitMessage(ctx, "bind.code.too-soon", nextCodeAt.get());
        }
        Map<String, Object> model = new HashMap<>();
        // The wait beside the resend button, unless the notice says it already.
        long wait = nextCodeAt.map(this::secondsUntil).orElse(0L);
        model.put("waitSeconds", wait);
        model.put("waitMessage", wait > 0 && !"too-soon".equals(problem)
                ? waitMessage(ctx, "bind.code.wait", nextCodeAt.get()) : null);
        showCodeForm(ctx, 200, errors, notice, model);
    }

    private void showCodeForm(Context ctx, int status, Map<String, String> errors, String problem) {
        showCodeForm(ctx, status, errors, problem, new HashMap<>(Map.of("waitSeconds", 0L)));
    }

    private void showCodeForm(Context ctx, int status, Map<String, String> errors, String problem,
                              Map<String, Object> model) {
        model.put("bindingId", ctx.pathParam("binding"));
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("resent", ctx.queryParam("resent") != null);
        // The code goes to the account's phone, which the page names as the account has it now.
        model.put("sentTo", viewMyAccount.view(CustomerAccess.customerOf(ctx)).map(MyAccountView::maskedPhone)
                .orElse(""));
        model.put("orderQuery", OrderBeingPaid.query(OrderBeingPaid.of(ctx), '?'));
        // The code's forms carry the order being paid, for the page they lead back to.
        model.put("formQuery", OrderBeingPaid.query(OrderBeingPaid.of(ctx), '?'));
        model.putIfAbsent("waitMessage", null);
        pages.render(ctx, status, "shop/enter-code", model);
    }

    /**
     * A message saying how long the customer still waits for another code, to the second: {@code {0}} as a clock
     * reads it (0:57), {@code {1}} in seconds (57). The page counts it down as the seconds pass; the server still
     * decides when a code may be sent.
     */
    private String waitMessage(Context ctx, String key, Instant nextCodeAt) {
        long seconds = Math.max(1, secondsUntil(nextCodeAt));
        return pages.message(ctx, key, clockFace(seconds), seconds);
    }

    /** Whole seconds from now until {@code moment}, rounded up so that "0 seconds" is never shown too early. */
    private long secondsUntil(Instant moment) {
        long millis = Duration.between(clock.instant(), moment).toMillis();
        return millis <= 0 ? 0 : (millis + 999) / 1000;
    }

    /** Seconds as a clock shows them: 0:57, 2:05. */
    static String clockFace(long seconds) {
        return seconds / 60 + ":" + String.format(Locale.ROOT, "%02d", seconds % 60);
    }

    private static String nextCodeQuery(Instant nextCodeAt) {
        return nextCodeAt == null ? "" : "&next-code-at=" + nextCodeAt.getEpochSecond();
    }

    private static Optional<Instant> epochSeconds(String field) {
        return field != null && field.matches("\\d{1,12}")
                ? Optional.of(Instant.ofEpochSecond(Long.parseLong(field))) : Optional.empty();
    }

    private static int entriesLeft(String field) {
        return field != null && field.matches("\\d") ? Integer.parseInt(field) : 1;
    }

    private static String codePage(BindingId bindingId) {
        return PaymentMethodsController.PAGE + "/bindings/" + bindingId + "/code";
    }

    /** The code page's address with the parameters given as {@code &name=value…}; none when empty. */
    private static String codePage(BindingId bindingId, String parameters) {
        return codePage(bindingId) + (parameters.isEmpty() ? "" : "?" + parameters.substring(1));
    }

    private static Language language(Context ctx) {
        return WebSessions.current(ctx).language();
    }

    private String providerName(Context ctx, WalletProvider provider) {
        return pages.message(ctx, "wallet.provider." + provider.name());
    }
}
