package org.hexmall.application.port.in.promotion;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.domain.shared.Money;

/**
 * What a supervisor's change of a campaign changed, as the audit entry keeps it in its subject: "budget ¥40.00 ->
 * ¥30.00", "uses per customer 3 -> 10", or "window 2026-11-11 00:00 to 2026-11-20 00:00 -> 2026-11-12 00:00 to
 * 2026-11-21 00:00 (Asia/Shanghai)" in the store's local time. Entries keep these words, as they always did, so that
 * the audit log reads alike whenever an entry was written; {@link #parse} reads them back, for the console to say the
 * change in the reader's language.
 */
public sealed interface CampaignChangeSubject {

    /** The words the audit entry keeps. */
    String subject();

    /** The change a subject names, read back; empty for any other subject, which is shown as kept. */
    static Optional<CampaignChangeSubject> parse(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        return Budget.parse(subject)
                .or(() -> UsesPerCustomer.parse(subject))
                .or(() -> Window.parse(subject));
    }

    /** The budget was changed from {@code before} to {@code after}. */
    record Budget(Money before, Money after) implements CampaignChangeSubject {

        private static final String AMOUNT = "¥([0-9,]{1,20})\\.([0-9]{2})";
        private static final Pattern WORDS = Pattern.compile("budget " + AMOUNT + " -> " + AMOUNT);

        public Budget {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }

        @Override
        public String subject() {
            return "budget " + before + " -> " + after;
        }

        private static Optional<CampaignChangeSubject> parse(String subject) {
            Matcher words = WORDS.matcher(subject);
            if (!words.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Budget(money(words.group(1), words.group(2)), money(words.group(3),
                        words.group(4))));
            } catch (ArithmeticException | NumberFormatException notMoney) {
                return Optional.empty();
            }
        }

        private static Money money(String yuan, String fen) {
            return Money.ofFen(Math.addExact(Math.multiplyExact(Long.parseLong(yuan.replace(",", "")), 100L),
                    Long.parseLong(fen)));
        }
    }

    /** The uses per customer were changed from {@code before} to {@code after}. */
    record UsesPerCustomer(int before, int after) implements CampaignChangeSubject {

        private static final Pattern WORDS = Pattern.compile("uses per customer ([0-9]{1,9}) -> ([0-9]{1,9})");

        @Override
        public String subject() {
            return "uses per customer " + before + " -> " + after;
        }

        private static Optional<CampaignChangeSubject> parse(String subject) {
            Matcher words = WORDS.matcher(subject);
            return words.matches() ? Optional.of(new UsesPerCustomer(Integer.parseInt(words.group(1)),
                    Integer.parseInt(words.group(2)))) : Optional.empty();
        }
    }

    /**
     * The window was moved from one start and end to another, each the store's local time to the minute, in
     * {@code zone}.
     */
    record Window(LocalDateTime startedAt, LocalDateTime endedAt, LocalDateTime startsAt, LocalDateTime endsAt,
                  ZoneId zone) implements CampaignChangeSubject {

        /** How the subject writes a window's ends: the store's local time, as supervisors typed them. */
        public static final DateTimeFormatter LOCAL_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

        private static final String MINUTE = "([0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2})";
        private static final Pattern WORDS = Pattern.compile("window " + MINUTE + " to " + MINUTE + " -> " + MINUTE
                + " to " + MINUTE + " \\(([^()\\s]{1,100})\\)");

        public Window {
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(endedAt, "endedAt");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(endsAt, "endsAt");
            Objects.requireNonNull(zone, "zone");
        }

        @Override
        public String subject() {
            return "window " + LOCAL_MINUTE.format(startedAt) + " to " + LOCAL_MINUTE.format(endedAt) + " -> "
                    + LOCAL_MINUTE.format(startsAt) + " to " + LOCAL_MINUTE.format(endsAt) + " (" + zone.getId()
                    + ")";
        }

        private static Optional<CampaignChangeSubject> parse(String subject) {
            Matcher words = WORDS.matcher(subject);
            if (!words.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Window(LocalDateTime.parse(words.group(1), LOCAL_MINUTE),
                        LocalDateTime.parse(words.group(2), LOCAL_MINUTE),
                        LocalDateTime.parse(words.group(3), LOCAL_MINUTE),
                        LocalDateTime.parse(words.group(4), LOCAL_MINUTE), ZoneId.of(words.group(5))));
            } catch (DateTimeException notATime) {
                return Optional.empty();
            }
        }
    }
}
