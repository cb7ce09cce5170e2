package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.DisplayTime;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.account.ConfirmPhoneChange;
import org.hexmall.application.port.in.account.StartPhoneChange;
import org.hexmall.application.port.in.security.CheckStepUp;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.VerificationCode;
import org.hexmall.domain.shared.DomainException;

/**
 * Account &amp; security → "Change phone number": a step-up, then the new number, then the code texted to it. The
 * code form carries the new number in a hidden field: changing it helps no one, as only the code sent to that
 * number confirms it. Every other device signed in to the account is logged out; this one stays, under a new
 * session id.
 */
public final class ChangePhoneController {

    static final String PATH = "/account/security/phone";
    private static final String CODE_PATH = PATH + "/code";

    private final CheckStepUp checkStepUp;
    private final StartPhoneChange startPhoneChange;
    private final ConfirmPhoneChange confirmPhoneChange;
    private final WebSessions sessions;
    private final PageRenderer pages;
    private final DisplayTime displayTime;

    public ChangePhoneController(CheckStepUp checkStepUp, StartPhoneChange startPhoneChange,
                                 ConfirmPhoneChange confirmPhoneChange, WebSessions sessions, PageRenderer pages,
                                 DisplayTime displayTime) {
        this.checkStepUp = checkStepUp;
        this.startPhoneChange = startPhoneChange;
        this.confirmPhoneChange = confirmPhoneChange;
        this.sessions = sessions;
        this.pages = pages;
        this.displayTime = displayTime;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> {
            if (ctx.queryParam("changed") != null) {
                pages.render(ctx, "shop/phone-changed", Map.of());
                return;
            }
            showNumberForm(ctx, 200, Map.of(), null);
        });
        routes.post(PATH, this::start);
        routes.post(CODE_PATH, this::confirm);
    }

    private void start(Context ctx) {
        Optional<PhoneNumber> phone = phoneIn(ctx.formParam("phone"));
        if (phone.isEmpty()) {
            showNumberForm(ctx, 422, Map.of("phone", pages.message(ctx, "error.phone.format")), null);
            return;
        }
        switch (startPhoneChange.start(CustomerAccess.customerOf(ctx), phone.get(),
                WebSessions.current(ctx).language())) {
            case StartPhoneChange.CodeSent sent -> showCodeForm(ctx, 200, phone.get(),
                    pages.message(ctx, "phone-change.code-sent", sent.maskedPhone()), null);
            case StartPhoneChange.CodeNotSentYet notYet -> showCodeForm(ctx, 429, phone.get(), null,
                    pages.message(ctx, "phone-change.not-yet", displayTime.until(notYet.retryAt())));
            // The number's codes of the day are spent: the customer may wait, or type another number.
            case StartPhoneChange.DailyLimitReached limit -> showNumberForm(ctx, 429, Map.of(),
                    pages.message(ctx, "phone-change.daily-limit", limit.maskedPhone(),
                            displayTime.untilDateTime(limit.retryAfter())));
            case StartPhoneChange.StepUpNeeded needed ->
                    showNumberForm(ctx, 403, Map.of(), pages.message(ctx, "phone-change.verify-again"));
            case StartPhoneChange.SameNumber same -> showNumberForm(ctx, 422,
                    Map.of("phone", pages.message(ctx, "phone-change.same")), null);
            case StartPhoneChange.NumberTaken taken -> showNumberForm(ctx, 409,
                    Map.of("phone", pages.message(ctx, "phone-change.taken")), null);
        }
    }

    private void confirm(Context ctx) {
        Optional<PhoneNumber> phone = phoneIn(ctx.formParam("phone"));
        if (phone.isEmpty()) {
            ctx.redirect(PATH, HttpStatus.SEE_OTHER);
            return;
        }
        String digits;
        try {
            digits = VerificationCode.typedDigits(ctx.formParam("code"));
        } catch (DomainException notSixDigits) {
            showCodeForm(ctx, 422, phone.get(), null, pages.message(ctx, "error." + notSixDigits.code()));
            return;
        }
        switch (confirmPhoneChange.confirm(CustomerAccess.customerOf(ctx), phone.get(), digits,
                WebSessions.current(ctx).id(), ctx.ip())) {
            case ConfirmPhoneChange.Changed changed -> {
                sessions.switchTo(ctx, changed.session());
                ctx.redirect(PATH + "?changed", HttpStatus.SEE_OTHER);
            }
            case ConfirmPhoneChange.StepUpNeeded needed ->
                    showNumberForm(ctx, 403, Map.of(), pages.message(ctx, "phone-change.verify-again"));
            case ConfirmPhoneChange.WrongCode wrong -> showCodeForm(ctx, 422, phone.get(), null,
                    pages.message(ctx, "verify.wrong-code", wrong.entriesLeft()));
            case ConfirmPhoneChange.CodeExpired expired -> showCodeForm(ctx, 422, phone.get(), null,
                    pages.message(ctx, "verify.code-expired"));
            case ConfirmPhoneChange.NumberTaken taken -> showNumberForm(ctx, 409,
                    Map.of("phone", pages.message(ctx, "phone-change.taken")), null);
        }
    }

    private void showNumberForm(Context ctx, int status, Map<String, String> errors, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("phone", ctx.formParam("phone") == null ? "" : ctx.formParam("phone"));
        model.put("verified", checkStepUp.hasPassed(CustomerAccess.customerOf(ctx), StepUpAction.CHANGE_PHONE));
        pages.render(ctx, status, "shop/change-phone", model);
    }

    private void showCodeForm(Context ctx, int status, PhoneNumber phone, String notice, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", Map.of());
        model.put("notice", notice);
        model.put("problem", problem);
        model.put("phone", phone.value());
        model.put("maskedPhone", phone.masked());
        pages.render(ctx, status, "shop/change-phone-code", model);
    }

    private static Optional<PhoneNumber> phoneIn(String value) {
        try {
            return Optional.of(PhoneNumber.parse(value));
        } catch (DomainException notANumber) {
            return Optional.empty();
        }
    }
}
