package org.hexmall.adapter.out.sms.mock;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.DomainException;

/**
 * The demo's SIMULATED phone, {@code /mock-phone/{phone}}: the messages the simulated SMS gateway sent to one
 * number, newest first, so that a person trying the demo can read the verification code. Mount it in demo mode
 * only: it shows anyone the codes sent to any number.
 */
public final class SimulatedPhonePage {

    private final SimulatedSmsGateway sms;
    private final PageRenderer pages;

    public SimulatedPhonePage(SimulatedSmsGateway sms, PageRenderer pages) {
        this.sms = sms;
        this.pages = pages;
    }

    private static final int LATEST = 20;

    public void register(RoutesConfig routes) {
        routes.get("/mock-phone", ctx -> pages.render(ctx, "mock-phone/index",
                Map.of("messages", sms.latestMessages(LATEST))));
        routes.get("/mock-phone/{phone}", this::show);
    }

    private void show(Context ctx) {
        Optional<PhoneNumber> phone = parse(ctx.pathParam("phone"));
        if (phone.isEmpty()) {
            pages.render(ctx, 404, "mock-phone/not-a-phone", Map.of());
            return;
        }
        pages.render(ctx, "mock-phone/messages", Map.of(
                "maskedPhone", phone.get().masked(),
                "messages", sms.messagesTo(phone.get())));
    }

    private static Optional<PhoneNumber> parse(String typed) {
        try {
            return Optional.of(PhoneNumber.parse(typed));
        } catch (DomainException notAPhoneNumber) {
            return Optional.empty();
        }
    }
}
