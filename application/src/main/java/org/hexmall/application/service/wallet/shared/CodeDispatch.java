package org.hexmall.application.service.wallet.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.out.notification.VerificationCodeSender;
import org.hexmall.application.port.out.persistence.VerificationCodes;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.port.out.security.SecretHasher;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.VerificationCode;
import org.hexmall.domain.security.VerificationCodeId;
import org.hexmall.domain.security.VerificationCodePolicy.SendDecision;
import org.hexmall.domain.security.VerificationCodePolicy;
import org.hexmall.domain.shared.Language;

/**
 * Issues verification codes within the policy's limits: it stores the hash in the caller's
 * transaction and hands back the digits, which the caller sends once the transaction has committed.
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

    /** Why no code may be sent now, if that is so. Call inside a transaction. */
    public Optional<BindingStart> refusal(PhoneNumber phone) {
        Instant now = clock.instant();
        SendDecision decision = policy.maySend(codes.latestFor(phone).map(VerificationCode::sentAt),
                codes.countSentSince(phone, now.minus(VerificationCodePolicy.DAY)), now);
        return switch (decision) {
            case SendDecision.Allowed allowed -> Optional.empty();
            case SendDecision.TooSoon tooSoon -> Optional.of(new BindingStart.TooSoon(tooSoon.retryAt()));
            case SendDecision.DailyLimitReached limit -> Optional.of(new BindingStart.DailyLimitReached());
        };
    }

    /** Stores a new code for the phone and returns its digits, still to be sent. Call inside a transaction. */
    public PendingCode issue(PhoneNumber phone, Language language) {
        String digits = VerificationCode.newDigits(tokens.generator());
        Instant now = clock.instant();
        codes.save(VerificationCode.sent(new VerificationCodeId(tokens.uuid()), phone, hasher.hash(digits), now));
        return new PendingCode(phone, digits, language, now.plus(policy.resendInterval()));
    }

    /** Sends the code by SMS. Call after the transaction that issued it has committed. */
    public void send(PendingCode code) {
        sender.send(code.phone(), code.digits(), policy.validity(), code.language());
    }

    /** A code issued but not sent yet; {@code resendAt} is when the customer may ask for another. */
    public record PendingCode(PhoneNumber phone, String digits, Language language, Instant resendAt) {

        @Override
        public String toString() {
            return "PendingCode[" + phone.masked() + ", ******]";
        }
    }
}
