package org.hexmall.simulator.face;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SIMULATED face-check service: open checks, the answers the demo gives for the camera, and the fault the demo
 * switched on. A check names only an opaque subject (the store's customer reference) and where to send the person
 * back; no image is taken and nothing about a face is kept.
 */
public final class FaceCheckSimulator {

    /** How long a check stays open and its answer readable. */
    public static final Duration CHECK_LIFETIME = Duration.ofMinutes(10);

    private final FaceCheckStore checks;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    public FaceCheckSimulator(FaceCheckStore checks, Clock clock) {
        this.checks = checks;
        this.clock = clock;
    }

    /** One check: whom it is for, where it returns to, and its answer so far. */
    public record Check(String reference, String subject, URI returnTo, FaceCheckAnswer answer, Instant openedAt) {
    }

    /** Opens a check; empty when the service is down. */
    public Optional<Check> open(String subject, URI returnTo) {
        checks.forgetOpenedBefore(clock.instant().minus(CHECK_LIFETIME));
        if (checks.fault() == FaceFault.SERVICE_DOWN) {
            return Optional.empty();
        }
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        var check = new Check(HexFormat.of().formatHex(bytes), subject, returnTo, FaceCheckAnswer.WAITING,
                clock.instant());
        checks.save(check);
        return Optional.of(check);
    }

    /** The open check with this reference, if any. */
    public Optional<Check> find(String reference) {
        return Optional.ofNullable(reference).flatMap(checks::find).filter(this::isOpen);
    }

    /**
     * The answer of a check, as the service tells the store; empty when it does not know the check, or the demo
     * made it lose the answer.
     */
    public Optional<FaceCheckAnswer> answerOf(String reference) {
        return checks.fault() == FaceFault.OUTCOME_LOST ? Optional.empty() : find(reference).map(Check::answer);
    }

    /** The person on the page answers for the camera; only a waiting check takes an answer. */
    public Optional<Check> answer(String reference, FaceCheckAnswer answer) {
        return find(reference).filter(check -> check.answer() == FaceCheckAnswer.WAITING).map(check -> {
            Check answered = new Check(check.reference(), check.subject(), check.returnTo(), answer,
                    check.openedAt());
            checks.save(answered);
            return answered;
        });
    }

    public FaceFault fault() {
        return checks.fault();
    }

    /** Switches a failure on, or off with {@link FaceFault#NONE}. */
    public void inject(FaceFault newFault) {
        checks.setFault(newFault);
    }

    private boolean isOpen(Check check) {
        return clock.instant().isBefore(check.openedAt().plus(CHECK_LIFETIME));
    }
}
