package org.hexmall.domain.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.hexmall.domain.account.PhoneNumber;

/**
 * A code sent by SMS to prove the customer holds their phone. Only its hash is kept; it works once,
 * for a few minutes, and not after too many wrong entries.
 *
 * @param codeHash     a keyed hash of the six digits; the digits themselves are never stored
 * @param wrongEntries wrong codes typed so far
 * @param usedAt       when the right code was entered, or {@code null}
 */
public record VerificationCode(
        VerificationCodeId id,
        PhoneNumber phone,
        String codeHash,
        Instant sentAt,
        int wrongEntries,
        Instant usedAt) {

    public VerificationCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** Six random digits, from a secure source the caller passes in. */
    public static String newDigits(RandomGenerator secureRandom) {
        // Locale.ROOT: some server locales would otherwise write the digits in another script.
        return String.format(Locale.ROOT, "%06d", secureRandom.nextInt(1_000_000));
    }

    public static VerificationCode sent(VerificationCodeId id, PhoneNumber phone, String codeHash, Instant now) {
        return new VerificationCode(id, phone, codeHash, now, 0, null);
    }

    /**
     * Checks an entry. {@code matches} says whether the typed digits hash to {@link #codeHash}; the
     * caller hashes them, so this record never sees the digits.
     */
    public CodeCheck check(boolean matches, Instant now, VerificationCodePolicy policy) {
        if (usedAt != null) {
            return new CodeCheck.AlreadyUsed(this);
        }
        if (wrongEntries >= policy.maxWrongEntries()) {
            return new CodeCheck.Exhausted(this);
        }
        if (!now.isBefore(sentAt.plus(policy.validity()))) {
            return new CodeCheck.Expired(this);
        }
        if (matches) {
            return new CodeCheck.Accepted(new VerificationCode(id, phone, codeHash, sentAt, wrongEntries, now));
        }
        VerificationCode counted = new VerificationCode(id, phone, codeHash, sentAt, wrongEntries + 1, usedAt);
        int left = policy.maxWrongEntries() - counted.wrongEntries();
        return left == 0 ? new CodeCheck.Exhausted(counted) : new CodeCheck.Wrong(counted, left);
    }

    /** The outcome of an entry, carrying the code as it must be stored afterwards. */
    public sealed interface CodeCheck {

        VerificationCode code();

        record Accepted(VerificationCode code) implements CodeCheck {
        }

        record Wrong(VerificationCode code, int entriesLeft) implements CodeCheck {
        }

        /** Too many wrong entries: only a new code helps. */
        record Exhausted(VerificationCode code) implements CodeCheck {
        }

        record Expired(VerificationCode code) implements CodeCheck {
        }

        record AlreadyUsed(VerificationCode code) implements CodeCheck {
        }
    }
}
