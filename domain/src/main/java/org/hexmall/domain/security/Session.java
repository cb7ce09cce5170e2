package org.hexmall.domain.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.shared.Language;

/**
 * A visitor's session: who it acts for, the token its forms must carry, and the language it reads.
 * It ends after a period without use; logging in always moves it to a new id.
 *
 * @param csrfToken the secret every state-changing form of this session carries back
 * @param device    the device a customer logged in on to open it, so that revoking the device ends it; {@code null}
 *                  for visitors, agents and clients that are no device (the JSON API)
 */
public record Session(
        SessionId id,
        Principal principal,
        String csrfToken,
        Language language,
        Instant createdAt,
        Instant lastSeenAt,
        DeviceId device) {

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

    /** A session opened on no device. */
    public Session(SessionId id, Principal principal, String csrfToken, Language language, Instant createdAt,
                   Instant lastSeenAt) {
        this(id, principal, csrfToken, language, createdAt, lastSeenAt, null);
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
        return new Session(id, principal, csrfToken, language, createdAt, now, device);
    }

    public Session speaking(Language newLanguage) {
        return new Session(id, principal, csrfToken, newLanguage, createdAt, lastSeenAt, device);
    }

    /**
     * The session that replaces this one when someone logs in: a new id and form token, so that an
     * id planted before the login is worth nothing after it. The language choice carries over.
     */
    public Session signedInAs(Principal newPrincipal, SessionId newId, String newCsrfToken, Instant now) {
        return signedInAs(newPrincipal, newId, newCsrfToken, null, now);
    }

    /** As {@link #signedInAs(Principal, SessionId, String, Instant)}, for a login made on {@code onDevice}. */
    public Session signedInAs(Principal newPrincipal, SessionId newId, String newCsrfToken, DeviceId onDevice,
                              Instant now) {
        return new Session(newId, newPrincipal, newCsrfToken, language, now, now, onDevice);
    }

    /** Compares in constant time, so the token cannot be guessed one character at a time. */
    public boolean matchesCsrfToken(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                csrfToken.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
