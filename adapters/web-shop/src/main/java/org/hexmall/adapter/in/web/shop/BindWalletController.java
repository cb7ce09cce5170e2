package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hexmall.adapter.in.web.common.DisplayTime;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.CodeConfirmation;
import org.hexmall.application.port.in.wallet.ConfirmBindingCode;
import org.hexmall.application.port.in.wallet.ConfirmCodeCommand;
import org.hexmall.application.port.in.wallet.OpenWalletAuthorization;
import org.hexmall.application.port.in.wallet.ResendBindingCode;
import org.hexmall.application.port.in.wallet.StartBindingCommand;
import org.hexmall.application.port.in.wallet.StartWalletBinding;
import org.hexmall.application.port.in.wallet.WalletAuthorization;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * "Add payment method": choose a wallet, type its account, enter the code sent to the phone, and go to
 * the wallet app to confirm. Every failure the guides list gets its own page with the next step.
 */
public final class BindWalletController {

    private static final String ADD = PaymentMethodsController.PAGE + "/add";
    private static final Pattern MASKED_PHONE = Pattern.compile("1\\d{2}\\*{4}\\d{4}");
    private static final String BINDING = PaymentMethodsController.PAGE + "/bindings/{binding}";

    private final StartWalletBinding startWalletBinding;
    private final ResendBindingCode resendBindingCode;
    private final ConfirmBindingCode confirmBindingCode;
    private final OpenWalletAuthorization openWalletAuthorization;
    private final PageRenderer pages;
    private final DisplayTime displayTime;

    public BindWalletController(StartWalletBinding startWalletBinding, ResendBindingCode resendBindingCode,
                                ConfirmBindingCode confirmBindingCode, OpenWalletAuthorization openWalletAuthorization,
                                PageRenderer pages, DisplayTime displayTime) {
        this.startWalletBinding = startWalletBinding;
        this.resendBindingCode = resendBindingCode;
        this.confirmBindingCode = confirmBindingCode;
        this.openWalletAuthorization = openWalletAuthorization;
        this.pages = pages;
        this.displayTime = displayTime;
    }

    public void register(RoutesConfig routes) {
        routes.get(ADD, ctx -> pages.render(ctx, "shop/choose-wallet",
                Map.of("providers", Arrays.asList(WalletProvider.values()),
                        "reconfirmed", ctx.queryParam("reconfirmed") != null)));
        routes.get(ADD + "/{provider}", ctx -> showAccountForm(ctx, 200, Map.of(), null, false));
        routes.post(ADD + "/{provider}", this::start);
        routes.get(BINDING + "/code", ctx -> showCodeForm(ctx, 200, Map.of(), null));
        routes.post(BINDING + "/code", this::confirmCode);
        routes.post(BINDING + "/resend", this::resend);
        routes.post(BINDING + "/authorize", this::openWalletApp);
    }

    private void start(Context ctx) {
        StartBindingCommand command;
        try {
            command = StartBindingCommand.fromForm(CustomerAccess.customerOf(ctx), ctx.pathParam("provider"),
                    ctx.formParam("account"), "true".equals(ctx.formParam("replace")), language(ctx),
                    CustomerAccess.deviceOf(ctx), PaymentController.reconfirmationReturn(ctx));
        } catch (InvalidCommandException invalid) {
            showAccountForm(ctx, 422, FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)),
                    null, false);
            return;
        }
        switch (startWalletBinding.start(command)) {
            case BindingStart.CodeSent sent -> ctx.redirect(codePage(sent.bindingId()) + "?to=" + sent.maskedPhone());
            case BindingStart.ReplacementRequired replace -> showAccountForm(ctx, 409, Map.of(),
                    pages.message(ctx, "bind.replace.notice", providerName(ctx, replace.current().provider()),
                            replace.current().maskedAccount()), true);
            case BindingStart.AlreadyBound bound -> showAccountForm(ctx, 409, Map.of(),
                    pages.message(ctx, "bind.already-bound", providerName(ctx, bound.wallet().provider()),
                            bound.wallet().maskedAccount()), false);
            case BindingStart.NotAllowed notAllowed ->
                    showAccountForm(ctx, 403, Map.of(), pages.message(ctx, "bind.not-allowed." + notAllowed.reasonCode()), false);
            case BindingStart.TooSoon tooSoon -> showAccountForm(ctx, 429, Map.of(),
                    pages.message(ctx, "bind.code.too-soon", displayTime.time(tooSoon.retryAt())), false);
            case BindingStart.DailyLimitReached limit ->
                    showAccountForm(ctx, 429, Map.of(), pages.message(ctx, "bind.code.daily-limit"), false);
            // The step-up the rules suggest, then back to this wallet's form; the account is typed again, since a
            // full account never travels in an address.
            case BindingStart.VerificationRequired verify -> pages.render(ctx, 403, "shop/risk-verify",
                    Map.of("binding", true, "factor", verify.factor().name(), "action", StepUpAction.BIND_WALLET.name(),
                            "next", ADD + "/" + command.provider().name().toLowerCase(Locale.ROOT).replace('_', '-')
                            + "?verified"));
            // The wallet to be replaced is re-confirmed in its app first; back from there, the customer adds the
            // new wallet again, since a full account never travels in an address.
            case BindingStart.ReconfirmFirst reconfirm ->
                    ctx.redirect(reconfirm.walletPage().toString(), HttpStatus.SEE_OTHER);
            case BindingStart.ReconfirmationUnavailable unavailable -> showAccountForm(ctx, 503, Map.of(),
                    pages.message(ctx, "bind.reconfirm.unavailable"), false);
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
            showCodeForm(ctx, 422, FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)), null);
            return;
        }
        switch (confirmBindingCode.confirm(command)) {
            case CodeConfirmation.Accepted accepted -> openWalletApp(ctx);
            case CodeConfirmation.WrongCode wrong -> showCodeForm(ctx, 422,
                    Map.of("code", pages.message(ctx, "bind.code.wrong", wrong.entriesLeft())), null);
            case CodeConfirmation.Exhausted exhausted ->
                    showCodeForm(ctx, 422, Map.of(), pages.message(ctx, "bind.code.exhausted"));
            case CodeConfirmation.Expired expired ->
                    showCodeForm(ctx, 422, Map.of(), pages.message(ctx, "bind.code.expired"));
            case CodeConfirmation.NotPending notPending -> ctx.redirect(PaymentMethodsController.PAGE);
        }
    }

    private void resend(Context ctx) {
        Optional<BindingId> bindingId = BindingId.parse(ctx.pathParam("binding"));
        if (bindingId.isEmpty()) {
            ctx.status(404);
            return;
        }
        switch (resendBindingCode.resend(CustomerAccess.customerOf(ctx), bindingId.get(), language(ctx))) {
            case BindingStart.CodeSent sent ->
                    ctx.redirect(codePage(sent.bindingId()) + "?resent&to=" + sent.maskedPhone());
            case BindingStart.TooSoon tooSoon -> showCodeForm(ctx, 429, Map.of(),
                    pages.message(ctx, "bind.code.too-soon", displayTime.time(tooSoon.retryAt())));
            case BindingStart.DailyLimitReached limit ->
                    showCodeForm(ctx, 429, Map.of(), pages.message(ctx, "bind.code.daily-limit"));
            default -> ctx.redirect(PaymentMethodsController.PAGE);
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
                URI.create(WalletReturnController.returnPath()));
        switch (answer) {
            case WalletAuthorization.GoToWalletApp go -> ctx.redirect(go.url().toString(), HttpStatus.SEE_OTHER);
            case WalletAuthorization.ProviderUnavailable unavailable -> pages.render(ctx, 503, "shop/wallet-unavailable",
                    Map.of("bindingId", bindingId.get(), "provider", unavailable.provider()));
            case WalletAuthorization.AccountNotFound notFound -> pages.render(ctx, 422, "shop/wallet-account-not-found",
                    Map.of("provider", notFound.provider(), "maskedAccount", notFound.maskedAccount()));
            case WalletAuthorization.NotPending notPending -> ctx.redirect(PaymentMethodsController.PAGE);
        }
    }

    private void showAccountForm(Context ctx, int status, Map<String, String> errors, String problem,
                                 boolean confirmReplacement) {
        Optional<WalletProvider> provider = WalletProvider.fromName(ctx.pathParam("provider"));
        if (provider.isEmpty()) {
            ctx.status(404);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("provider", provider.get());
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("account", ctx.formParam("account") == null ? "" : ctx.formParam("account"));
        model.put("confirmReplacement", confirmReplacement);
        model.put("verified", ctx.queryParam("verified") != null);
        model.put("supported", WalletProvider.supportedProviders());
        pages.render(ctx, provider.get().isSupported() ? status : 422, "shop/wallet-account", model);
    }

    private void showCodeForm(Context ctx, int status, Map<String, String> errors, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("bindingId", ctx.pathParam("binding"));
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("resent", ctx.queryParam("resent") != null);
        // Only ever a masked number: the page says where the code went without revealing the number.
        String sentTo = ctx.queryParam("to");
        model.put("sentTo", sentTo != null && MASKED_PHONE.matcher(sentTo).matches() ? sentTo : "");
        pages.render(ctx, status, "shop/enter-code", model);
    }

    private static String codePage(BindingId bindingId) {
        return PaymentMethodsController.PAGE + "/bindings/" + bindingId + "/code";
    }

    private static Language language(Context ctx) {
        return WebSessions.current(ctx).language();
    }

    private String providerName(Context ctx, WalletProvider provider) {
        return pages.message(ctx, "wallet.provider." + provider.name());
    }
}
