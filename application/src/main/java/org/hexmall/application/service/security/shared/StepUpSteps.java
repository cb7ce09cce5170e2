package org.hexmall.application.service.security.shared;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.StepUps;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.service.session.shared.SessionRotation;
import org.hexmall.application.service.shared.RiskStepUps;
import org.hexmall.application.service.shared.CodeDispatch.PendingCode;
import org.hexmall.application.service.shared.CodeDispatch;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.security.VerificationCodePolicy.SendDecision;
import org.hexmall.domain.shared.Language;

/** The steps the step-up use cases share: finding a visitor's step-up, sending its code, and passing it. */
public final class StepUpSteps {

    private final StepUps stepUps;
    private final Customers customers;
    private final Sessions sessions;
    private final SecurityEvents events;
    private final TransactionRunner transactions;
    private final CodeDispatch codes;
    private final SessionRotation rotation;
    private final RiskStepUps riskStepUps;
    private final Clock clock;

    public StepUpSteps(StepUps stepUps, Customers customers, Sessions sessions, SecurityEvents events,
                       TransactionRunner transactions, CodeDispatch codes, SessionRotation rotation,
                       RiskStepUps riskStepUps, Clock clock) {
        this.stepUps = stepUps;
        this.customers = customers;
        this.sessions = sessions;
        this.events = events;
        this.transactions = transactions;
        this.codes = codes;
        this.rotation = rotation;
        this.riskStepUps = riskStepUps;
        this.clock = clock;
    }

    public StepUps stepUps() {
        return stepUps;
    }

    public TransactionRunner transactions() {
        return transactions;
    }

    public Clock clock() {
        return clock;
    }

    /** The step-up, if the visitor may reach it. Call inside a transaction. */
    public Optional<StepUp> reachable(StepUpId id, Principal visitor) {
        return stepUps.findById(id).filter(stepUp -> stepUp.isReachableBy(visitor));
    }

    /** The account the step-up proves. Call inside a transaction. */
    public Customer customerOf(StepUp stepUp) {
        return customers.findById(stepUp.customer()).orElseThrow();
    }

    /**
     * Sends a code by SMS for a pending step-up, switching it to the code factor, within the code rules' limits;
     * the text goes out after the transaction has committed.
     */
    public StepUpProgress sendCode(StepUp pending, Language language) {
        Instant now = clock.instant();
        record Issued(StepUpProgress progress, Optional<PendingCode> code) {
        }
        Issued issued = transactions.inTransaction(() -> {
            Customer customer = customerOf(pending);
            StepUp stepUp = stepUps.findById(pending.id()).orElseThrow();
            if (!stepUp.isPendingAt(now)) {
                return new Issued(new StepUpProgress.Over(stepUp.id()), Optional.empty());
            }
            if (stepUp.factor() != StepUpFactor.SMS_CODE) {
                stepUps.save(stepUp.switchedTo(StepUpFactor.SMS_CODE, now));
            }
            return switch (codes.maySend(customer.phone())) {
                case SendDecision.Allowed allowed -> {
                    PendingCode code = codes.issue(customer.phone(), CodePurpose.STEP_UP, language);
                    yield new Issued(new StepUpProgress.CodeSent(stepUp.id(), customer.phone().masked(),
                            code.resendAt()), Optional.of(code));
                }
                case SendDecision.TooSoon tooSoon -> new Issued(new StepUpProgress.CodeNotSentYet(stepUp.id(),
                        customer.phone().masked(), tooSoon.retryAt(), earlierCode(stepUp, customer)),
                        Optional.empty());
                case SendDecision.DailyLimitReached limit -> new Issued(new StepUpProgress.CodeDailyLimitReached(
                        stepUp.id(), customer.phone().masked(), codes.dailyLimitEndsAfter(customer.phone()),
                        earlierCode(stepUp, customer)), Optional.empty());
            };
        });
        issued.code().ifPresent(codes::send);
        return issued.progress();
    }

    /**
     * Passes the step-up and moves the visitor to a new session id. Call inside the transaction that decided it.
     *
     * @param clientAddress where the customer proved it, for their activity
     */
    public StepUpProgress pass(StepUp stepUp, SessionId current, String clientAddress) {
        Instant now = clock.instant();
        stepUps.save(stepUp.passed(now));
        record(stepUp, SecurityEventKind.STEP_UP_PASSED, now, clientAddress);
        Principal principal = sessions.findById(current).map(Session::principal).orElse(Principal.ANONYMOUS);
        Session rotated = rotation.signIn(current, principal, now);
        return new StepUpProgress.Passed(stepUp.id(), rotated);
    }

    /**
     * Fails the step-up: only a new one helps. A risk alert that asked for it records that the customer could not
     * verify. Call inside the transaction that decided it.
     *
     * @param clientAddress where the customer failed it, for their activity
     */
    public void fail(StepUp stepUp, String clientAddress) {
        Instant now = clock.instant();
        stepUps.save(stepUp.failed(now));
        record(stepUp, SecurityEventKind.STEP_UP_FAILED, now, clientAddress);
        riskStepUps.failed(stepUp, now);
    }

    /** The customer's activity shows which action was verified and how, never a code or anything of a face. */
    private void record(StepUp stepUp, SecurityEventKind kind, Instant now, String clientAddress) {
        events.record(new SecurityEvent(stepUp.customer(), now, kind, SecurityEvent.Source.CUSTOMER,
                stepUp.action().name() + " · " + stepUp.factor().name(), clientAddress));
    }

    /**
     * The code limits count every code the phone received, so the one that holds a new code back may have been for
     * another purpose: only a code sent for this step-up since it started can pass it, as its check says.
     */
    private StepUpProgress.EarlierCode earlierCode(StepUp stepUp, Customer customer) {
        return codes.latestSince(customer.phone(), CodePurpose.STEP_UP, stepUp.startedAt())
                .map(code -> codes.worksNow(code) ? StepUpProgress.EarlierCode.WORKS
                        : StepUpProgress.EarlierCode.NO_LONGER_WORKS)
                .orElse(StepUpProgress.EarlierCode.NONE);
    }
}
