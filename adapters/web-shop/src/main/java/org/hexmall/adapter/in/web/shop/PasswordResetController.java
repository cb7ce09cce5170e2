package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.PasswordResetResult;
import org.hexmall.application.port.in.account.RequestPasswordReset;
import org.hexmall.application.port.in.account.RequestPasswordResetCommand;
import org.hexmall.application.port.in.account.ResetPassword;
import org.hexmall.application.port.in.account.ResetPasswordCommand;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.DomainException;

/**
 * {@code /forgot-password}: a customer who forgot their password asks for a code by SMS, then types it with a new
 * password. Every number gets the same answer, so the pages never tell who has an account. The code form carries
 * the number in a hidden field: changing it helps no one, as only the code sent to that number resets its password.
 */
public final class PasswordResetController {

    static final String PATH = "/forgot-password";
    private static final String CODE_PATH = PATH + "/code";

    private final RequestPasswordReset requestPasswordReset;
    private final ResetPassword resetPassword;
    private final PageRenderer pages;

    public PasswordResetController(RequestPasswordReset requestPasswordReset, ResetPassword resetPassword,
                                   PageRenderer pages) {
        this.requestPasswordReset = requestPasswordReset;
        this.resetPassword = resetPassword;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> showPhoneForm(ctx, 200, Map.of()));
        routes.post(PATH, this::requestCode);
        routes.get(CODE_PATH, this::showCodeForm);
        routes.post(CODE_PATH, this::reset);
    }

    private void requestCode(Context ctx) {
        RequestPasswordResetCommand command;
        try {
            command = RequestPasswordResetCommand.fromForm(ctx.formParam("phone"), WebSessions.current(ctx).language());
        } catch (InvalidCommandException invalid) {
            showPhoneForm(ctx, 422, FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)));
            return;
        }
        requestPasswordReset.requestCode(command);
        ctx.redirect(CODE_PATH + "?phone=" + URLEncoder.encode(command.phone().value(), StandardCharsets.UTF_8),
                HttpStatus.SEE_OTHER);
    }

    private void showCodeForm(Context ctx) {
        Optional<PhoneNumber> phone = phoneIn(ctx.queryParam("phone"));
        if (phone.isEmpty()) {
            ctx.redirect(PATH);
            return;
        }
        showCodeForm(ctx, 200, phone.get(), Map.of(), null);
    }

    private void reset(Context ctx) {
        Optional<PhoneNumber> phone = phoneIn(ctx.formParam("phone"));
        if (phone.isEmpty()) {
            ctx.redirect(PATH, HttpStatus.SEE_OTHER);
            return;
        }
        ResetPasswordCommand command;
        try {
            command = ResetPasswordCommand.fromForm(ctx.formParam("phone"), ctx.formParam("code"),
                    ctx.formParam("password"), ctx.formParam("passwordRepeated"), ctx.ip());
        } catch (InvalidCommandException invalid) {
            showCodeForm(ctx, 422, phone.get(),
                    FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)), null);
            return;
        }
        switch (resetPassword.reset(command)) {
            case PasswordResetResult.Changed changed -> ctx.redirect("/login?passwordChanged",
                    HttpStatus.SEE_OTHER);
            case PasswordResetResult.WrongCode wrong -> showCodeForm(ctx, 422, phone.get(), Map.of(),
                    pages.message(ctx, "reset.wrong-code", wrong.entriesLeft()));
            case PasswordResetResult.CodeUsedUp usedUp -> showCodeForm(ctx, 422, phone.get(), Map.of(),
                    pages.message(ctx, "reset.used-up"));
            case PasswordResetResult.CodeExpired expired -> showCodeForm(ctx, 422, phone.get(), Map.of(),
                    pages.message(ctx, "reset.expired"));
        }
    }

    private void showPhoneForm(Context ctx, int status, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("phone", ctx.formParam("phone") == null ? "" : ctx.formParam("phone"));
        pages.render(ctx, status, "shop/forgot-password", model);
    }

    private void showCodeForm(Context ctx, int status, PhoneNumber phone, Map<String, String> errors, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("problem", problem);
        // The full number only goes back into the hidden fields; the text shows it masked, as elsewhere.
        model.put("phone", phone.value());
        model.put("maskedPhone", phone.masked());
        pages.render(ctx, status, "shop/reset-password", model);
    }

    private static Optional<PhoneNumber> phoneIn(String value) {
        try {
            return Optional.of(PhoneNumber.parse(value));
        } catch (DomainException notANumber) {
            return Optional.empty();
        }
    }
}
