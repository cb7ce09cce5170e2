package org.hexmall.adapter.in.web.shop;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.RegisterCustomer;
import org.hexmall.application.port.in.account.RegisterCustomerCommand;
import org.hexmall.application.port.in.account.RegistrationResult;

/** {@code /register}: a visitor opens an account. */
public final class RegistrationController {

    private final RegisterCustomer registerCustomer;
    private final PageRenderer pages;

    public RegistrationController(RegisterCustomer registerCustomer, PageRenderer pages) {
        this.registerCustomer = registerCustomer;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/register", ctx -> showForm(ctx, 200, Map.of()));
        routes.post("/register", this::submit);
    }

    private void submit(Context ctx) {
        RegisterCustomerCommand command;
        try {
            command = RegisterCustomerCommand.fromForm(ctx.formParam("phone"), ctx.formParam("email"),
                    ctx.formParam("displayName"), ctx.formParam("password"), ctx.formParam("passwordRepeated"));
        } catch (InvalidCommandException invalid) {
            showForm(ctx, 422, FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)));
            return;
        }
        switch (registerCustomer.register(command)) {
            case RegistrationResult.Registered registered -> ctx.redirect("/login?registered");
            case RegistrationResult.PhoneAlreadyRegistered taken ->
                    showForm(ctx, 422, Map.of("phone", pages.message(ctx, "register.phone-taken")));
            case RegistrationResult.EmailAlreadyRegistered taken ->
                    showForm(ctx, 422, Map.of("email", pages.message(ctx, "register.email-taken")));
        }
    }

    private void showForm(Context ctx, int status, Map<String, String> errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        // Typed values come back so nothing has to be typed twice; passwords never do.
        model.put("phone", valueOr(ctx.formParam("phone")));
        model.put("email", valueOr(ctx.formParam("email")));
        model.put("displayName", valueOr(ctx.formParam("displayName")));
        pages.render(ctx, status, "shop/register", model);
    }

    private static String valueOr(String value) {
        return value == null ? "" : value;
    }
}
