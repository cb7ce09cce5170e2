package org.hexmall.simulator.wallet.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.api.MockWalletPaths;
import org.hexmall.simulator.wallet.api.ProviderSlugs;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.FaultTarget;
import org.hexmall.simulator.wallet.notification.NotificationAttempt;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.hexmall.simulator.web.SimulatorPages;

/**
 * The demo's control page, {@code /mock-wallet}: the simulated accounts and their apps, a form that opens one
 * (so that a customer who registered in the demo has a wallet to bind), a fault switch per provider and one per
 * account so that a person trying the demo can produce every failure, for one customer while the others pay
 * normally, the latest payments, and the notifications sent to the store.
 */
final class DemoControlPage {

    /** The fault form's value for "no fault". */
    static final String NO_FAULT = "NONE";
    private static final List<String> FAULT_CHOICES = Stream.concat(Stream.of(NO_FAULT),
            Arrays.stream(Fault.values()).map(Fault::name)).toList();
    private static final int NOTIFICATIONS_SHOWN = 20;
    private static final int PAYMENTS_SHOWN = 20;

    record ProviderSection(String slug, String name, String fault, List<AccountRow> accounts) {
    }

    /**
     * @param identifier  the whole identifier, which the account's fault form names
     * @param fault       the account's own fault, or {@link #NO_FAULT}
     * @param lockedUntil until when its payment password is locked, or {@code null}
     */
    record AccountRow(String identifier, String maskedIdentifier, String holder, String balance, String appLink,
                      String fault, Instant lockedUntil) {
    }

    /** A choice of the form's wallet list. */
    record ProviderChoice(String slug, String name) {
    }

    /**
     * One payment as the page lists it: the account masked, as everywhere outside the provider.
     *
     * @param refunded how much of it was refunded, or empty when nothing was
     * @param payLink  its pay page while it is open, else {@code null}
     */
    record PaymentRow(Instant createdAt, String providerName, String maskedAccount, String orderNumber, String amount,
                      String status, String refunded, String payLink) {
    }

    record NotificationRow(Instant attemptedAt, String providerName, String type, int attempt, String result,
                           boolean acknowledged) {
    }

    private final WalletSimulator simulator;
    private final SimulatorPages pages;
    private final AppTexts texts;

    DemoControlPage(WalletSimulator simulator, SimulatorPages pages, AppTexts texts) {
        this.simulator = simulator;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get(MockWalletPaths.CONTROL, ctx -> show(ctx, 200, null, Map.of()));
        routes.post(MockWalletPaths.CONTROL + "/accounts", this::openAccount);
        routes.post(MockWalletPaths.CONTROL + "/faults", this::setProviderFault);
        routes.post(MockWalletPaths.CONTROL + "/account-faults", this::setAccountFault);
        routes.post(MockWalletPaths.CONTROL + "/faults/clear", this::clearFaults);
    }

    private void setProviderFault(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.formParam("provider"));
        String choice = ctx.formParam("fault");
        if (provider.isEmpty() || !FAULT_CHOICES.contains(choice)) {
            show(ctx, 422, pages.text(ctx, "mock-wallet.control.invalid"), Map.of());
            return;
        }
        if (NO_FAULT.equals(choice)) {
            simulator.faults().remove(provider.get());
        } else {
            simulator.faults().inject(provider.get(), Fault.valueOf(choice));
        }
        ctx.redirect(MockWalletPaths.CONTROL, HttpStatus.SEE_OTHER);
    }

    /**
     * The account's own fault, which overrides its provider's; "no fault" leaves the account to behave as its
     * provider does. Only an account the provider has: a fault of an account nobody opened would show nowhere.
     */
    private void setAccountFault(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.formParam("provider"));
        Optional<WalletAccount> account;
        try {
            account = provider.flatMap(known -> simulator.accounts().find(known,
                    WalletAccountIdentifier.parse(known, ctx.formParam("account"))));
        } catch (DomainException notAnAccount) {
            account = Optional.empty();
        }
        String choice = ctx.formParam("fault");
        if (account.isEmpty() || !FAULT_CHOICES.contains(choice)) {
            show(ctx, 422, pages.text(ctx, "mock-wallet.control.account-invalid"), Map.of());
            return;
        }
        WalletAccount chosen = account.get();
        if (NO_FAULT.equals(choice)) {
            simulator.faults().remove(chosen.provider(), chosen.identifier());
        } else {
            simulator.faults().inject(chosen.provider(), chosen.identifier(), Fault.valueOf(choice));
        }
        ctx.redirect(MockWalletPaths.CONTROL, HttpStatus.SEE_OTHER);
    }

    /** Opens the account and comes back to this page, which then names it; an account that exists stays as it is. */
    private void openAccount(Context ctx) {
        OpenAccountForm form;
        try {
            form = OpenAccountForm.read(ctx.formParam("provider"), ctx.formParam("account"), ctx.formParam("holder"),
                    ctx.formParam("balance"), ctx.formParam("paymentPassword"));
        } catch (OpenAccountForm.Invalid invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            for (OpenAccountForm.Problem problem : invalid.problems()) {
                errors.putIfAbsent(problem.field(),
                        pages.text(ctx, "error." + problem.code(), problem.arguments().toArray()));
            }
            show(ctx, 422, null, errors);
            return;
        }
        if (simulator.accounts().find(form.provider(), form.account()).isPresent()) {
            show(ctx, 409, null, Map.of("account", pages.text(ctx, "mock-wallet.open.exists",
                    texts.providerName(ctx, form.provider()), form.account().masked())));
            return;
        }
        simulator.accounts().open(form.provider(), form.account(), form.holderName(), form.balanceFen(),
                form.paymentPassword());
        ctx.redirect(MockWalletPaths.CONTROL + "?opened=" + ProviderSlugs.slugOf(form.provider()) + "&account="
                + URLEncoder.encode(form.account().value(), StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
    }

    private void clearFaults(Context ctx) {
        simulator.faults().clear();
        ctx.redirect(MockWalletPaths.CONTROL, HttpStatus.SEE_OTHER);
    }

    /**
     * @param problem what went wrong with the fault form, or {@code null}
     * @param errors  what to fix in the open-account form, by input name; its other inputs keep what was typed
     */
    private void show(Context ctx, int status, String problem, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("providers", sections(ctx));
        model.put("faultChoices", FAULT_CHOICES);
        model.put("notifications", latestNotifications(ctx));
        model.put("payments", latestPayments(ctx));
        model.put("problem", problem);
        model.put("opened", openedAccount(ctx).orElse(null));
        model.put("providerChoices", WalletProvider.supportedProviders().stream()
                .map(provider -> new ProviderChoice(ProviderSlugs.slugOf(provider), texts.providerName(ctx, provider)))
                .toList());
        model.put("errors", errors);
        // Typed values come back after a mistake; the payment password never does, as password fields go.
        model.put("typed", Map.of(
                "provider", Objects.requireNonNullElse(ctx.formParam("provider"), ""),
                "account", Objects.requireNonNullElse(ctx.formParam("account"), ""),
                "holder", Objects.requireNonNullElse(ctx.formParam("holder"), ""),
                "balance", Objects.requireNonNullElse(ctx.formParam("balance"), "")));
        pages.render(ctx, status, "mock-wallet/control", model);
    }

    /** "Alipay account 139****0001 of Wang Fang is open", after the form opened it. */
    private Optional<String> openedAccount(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.queryParam("opened"));
        Optional<WalletAccount> account;
        try {
            account = provider.flatMap(known -> simulator.accounts().find(known,
                    WalletAccountIdentifier.parse(known, ctx.queryParam("account"))));
        } catch (DomainException notAnAccount) {
            account = Optional.empty();
        }
        return account.map(opened -> pages.text(ctx, "mock-wallet.open.done",
                texts.providerName(ctx, opened.provider()), opened.identifier().masked(), opened.holderName()));
    }

    private List<ProviderSection> sections(Context ctx) {
        Map<FaultTarget, Fault> faults = simulator.faults().all();
        List<WalletAccount> accounts = simulator.accounts().all();
        List<ProviderSection> sections = new ArrayList<>();
        for (WalletProvider provider : WalletProvider.supportedProviders()) {
            List<AccountRow> rows = accounts.stream()
                    .filter(account -> account.provider() == provider)
                    .map(account -> new AccountRow(account.identifier().value(), account.identifier().masked(),
                            account.holderName(), AppTexts.yuan(account.balanceFen()),
                            MockWalletPaths.appPage(provider, account.identifier()),
                            Optional.ofNullable(faults.get(FaultTarget.account(provider, account.identifier())))
                                    .map(Fault::name).orElse(NO_FAULT),
                            simulator.accounts().passwordLockedUntil(provider, account.identifier()).orElse(null)))
                    .toList();
            String providerFault = Optional.ofNullable(faults.get(FaultTarget.wholeProvider(provider)))
                    .map(Fault::name).orElse(NO_FAULT);
            sections.add(new ProviderSection(ProviderSlugs.slugOf(provider), texts.providerName(ctx, provider),
                    providerFault, rows));
        }
        return sections;
    }

    /** The latest payments first. */
    private List<PaymentRow> latestPayments(Context ctx) {
        return simulator.payments().latest(PAYMENTS_SHOWN).stream()
                .map(payment -> new PaymentRow(payment.createdAt(), texts.providerName(ctx, payment.provider()),
                        payment.account().masked(), payment.orderNumber(), AppTexts.yuan(payment.amountFen()),
                        paymentStatus(ctx, payment),
                        payment.refundedFen() == 0 ? "" : AppTexts.yuan(payment.refundedFen()),
                        payment.isOpen() ? MockWalletPaths.payPage(payment.provider(), payment.id()).toString() : null))
                .toList();
    }

    /** "Paid", "Refunded" once all of it went back, or for a failed payment why: "Not paid: insufficient balance". */
    private String paymentStatus(Context ctx, SimulatedPayment payment) {
        if (payment.refundedFen() > 0 && payment.refundedFen() == payment.amountFen()) {
            return pages.text(ctx, "mock-wallet.payment-status.REFUNDED");
        }
        String key = "mock-wallet.payment-status." + payment.status().name();
        return payment.failureReason() == null ? pages.text(ctx, key)
                : pages.text(ctx, key + "." + payment.failureReason().name());
    }

    /** The latest attempts first. */
    private List<NotificationRow> latestNotifications(Context ctx) {
        List<NotificationAttempt> attempts = simulator.notifications().attempts();
        return attempts.subList(Math.max(0, attempts.size() - NOTIFICATIONS_SHOWN), attempts.size()).reversed()
                .stream()
                .map(attempt -> new NotificationRow(attempt.attemptedAt(), texts.providerName(ctx, attempt.provider()),
                        pages.text(ctx, "mock-wallet.message-type." + attempt.messageType()), attempt.attempt(),
                        result(ctx, attempt), attempt.acknowledged()))
                .toList();
    }

    private String result(Context ctx, NotificationAttempt attempt) {
        if (attempt.httpStatus() == null) {
            return pages.text(ctx, "mock-wallet.control.notifications.no-answer", attempt.error());
        }
        String key = attempt.acknowledged() ? "acknowledged" : "refused";
        return pages.text(ctx, "mock-wallet.control.notifications." + key, String.valueOf(attempt.httpStatus()));
    }
}
