package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.hexmall.adapter.in.web.common.DisplayTime;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.SafeRedirects;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.security.EnterStepUpCode;
import org.hexmall.application.port.in.security.FinishFaceCheck;
import org.hexmall.application.port.in.security.OpenFaceCheck;
import org.hexmall.application.port.in.security.SendStepUpCode;
import org.hexmall.application.port.in.security.StartStepUp;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.port.in.security.StepUpView;
import org.hexmall.application.port.in.security.ViewStepUp;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.security.VerificationCode;
import org.hexmall.domain.shared.DomainException;

/**
 * {@code /verify}: the one set of pages every step-up goes through, whatever action asked for it. The customer
 * enters the code texted to the account's phone, or goes to the face check and comes back; a passed step-up
 * moves them to a new session id and back to the page that asked, in {@code next}. Every outcome has its own
 * message and next steps: another code, the face check or a code instead, customer service.
 */
public final class StepUpController {

    static final String PATH = "/verify";
    private static final String FALLBACK = "/account/security";

    private final StartStepUp startStepUp;
    private final ViewStepUp viewStepUp;
    private final SendStepUpCode sendCode;
    private final EnterStepUpCode enterCode;
    private final OpenFaceCheck openFaceCheck;
    private final FinishFaceCheck finishFaceCheck;
    private final WebSessions sessions;
    private final PageRenderer pages;
    private final DisplayTime displayTime;

    public StepUpController(StartStepUp startStepUp, ViewStepUp viewStepUp, SendStepUpCode sendCode,
                            EnterStepUpCode enterCode, OpenFaceCheck openFaceCheck, FinishFaceCheck finishFaceCheck,
                            WebSessions sessions, PageRenderer pages, DisplayTime displayTime) {
        this.startStepUp = startStepUp;
        this.viewStepUp = viewStepUp;
        this.sendCode = sendCode;
        this.enterCode = enterCode;
        this.openFaceCheck = openFaceCheck;
        this.finishFaceCheck = finishFaceCheck;
        this.sessions = sessions;
        this.pages = pages;
        this.displayTime = displayTime;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::showAsked);
        routes.post(PATH + "/start", this::start);
        routes.get(PATH + "/{id}", ctx -> withStepUp(ctx, id -> show(ctx, 200, id, null, null)));
        routes.post(PATH + "/{id}/code", ctx -> withStepUp(ctx, id -> enter(ctx, id)));
        routes.post(PATH + "/{id}/send-code", ctx -> withStepUp(ctx, id -> answer(ctx, id,
                sendCode.send(id, visitor(ctx), WebSessions.current(ctx).language()))));
        routes.post(PATH + "/{id}/face", ctx -> withStepUp(ctx, id -> answer(ctx, id,
                openFaceCheck.open(id, visitor(ctx), faceReturn(id, next(ctx)),
                        WebSessions.current(ctx).language()))));
        routes.get(PATH + "/{id}/face-return", ctx -> withStepUp(ctx, id -> answer(ctx, id,
                finishFaceCheck.finish(id, visitor(ctx), WebSessions.current(ctx).id(), ctx.ip()))));
    }

    /**
     * The address a form the risk rules stepped up sends the customer to: it says why one more check is needed and
     * offers the proof the rules suggest first. Everything it shows is in its address (the action, the proof, the page
     * to come back to and the order being paid), so a reload shows it again and sends nothing.
     */
    static String askedPath(StepUpAction action, StepUpFactor factor, String next, Optional<OrderId> order) {
        return PATH + "?action=" + action.name() + "&factor=" + factor.name() + OrderBeingPaid.query(order, '&')
                + "&next=" + encode(next);
    }

    private void showAsked(Context ctx) {
        Optional<StepUpAction> action = parse(StepUpAction.class, ctx.queryParam("action"))
                .filter(asked -> asked == StepUpAction.PAY || asked == StepUpAction.BIND_WALLET);
        Optional<StepUpFactor> factor = parse(StepUpFactor.class, ctx.queryParam("factor"));
        if (action.isEmpty() || factor.isEmpty()) {
            refuseIncompleteLink(ctx);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("binding", action.get() == StepUpAction.BIND_WALLET);
        model.put("order", OrderBeingPaid.of(ctx).map(OrderId::toString).orElse(null));
        model.put("factor", factor.get().name());
        model.put("action", action.get().name());
        model.put("next", next(ctx));
        pages.render(ctx, "shop/risk-verify", model);
    }

    /** Where a page that needs a step-up sends the customer, with the form {@code shop/verify-start}. */
    private void start(Context ctx) {
        if (!(visitor(ctx) instanceof Principal.Customer customer)) {
            ctx.redirect("/login?next=" + encode(next(ctx)), HttpStatus.SEE_OTHER);
            return;
        }
        Optional<StepUpAction> action = parse(StepUpAction.class, ctx.formParam("action"))
                .filter(wanted -> wanted != StepUpAction.UNFREEZE_ACCOUNT);
        Optional<StepUpFactor> factor = parse(StepUpFactor.class, ctx.formParam("factor"));
        if (action.isEmpty() || factor.isEmpty()) {
            refuseIncompleteLink(ctx);
            return;
        }
        String next = next(ctx);
        StepUpProgress progress = startStepUp.start(customer.customerId(), action.get(), factor.get(),
                id -> faceReturn(id, next), WebSessions.current(ctx).language());
        answer(ctx, idOf(progress).orElseThrow(), progress);
    }

    /**
     * The answer to an address or a form that names no action or proof the store verifies: only a link cut short or
     * one made by hand does. Nothing was started; the page leads back to the page the link came from, when it names
     * one of this site's.
     */
    private void refuseIncompleteLink(Context ctx) {
        Map<String, Object> model = new HashMap<>();
        model.put("code", "verify-link");
        Optional.ofNullable(typedNext(ctx)).map(typed -> SafeRedirects.localPathOr(typed, null))
                .ifPresent(back -> model.put("back", back));
        pages.render(ctx, 400, "error/400", model);
    }

    private void enter(Context ctx, StepUpId id) {
        String digits;
        try {
            digits = VerificationCode.typedDigits(ctx.formParam("code"));
        } catch (DomainException notSixDigits) {
            show(ctx, 422, id, null, pages.message(ctx, "error." + notSixDigits.code()));
            return;
        }
        answer(ctx, id, enterCode.enter(id, visitor(ctx), digits, WebSessions.current(ctx).id(), ctx.ip()));
    }

    /** Turns what a step touched into the customer's next page. */
    private void answer(Context ctx, StepUpId id, StepUpProgress progress) {
        switch (progress) {
            case StepUpProgress.Passed passed -> {
                sessions.switchTo(ctx, passed.session());
                ctx.redirect(next(ctx), HttpStatus.SEE_OTHER);
            }
            case StepUpProgress.FaceCheckOpened opened -> ctx.redirect(opened.page().toString(), HttpStatus.SEE_OTHER);
            case StepUpProgress.CodeSent sent -> ctx.redirect(PATH + "/" + id + "?sent&next=" + encode(next(ctx)),
                    HttpStatus.SEE_OTHER);
            case StepUpProgress.CodeNotSentYet notYet -> show(ctx, 429, id, pages.message(ctx,
                    notYetKey(notYet.earlierCode()), notYet.maskedPhone(), displayTime.until(notYet.retryAt())), null);
            case StepUpProgress.CodeDailyLimitReached limit -> show(ctx, 429, id, pages.message(ctx,
                    limit.earlierCode() == StepUpProgress.EarlierCode.WORKS ? "verify.code-daily-limit.works"
                            : "verify.code-daily-limit", limit.maskedPhone(),
                    displayTime.untilDateTime(limit.retryAfter())), null);
            case StepUpProgress.FaceCheckUnavailable unavailable ->
                    show(ctx, 503, id, null, pages.message(ctx, "verify.face-unavailable"));
            case StepUpProgress.WrongCode wrong ->
                    show(ctx, 422, id, null, pages.message(ctx, "verify.wrong-code", wrong.entriesLeft()));
            case StepUpProgress.CodeUsedUp usedUp -> show(ctx, 422, id, null, pages.message(ctx, "verify.used-up"));
            case StepUpProgress.CodeExpired expired ->
                    show(ctx, 422, id, null, pages.message(ctx, "verify.code-expired"));
            case StepUpProgress.FaceNotMatched notMatched ->
                    show(ctx, 422, id, null, pages.message(ctx, "verify.face-not-matched"));
            case StepUpProgress.CameraUnavailable camera ->
                    show(ctx, 422, id, null, pages.message(ctx, "verify.camera-unavailable"));
            case StepUpProgress.FaceCheckPending pending ->
                    show(ctx, 200, id, pages.message(ctx, "verify.face-pending"), null);
            case StepUpProgress.Over over -> show(ctx, 410, id, null, pages.message(ctx, "verify.over"));
            case StepUpProgress.NotFound notFound -> pages.render(ctx, 404, "error/404", Map.of());
        }
    }

    /** Only a code sent for this check may be said to work meanwhile: the one that held a new one back may not be. */
    private static String notYetKey(StepUpProgress.EarlierCode earlierCode) {
        return switch (earlierCode) {
            case WORKS -> "verify.code-not-yet";
            case NONE -> "verify.code-not-yet.none-sent";
            case NO_LONGER_WORKS -> "verify.code-not-yet.expired";
        };
    }

    private void show(Context ctx, int status, StepUpId id, String notice, String problem) {
        Optional<StepUpView> view = viewStepUp.view(id, visitor(ctx));
        if (view.isEmpty()) {
            pages.render(ctx, 404, "error/404", Map.of());
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("stepUp", view.get());
        model.put("next", next(ctx));
        model.put("errors", Map.of());
        model.put("notice", notice == null && ctx.queryParam("sent") != null
                ? pages.message(ctx, "verify.code-sent", view.get().maskedPhone()) : notice);
        model.put("problem", problem);
        pages.render(ctx, status, "shop/verify", model);
    }

    private void withStepUp(Context ctx, Consumer<StepUpId> then) {
        Optional<StepUpId> id = parseId(ctx.pathParam("id"));
        if (id.isEmpty()) {
            pages.render(ctx, 404, "error/404", Map.of());
            return;
        }
        then.accept(id.get());
    }

    private static Optional<StepUpId> idOf(StepUpProgress progress) {
        return switch (progress) {
            case StepUpProgress.CodeSent sent -> Optional.of(sent.stepUp());
            case StepUpProgress.CodeNotSentYet notYet -> Optional.of(notYet.stepUp());
            case StepUpProgress.CodeDailyLimitReached limit -> Optional.of(limit.stepUp());
            case StepUpProgress.FaceCheckOpened opened -> Optional.of(opened.stepUp());
            case StepUpProgress.FaceCheckUnavailable unavailable -> Optional.of(unavailable.stepUp());
            default -> Optional.empty();
        };
    }

    private static URI faceReturn(StepUpId id, String next) {
        return URI.create(PATH + "/" + id + "/face-return?next=" + encode(next));
    }

    private static Principal visitor(Context ctx) {
        return WebSessions.current(ctx).principal();
    }

    /** The page to go back to once verified: a path on this site, from the query or the form. */
    private static String next(Context ctx) {
        return SafeRedirects.localPathOr(typedNext(ctx), FALLBACK);
    }

    /** The page to go back to as the query or the form named it; null when neither did. */
    private static String typedNext(Context ctx) {
        return ctx.queryParam("next") != null ? ctx.queryParam("next") : formParamOrNull(ctx, "next");
    }

    private static String formParamOrNull(Context ctx, String name) {
        return ctx.method().name().equals("POST") ? ctx.formParam(name) : null;
    }

    private static Optional<StepUpId> parseId(String text) {
        try {
            return Optional.of(new StepUpId(UUID.fromString(text)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, String typed) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(typed)).findFirst();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
