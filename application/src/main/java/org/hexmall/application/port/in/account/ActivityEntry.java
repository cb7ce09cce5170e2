package org.hexmall.application.port.in.account;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;

/** One line of a customer's "Account activity": a login attempt, or a security event. */
public sealed interface ActivityEntry {

    Instant at();

    String clientAddress();

    /**
     * What the entry was, as a stable name that a "this wasn't me" report gives back: {@code LOGIN_} and the login's
     * outcome ({@code LOGIN_SUCCEEDED}), or the event's kind ({@code PASSWORD_RESET}). Read a name back with
     * {@link #loginOutcomeNamed} and {@link #eventKindNamed}.
     */
    String what();

    /**
     * The login outcome that a {@link #what()} names, read whole. Some events' kinds begin as a login's name does
     * ({@code LOGIN_LOCKED}, {@code LOGIN_LOCK_CLEARED}) and are no login: only a name that is {@code LOGIN_} and an
     * outcome's is one, and no event's kind is such a name.
     */
    static Optional<LoginOutcome> loginOutcomeNamed(String what) {
        return Arrays.stream(LoginOutcome.values()).filter(outcome -> (Login.PREFIX + outcome.name()).equals(what))
                .findFirst();
    }

    /** The security event's kind that a {@link #what()} names, read whole; see {@link #loginOutcomeNamed}. */
    static Optional<SecurityEventKind> eventKindNamed(String what) {
        return Arrays.stream(SecurityEventKind.values()).filter(kind -> kind.name().equals(what)).findFirst();
    }

    /** A login attempt, from the login history. */
    record Login(LoginRecord record) implements ActivityEntry {

        public static final String PREFIX = "LOGIN_";

        public Login {
            Objects.requireNonNull(record, "record");
        }

        @Override
        public Instant at() {
            return record.at();
        }

        @Override
        public String clientAddress() {
            return record.clientAddress();
        }

        @Override
        public String what() {
            return PREFIX + record.outcome().name();
        }

        public LoginOutcome outcome() {
            return record.outcome();
        }
    }

    /** A security event: a password reset, a freeze, a wallet bound… */
    record Event(SecurityEvent event) implements ActivityEntry {

        public Event {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public Instant at() {
            return event.at();
        }

        @Override
        public String clientAddress() {
            return event.clientAddress();
        }

        @Override
        public String what() {
            return event.kind().name();
        }

        public SecurityEventKind kind() {
            return event.kind();
        }
    }
}
