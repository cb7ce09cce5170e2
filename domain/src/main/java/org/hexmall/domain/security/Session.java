package org.hexmall.domain.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.shared.Language;

/**
 * A visitor's session: who it acts for, the token its forms must carry, and the language it reads.
 * It ends after a period without use; logging in always moves it to a new id.
 *
 * @param csrfToken the secret every state-changing form of this session carries back
 */
public record Session(
        SessionId id,
        Principal principal,
        String csrfToken,
        Language language,
        Instant createdAt,
        Instant lastSeenAt) {

    /** A session idle this long has ended. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

    /** Use within this long of the last recorded use is not recorded again, to spare the database. */
    public static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    /** A new session for a visitor who has not logged in. */
    public static Session anonymous(SessionId id, String csrfToken, Language language, Instant now) {
        return new Session(id, Principal.ANONYMOUS, csrfToken, language, now, now);
    }

    public boolean hasEndedAt(Instant now) {
        return !now.isBefore(lastSeenAt.plus(IDLE_TIMEOUT));
    }

    /** True when this use should be recorded, so that the idle timeout counts from it. */
    public boolean needsTouchAt(Instant now) {
        return !now.isBefore(lastSeenAt.plus(TOUCH_GRANULARITY));
    }

    public Session touchedAt(Instant now) {
        return new Session(id, principal, csrfToken, language, createdAt, now);
    }

    public Session speaking(Language newLanguage) {
        return new Session(id, principal, csrfToken, newLanguage, createdAt, lastSeenAt);
    }

    /**
     * The session that replaces this one when someone logs in: a new id and form token, so that an
     * id planted before the login is worth nothing after it. The language choice carries over.
     */
    public Session signedInAs(Principal newPrincipal, SessionId newId, String newCsrfToken, Instant now) {
        return new Session(newId, newPrincipal, newCsrfToken, language, now, now);
    }

    /** Compares in constant time, so the token cannot be guessed one character at a time. */
    public boolean matchesCsrfToken(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                csrfToken.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
