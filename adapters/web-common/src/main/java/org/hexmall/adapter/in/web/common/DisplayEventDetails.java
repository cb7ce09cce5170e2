package org.hexmall.adapter.in.web.common;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.hexmall.application.port.in.account.ActivityEntry;
import org.hexmall.domain.account.DeviceName;

/**
 * Names in the reader's language what a security event's detail or a risk alert's subject is about. They are kept in
 * words that need no translation when written: a wallet's code and masked account ("ALIPAY 138****5678"), a step-up's
 * action and factor ("CHANGE_PASSWORD · SMS_CODE"), a device in English ("An app on an unknown system"), an activity
 * line's name ("LOGIN_SUCCEEDED 2025-11-11T10:00:00Z", kept by "this wasn't me") or an event's kind. An instant kept
 * after a name is shown as every time is, in the store's time zone to the second. Any other detail is shown as kept;
 * none is a dash. Templates call it as {@code eventDetails}.
 */
public final class DisplayEventDetails {

    private static final String STEP_UP = " · ";

    private final Messages messages;
    private final DisplayTime times;

    public DisplayEventDetails(Messages messages, DisplayTime times) {
        this.messages = messages;
        this.times = times;
    }

    /** The detail in the reader's language. */
    public String describe(String detail, Locale locale) {
        if (detail == null || detail.isBlank()) {
            return "—";
        }
        Optional<DeviceName> device = DeviceName.fromName(detail);
        if (device.isPresent()) {
            return device(device.get(), locale);
        }
        Optional<String> stepUp = stepUp(detail, locale);
        if (stepUp.isPresent()) {
            return stepUp.get();
        }
        int space = detail.indexOf(' ');
        String first = space < 0 ? detail : detail.substring(0, space);
        String rest = space < 0 ? "" : detail.substring(space);
        return messages.find(locale, "wallet.provider." + first)
                .or(() -> ActivityEntry.loginOutcomeNamed(first)
                        .flatMap(outcome -> messages.find(locale, "activity.login." + outcome.name())))
                .or(() -> messages.find(locale, "security-event.kind." + first))
                .map(named -> named + inStoreTime(rest))
                .orElse(detail);
    }

    /** " 2025-11-11 18:00:00" for " 2025-11-11T10:00:00.123Z"; anything but an instant as it is. */
    private String inStoreTime(String rest) {
        if (rest.isBlank()) {
            return rest;
        }
        try {
            return " " + times.format(Instant.parse(rest.strip()));
        } catch (DateTimeParseException notAnInstant) {
            return rest;
        }
    }

    /** "Chrome on Android", "Android 上的 Chrome", "未知系统上的应用". */
    public String device(DeviceName device, Locale locale) {
        String browser = switch (device.browser()) {
            case APP -> messages.get(locale, "device.browser.app");
            case OTHER -> messages.get(locale, "device.browser.other");
            default -> device.browser().label();
        };
        String platform = device.platform() == DeviceName.Platform.OTHER
                ? messages.get(locale, "device.platform.other") : device.platform().label();
        return messages.get(locale, "device.name", browser, platform);
    }

    /** "Changing the login password · SMS code" for "CHANGE_PASSWORD · SMS_CODE". */
    private Optional<String> stepUp(String detail, Locale locale) {
        int separator = detail.indexOf(STEP_UP);
        if (separator < 0) {
            return Optional.empty();
        }
        Optional<String> action = messages.find(locale, "security-event.action." + detail.substring(0, separator));
        Optional<String> factor = messages.find(locale,
                "security-event.factor." + detail.substring(separator + STEP_UP.length()));
        if (action.isEmpty() || factor.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(messages.get(locale, "security-event.step-up", action.get(), factor.get()));
    }
}
