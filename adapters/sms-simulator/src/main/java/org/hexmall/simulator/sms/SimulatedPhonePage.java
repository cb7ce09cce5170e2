package org.hexmall.simulator.sms;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.simulator.web.PageHost;
import org.hexmall.simulator.web.SimulatorPages;

/**
 * The demo's SIMULATED phone, {@code /mock-phone/{phone}}: the messages the simulated network delivered to one
 * number, newest first, so that a person trying the demo can read the verification code. Mount it in demo mode
 * only: it shows anyone the codes sent to any number.
 */
public final class SimulatedPhonePage {

    /** The page's own texts; the layout's are in {@link SimulatorPages#SHARED_BUNDLE}. */
    public static final String MESSAGES = "i18n/mock-phone";
    private static final int LATEST = 20;

    private final SmsOutbox outbox;
    private final SimulatorPages pages;

    public SimulatedPhonePage(SmsOutbox outbox, PageHost host, ZoneId displayZone) {
        this.outbox = outbox;
        this.pages = new SimulatorPages(MESSAGES, host, displayZone, true);
    }

    public void register(RoutesConfig routes) {
        routes.get("/mock-phone", ctx -> pages.render(ctx, 200, "mock-phone/index",
                Map.of("messages", outbox.latest(LATEST))));
        routes.get("/mock-phone/{phone}", this::show);
    }

    private void show(Context ctx) {
        Optional<PhoneNumber> phone = parse(ctx.pathParam("phone"));
        if (phone.isEmpty()) {
            pages.render(ctx, 404, "mock-phone/not-a-phone", Map.of());
            return;
        }
        pages.render(ctx, 200, "mock-phone/messages", Map.of(
                "maskedPhone", phone.get().masked(),
                "messages", outbox.messagesTo(phone.get())));
    }

    private static Optional<PhoneNumber> parse(String typed) {
        try {
            return Optional.of(PhoneNumber.parse(typed));
        } catch (DomainException notAPhoneNumber) {
            return Optional.empty();
        }
    }
}
