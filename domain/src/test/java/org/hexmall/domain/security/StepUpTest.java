package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.junit.jupiter.api.Test;

class StepUpTest {

    private static final Instant STARTED = Instant.parse("2026-11-11T10:00:00Z");
    private static final Instant PASSED_AT = STARTED.plus(Duration.ofMinutes(2));
    private static final CustomerId CUSTOMER = new CustomerId(UUID.fromString("c0000000-0000-4000-8000-000000000001"));
    private static final CustomerId SOMEONE_ELSE =
            new CustomerId(UUID.fromString("c0000000-0000-4000-8000-000000000002"));

    private final StepUp started = StepUp.start(new StepUpId(UUID.fromString("5e000000-0000-4000-8000-000000000001")),
            CUSTOMER, StepUpAction.CHANGE_PASSWORD, StepUpFactor.SMS_CODE, STARTED);

    @Test
    void aNewStepUp_isPendingAndAllowsNothing() {
        assertThat(started.stateAt(STARTED)).isEqualTo(StepUpState.PENDING);
        assertThat(started.allows(StepUpAction.CHANGE_PASSWORD, STARTED)).isFalse();
    }

    @Test
    void aPassedStepUp_allowsItsOwnActionOnly() {
        StepUp passed = started.passed(PASSED_AT);

        assertThat(passed.allows(StepUpAction.CHANGE_PASSWORD, PASSED_AT)).isTrue();
        for (StepUpAction other : StepUpAction.values()) {
            if (other != StepUpAction.CHANGE_PASSWORD) {
                assertThat(passed.allows(other, PASSED_AT)).as(other.name()).isFalse();
            }
        }
    }

    @Test
    void aPassedStepUp_allowsItsActionOnce() {
        StepUp consumed = started.passed(PASSED_AT).consumed(StepUpAction.CHANGE_PASSWORD, PASSED_AT);

        assertThat(consumed.stateAt(PASSED_AT)).isEqualTo(StepUpState.CONSUMED);
        assertThat(consumed.allows(StepUpAction.CHANGE_PASSWORD, PASSED_AT)).isFalse();
        assertThatThrownBy(() -> consumed.consumed(StepUpAction.CHANGE_PASSWORD, PASSED_AT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPassedStepUp_expiresFiveMinutesAfterItPassed_notASecondBefore() {
        StepUp passed = started.passed(PASSED_AT);
        Instant lastMoment = PASSED_AT.plus(StepUp.VALID_FOR).minusNanos(1000);

        assertThat(passed.allows(StepUpAction.CHANGE_PASSWORD, lastMoment)).isTrue();
        assertThat(passed.stateAt(PASSED_AT.plus(StepUp.VALID_FOR))).isEqualTo(StepUpState.EXPIRED);
        assertThat(passed.allows(StepUpAction.CHANGE_PASSWORD, PASSED_AT.plus(StepUp.VALID_FOR))).isFalse();
    }

    @Test
    void aPendingStepUp_expiresTenMinutesAfterItStarted_andCannotPassThen() {
        Instant tooLate = STARTED.plus(StepUp.PENDING_FOR);

        assertThat(started.isPendingAt(tooLate.minusNanos(1000))).isTrue();
        assertThat(started.stateAt(tooLate)).isEqualTo(StepUpState.EXPIRED);
        assertThatThrownBy(() -> started.passed(tooLate)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aFailedStepUp_allowsNothingAndCannotPassAfterwards() {
        StepUp failed = started.failed(PASSED_AT);

        assertThat(failed.stateAt(PASSED_AT)).isEqualTo(StepUpState.FAILED);
        assertThat(failed.allows(StepUpAction.CHANGE_PASSWORD, PASSED_AT)).isFalse();
        assertThatThrownBy(() -> failed.passed(PASSED_AT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPendingStepUp_mayChangeItsFactor_andKeepsItsFaceCheckOnlyWhileByFace() {
        StepUp byFace = started.switchedTo(StepUpFactor.FACE, STARTED).checkingFace("check-1", STARTED);
        assertThat(byFace.faceCheck()).contains("check-1");

        StepUp backToSms = byFace.switchedTo(StepUpFactor.SMS_CODE, STARTED);
        assertThat(backToSms.factor()).isEqualTo(StepUpFactor.SMS_CODE);
        assertThat(backToSms.faceCheck()).isEmpty();
        assertThatThrownBy(() -> backToSms.checkingFace("check-2", STARTED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyItsCustomerReachesAStepUp_andAnonymousVisitorsOnlyTheOneForUnfreezing() {
        assertThat(started.isReachableBy(new Principal.Customer(CUSTOMER))).isTrue();
        assertThat(started.isReachableBy(new Principal.Customer(SOMEONE_ELSE))).isFalse();
        assertThat(started.isReachableBy(Principal.ANONYMOUS)).isFalse();

        StepUp unfreezing = StepUp.start(new StepUpId(UUID.randomUUID()), CUSTOMER, StepUpAction.UNFREEZE_ACCOUNT,
                StepUpFactor.SMS_CODE, STARTED);
        assertThat(unfreezing.isReachableBy(Principal.ANONYMOUS)).isTrue();
    }

    @Test
    void expiryIsNeverStored_andOnlyAPendingStepUpHasNoDecisionTime() {
        assertThatThrownBy(() -> new StepUp(started.id(), CUSTOMER, StepUpAction.PAY, StepUpFactor.FACE,
                StepUpState.EXPIRED, STARTED, PASSED_AT, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StepUp(started.id(), CUSTOMER, StepUpAction.PAY, StepUpFactor.FACE,
                StepUpState.PASSED, STARTED, null, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
