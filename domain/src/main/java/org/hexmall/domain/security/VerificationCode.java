package org.hexmall.domain.security;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.DomainException;

/**
 * A code sent by SMS to prove the customer holds their phone. Only its hash is kept; it works once,
 * for a few minutes, and not after too many wrong entries.
 *
 * @param purpose      what the code may be used for, and nothing else
 * @param codeHash     a keyed hash of the six digits; the digits themselves are never stored
 * @param wrongEntries wrong codes typed so far
 * @param usedAt       when the right code was entered, or {@code null}
 */
public record VerificationCode(
        VerificationCodeId id,
        PhoneNumber phone,
        CodePurpose purpose,
        String codeHash,
        Instant sentAt,
        int wrongEntries,
        Instant usedAt) {

    public VerificationCode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(codeHash, "codeHash");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** Six random digits, from a secure source the caller passes in. */
    public static String newDigits(RandomGenerator secureRandom) {
        // Locale.ROOT: some server locales would otherwise write the digits in another script.
        return String.format(Locale.ROOT, "%06d", secureRandom.nextInt(1_000_000));
    }

    /**
     * The six digits a person typed, with spaces and full-width digits forgiven; throws a {@link DomainException}
     * ({@code code.required}, {@code code.format}) for anything else.
     */
    public static String typedDigits(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new DomainException("code.required");
        }
        StringBuilder digits = new StringBuilder();
        for (char c : typed.toCharArray()) {
            if (c >= '０' && c <= '９') {
                digits.append((char) (c - '０' + '0'));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (!Character.isWhitespace(c) && c != '\u3000') {
                throw new DomainException("code.format");
            }
        }
        if (digits.length() != 6) {
            throw new DomainException("code.format");
        }
        return digits.toString();
    }

    public static VerificationCode sent(VerificationCodeId id, PhoneNumber phone, CodePurpose purpose,
                                        String codeHash, Instant now) {
        return new VerificationCode(id, phone, purpose, codeHash, now, 0, null);
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
            return new CodeCheck.Accepted(
                    new VerificationCode(id, phone, purpose, codeHash, sentAt, wrongEntries, now));
        }
        VerificationCode counted = new VerificationCode(id, phone, purpose, codeHash, sentAt, wrongEntries + 1, usedAt);
        int left = policy.maxWrongEntries() - counted.wrongEntries();
        return left == 0 ? new CodeCheck.Exhausted(counted) : new CodeCheck.Wrong(counted, left);
    }

    /**
     * Whether its digits would still be accepted at {@code now}: not used, not used up by wrong entries, not expired.
     * A page that sends no new code yet says whether the customer may enter the one they have meanwhile.
     */
    public boolean worksAt(Instant now, VerificationCodePolicy policy) {
        return usedAt == null && wrongEntries < policy.maxWrongEntries()
                && now.isBefore(sentAt.plus(policy.validity()));
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
