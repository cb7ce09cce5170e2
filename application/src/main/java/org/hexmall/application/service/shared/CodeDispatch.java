package org.hexmall.application.service.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.out.notification.VerificationCodeSender;
import org.hexmall.application.port.out.persistence.VerificationCodes;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.port.out.security.SecretHasher;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCode.CodeCheck;
import org.hexmall.domain.security.VerificationCode;
import org.hexmall.domain.security.VerificationCodeId;
import org.hexmall.domain.security.VerificationCodePolicy.SendDecision;
import org.hexmall.domain.security.VerificationCodePolicy;
import org.hexmall.domain.shared.Language;

/**
 * The one way hexmall sends and checks SMS verification codes, whatever they prove the phone for (binding a wallet,
 * resetting a password). It issues codes within the policy's limits, storing the hash in the caller's transaction
 * and handing back the digits, which the caller sends once the transaction has committed; and it checks a typed
 * code against the latest one sent for the same purpose, counting wrong entries.
 */
public final class CodeDispatch {

    private final VerificationCodes codes;
    private final VerificationCodeSender sender;
    private final SecretHasher hasher;
    private final RandomTokens tokens;
    private final VerificationCodePolicy policy;
    private final Clock clock;

    public CodeDispatch(VerificationCodes codes, VerificationCodeSender sender, SecretHasher hasher, RandomTokens tokens,
                 VerificationCodePolicy policy, Clock clock) {
        this.codes = codes;
        this.sender = sender;
        this.hasher = hasher;
        this.tokens = tokens;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * May a code be sent to the phone now? The wait between two codes and the daily limit count every code the phone
     * was sent, for any purpose: they protect the phone, not one use of it. Call inside a transaction.
     */
    public SendDecision maySend(PhoneNumber phone) {
        Instant now = clock.instant();
        Optional<Instant> lastSentAt = Arrays.stream(CodePurpose.values())
                .flatMap(purpose -> codes.latestFor(phone, purpose).stream())
                .map(VerificationCode::sentAt)
                .max(Instant::compareTo);
        return policy.maySend(lastSentAt, codes.countSentSince(phone, now.minus(VerificationCodePolicy.DAY)), now);
    }

    /**
     * After when a phone that {@link #maySend} found at its daily limit may be sent another code, counting every code
     * it received, for any purpose. Call inside a transaction.
     */
    public Instant dailyLimitEndsAfter(PhoneNumber phone) {
        Instant now = clock.instant();
        List<Instant> sentInLastDay = Arrays.stream(CodePurpose.values())
                .flatMap(purpose -> codes.sentSince(phone, purpose, now.minus(VerificationCodePolicy.DAY)).stream())
                .map(VerificationCode::sentAt)
                .toList();
        return policy.dailyLimitEndsAfter(sentInLastDay, now);
    }

    /** Whether a code for this purpose went to the phone at or after {@code since}. Call inside a transaction. */
    public boolean sentSince(PhoneNumber phone, CodePurpose purpose, Instant since) {
        return !codes.sentSince(phone, purpose, since).isEmpty();
    }

    /**
     * The latest code sent to the phone for this purpose at or after {@code notSentBefore}: the one {@link #check}
     * checks typed digits against. Call inside a transaction.
     */
    public Optional<VerificationCode> latestSince(PhoneNumber phone, CodePurpose purpose, Instant notSentBefore) {
        return codes.latestFor(phone, purpose).filter(latest -> !latest.sentAt().isBefore(notSentBefore));
    }

    /** Whether the code would still accept its digits now: not used, not used up, not expired. */
    public boolean worksNow(VerificationCode code) {
        return code.worksAt(clock.instant(), policy);
    }

    /** Stores a new code for the phone and returns its digits, still to be sent. Call inside a transaction. */
    public PendingCode issue(PhoneNumber phone, CodePurpose purpose, Language language) {
        String digits = VerificationCode.newDigits(tokens.generator());
        Instant now = clock.instant();
        codes.save(VerificationCode.sent(new VerificationCodeId(tokens.uuid()), phone, purpose, hasher.hash(digits),
                now));
        return new PendingCode(phone, digits, language, now.plus(policy.resendInterval()));
    }

    /** Sends the code by SMS. Call after the transaction that issued it has committed. */
    public void send(PendingCode code) {
        sender.send(code.phone(), code.digits(), policy.validity(), code.language());
    }

    /**
     * Checks typed digits against the latest code sent to the phone for this purpose at or after
     * {@code notSentBefore}, and stores what the entry did to it. Empty when there is no such code. Call inside the
     * transaction that acts on the answer, so that a code is used once.
     */
    public Optional<CodeEntry> check(PhoneNumber phone, CodePurpose purpose, String digits, Instant notSentBefore) {
        Optional<VerificationCode> code = latestSince(phone, purpose, notSentBefore);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        CodeCheck check = code.get().check(hasher.matches(digits, code.get().codeHash()), clock.instant(), policy);
        codes.save(check.code());
        return Optional.of(new CodeEntry(check, code.get().wrongEntries()));
    }

    /**
     * As {@link #check}, but digits that do not match the latest code and are those of an earlier one sent for the
     * same purpose since {@code notSentBefore}, which the latest replaced, are answered as such and not counted as a
     * wrong entry: the customer typed the code of the message before, not a guess. Earlier codes are read only then.
     */
    public Optional<CodeEntry> checkKnowingReplacedCodes(PhoneNumber phone, CodePurpose purpose, String digits,
                                                         Instant notSentBefore) {
        Optional<VerificationCode> code = latestSince(phone, purpose, notSentBefore);
        if (code.isEmpty()) {
            return Optional.empty();
        }
        VerificationCode latest = code.get();
        boolean matches = hasher.matches(digits, latest.codeHash());
        CodeCheck check = latest.check(matches, clock.instant(), policy);
        if (check instanceof CodeCheck.Wrong && replacedBy(latest, digits, notSentBefore)) {
            return Optional.of(CodeEntry.replaced(latest));
        }
        codes.save(check.code());
        return Optional.of(new CodeEntry(check, latest.wrongEntries()));
    }

    /** True when the digits are those of a code sent before {@code latest}, since {@code notSentBefore}. */
    private boolean replacedBy(VerificationCode latest, String digits, Instant notSentBefore) {
        return codes.sentSince(latest.phone(), latest.purpose(), notSentBefore).stream()
                .filter(earlier -> !earlier.id().equals(latest.id()) && earlier.sentAt().isBefore(latest.sentAt()))
                .anyMatch(earlier -> hasher.matches(digits, earlier.codeHash()));
    }

    /** A code issued but not sent yet; {@code resendAt} is when the customer may ask for another. */
    public record PendingCode(PhoneNumber phone, String digits, Language language, Instant resendAt) {

        @Override
        public String toString() {
            return "PendingCode[" + phone.masked() + ", ******]";
        }
    }

    /**
     * What one typed code did: the check's answer, and how many wrong entries the code had before it.
     *
     * @param replacedCode the digits were those of an earlier code that the latest replaced; the entry was not counted,
     *                     and {@code check} is what the latest code would have answered
     */
    public record CodeEntry(CodeCheck check, int wrongEntriesBefore, boolean replacedCode) {

        public CodeEntry(CodeCheck check, int wrongEntriesBefore) {
            this(check, wrongEntriesBefore, false);
        }

        /** The code of a message before the latest was typed: nothing counted, the latest code unchanged. */
        static CodeEntry replaced(VerificationCode latest) {
            return new CodeEntry(new CodeCheck.Wrong(latest, 0), latest.wrongEntries(), true);
        }

        /** True for the wrong entry that used the code up, not for the entries typed after it. */
        public boolean usedUpTheCode() {
            return check instanceof CodeCheck.Exhausted exhausted
                    && exhausted.code().wrongEntries() > wrongEntriesBefore;
        }
    }
}
