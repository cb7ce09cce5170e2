package org.hexmall.application.service.wallet.shared;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.service.shared.CodeDispatch.CodeEntry;
import org.hexmall.application.service.shared.CodeDispatch.PendingCode;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCodePolicy.SendDecision;
import org.hexmall.domain.shared.Language;

/** The verification codes of wallet bindings: {@link CodeDispatch} for that one purpose, in the binding's words. */
public final class BindingCodes {

    private final CodeDispatch dispatch;

    public BindingCodes(CodeDispatch dispatch) {
        this.dispatch = dispatch;
    }

    /** Why no code may be sent now, if that is so. Call inside a transaction. */
    public Optional<BindingStart> refusal(PhoneNumber phone) {
        return switch (dispatch.maySend(phone)) {
            case SendDecision.Allowed allowed -> Optional.empty();
            case SendDecision.TooSoon tooSoon -> Optional.of(new BindingStart.TooSoon(tooSoon.retryAt()));
            case SendDecision.DailyLimitReached limit -> Optional.of(new BindingStart.DailyLimitReached());
        };
    }

    /** Stores a new binding code for the phone and returns its digits, still to be sent. Call inside a transaction. */
    public PendingCode issue(PhoneNumber phone, Language language) {
        return dispatch.issue(phone, CodePurpose.WALLET_BINDING, language);
    }

    /** Sends the code by SMS. Call after the transaction that issued it has committed. */
    public void send(PendingCode code) {
        dispatch.send(code);
    }

    /**
     * Checks typed digits against the phone's latest binding code sent since {@code since}, recognising the code of a
     * message that a newer one replaced. In a transaction.
     */
    public Optional<CodeEntry> check(PhoneNumber phone, String digits, Instant since) {
        return dispatch.checkKnowingReplacedCodes(phone, CodePurpose.WALLET_BINDING, digits, since);
    }
}
