package org.hexmall.adapter.out.wallet.mock.app;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.out.wallet.mock.Fault;
import org.hexmall.adapter.out.wallet.mock.FaultTarget;
import org.hexmall.adapter.out.wallet.mock.MockWalletPaths;
import org.hexmall.adapter.out.wallet.mock.NotificationAttempt;
import org.hexmall.adapter.out.wallet.mock.ProviderSlugs;
import org.hexmall.adapter.out.wallet.mock.WalletAccount;
import org.hexmall.adapter.out.wallet.mock.WalletSimulator;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The demo's control page, {@code /mock-wallet}: the simulated accounts and their apps, a fault switch per
 * provider so that a person trying the demo can produce every failure, and the notifications sent to the store.
 */
final class DemoControlPage {

    /** The fault form's value for "no fault". */
    static final String NO_FAULT = "NONE";
    private static final List<String> FAULT_CHOICES = Stream.concat(Stream.of(NO_FAULT),
            Arrays.stream(Fault.values()).map(Fault::name)).toList();
    private static final int NOTIFICATIONS_SHOWN = 20;

    record ProviderSection(String slug, String name, String fault, List<AccountRow> accounts) {
    }

    /** @param fault the account's own fault, or empty */
    record AccountRow(String maskedIdentifier, String holder, String balance, String appLink, String fault) {
    }

    record NotificationRow(Instant attemptedAt, String providerName, String type, int attempt, String result,
                           boolean acknowledged) {
    }

    private final WalletSimulator simulator;
    private final PageRenderer pages;
    private final AppTexts texts;

    DemoControlPage(WalletSimulator simulator, PageRenderer pages, AppTexts texts) {
        this.simulator = simulator;
        this.pages = pages;
        this.texts = texts;
    }

    void register(RoutesConfig routes) {
        routes.get(MockWalletPaths.CONTROL, ctx -> show(ctx, 200, null));
        routes.post(MockWalletPaths.CONTROL + "/faults", this::setProviderFault);
        routes.post(MockWalletPaths.CONTROL + "/faults/clear", this::clearFaults);
    }

    private void setProviderFault(Context ctx) {
        Optional<WalletProvider> provider = ProviderSlugs.fromSlug(ctx.formParam("provider"));
        String choice = ctx.formParam("fault");
        if (provider.isEmpty() || !FAULT_CHOICES.contains(choice)) {
            show(ctx, 422, texts.message(ctx, "mock-wallet.control.invalid"));
            return;
        }
        if (NO_FAULT.equals(choice)) {
            simulator.removeFault(provider.get());
        } else {
            simulator.injectFault(provider.get(), Fault.valueOf(choice));
        }
        ctx.redirect(MockWalletPaths.CONTROL, HttpStatus.SEE_OTHER);
    }

    private void clearFaults(Context ctx) {
        simulator.clearFaults();
        ctx.redirect(MockWalletPaths.CONTROL, HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, int status, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("providers", sections(ctx));
        model.put("faultChoices", FAULT_CHOICES);
        model.put("notifications", latestNotifications(ctx));
        model.put("problem", problem);
        pages.render(ctx, status, "mock-wallet/control", model);
    }

    private List<ProviderSection> sections(Context ctx) {
        Map<FaultTarget, Fault> faults = simulator.faults();
        List<WalletAccount> accounts = simulator.accounts();
        List<ProviderSection> sections = new ArrayList<>();
        for (WalletProvider provider : WalletProvider.supportedProviders()) {
            List<AccountRow> rows = accounts.stream()
                    .filter(account -> account.provider() == provider)
                    .map(account -> new AccountRow(account.identifier().masked(), account.holderName(),
                            AppTexts.yuan(account.balanceFen()),
                            MockWalletPaths.appPage(provider, account.identifier()),
                            Optional.ofNullable(faults.get(FaultTarget.account(provider, account.identifier())))
                                    .map(Fault::name).orElse("")))
                    .toList();
            String providerFault = Optional.ofNullable(faults.get(FaultTarget.wholeProvider(provider)))
                    .map(Fault::name).orElse(NO_FAULT);
            sections.add(new ProviderSection(ProviderSlugs.slugOf(provider), texts.providerName(ctx, provider),
                    providerFault, rows));
        }
        return sections;
    }

    /** The latest attempts first. */
    private List<NotificationRow> latestNotifications(Context ctx) {
        List<NotificationAttempt> attempts = simulator.notificationAttempts();
        return attempts.subList(Math.max(0, attempts.size() - NOTIFICATIONS_SHOWN), attempts.size()).reversed()
                .stream()
                .map(attempt -> new NotificationRow(attempt.attemptedAt(), texts.providerName(ctx, attempt.provider()),
                        texts.message(ctx, "mock-wallet.message-type." + attempt.messageType()), attempt.attempt(),
                        result(ctx, attempt), attempt.acknowledged()))
                .toList();
    }

    private String result(Context ctx, NotificationAttempt attempt) {
        if (attempt.httpStatus() == null) {
            return texts.message(ctx, "mock-wallet.control.notifications.no-answer", attempt.error());
        }
        String key = attempt.acknowledged() ? "acknowledged" : "refused";
        return texts.message(ctx, "mock-wallet.control.notifications." + key, String.valueOf(attempt.httpStatus()));
    }
}
