package org.hexmall.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;

class RiskAlertTest {

    private static final Instant RAISED = Instant.parse("2026-11-22T02:00:00Z");
    private static final Instant TOO_LATE = RAISED.plus(RiskAlert.ANSWERABLE_FOR);

    @Test
    void anAlertStillAsking_isAbandonedOnlyAfterNothingCanAnswerIt() {
        RiskAlert asking = alert(AlertOutcome.VERIFICATION_ASKED);

        assertThat(asking.isAbandonedAt(RAISED.plus(Duration.ofMinutes(1)))).isFalse();
        assertThat(asking.isAbandonedAt(TOO_LATE)).isFalse();
        assertThat(asking.isAbandonedAt(TOO_LATE.plusSeconds(1))).isTrue();
    }

    @Test
    void anAlertStoredAsAbandoned_isAbandonedWhateverTheTime() {
        assertThat(alert(AlertOutcome.ABANDONED).isAbandonedAt(RAISED)).isTrue();
        assertThat(RiskAlert.abandonedBefore(TOO_LATE)).isEqualTo(RAISED);
    }

    @Test
    void anAlertWhoseCheckEnded_isNeverAbandoned() {
        for (AlertOutcome ended : List.of(AlertOutcome.VERIFIED, AlertOutcome.VERIFICATION_FAILED,
                AlertOutcome.REFUSED, AlertOutcome.ACCOUNT_FROZEN)) {
            assertThat(alert(ended).isAbandonedAt(TOO_LATE.plus(Duration.ofDays(1)))).as(ended.name()).isFalse();
        }
    }

    @Test
    void anAlertIsAnswerableAsLongAsItsStepUpMayWaitAndThenAllow() {
        assertThat(RiskAlert.ANSWERABLE_FOR).isEqualTo(Duration.ofMinutes(15));
    }

    private static RiskAlert alert(AlertOutcome outcome) {
        return new RiskAlert(new RiskAlertId(UUID.randomUUID()),
                new CustomerId(UUID.fromString("c0000000-0000-4000-8000-000000000001")), RAISED,
                new RiskAttempt(AttemptKind.PAYMENT, Optional.of(Money.ofYuan(3_000, 0)), "2611 2200 0001", ""),
                List.of(), RiskDecision.STEP_UP, Optional.of(StepUpFactor.FACE), AlertSeverity.HIGH, outcome,
                Optional.empty());
    }
}
