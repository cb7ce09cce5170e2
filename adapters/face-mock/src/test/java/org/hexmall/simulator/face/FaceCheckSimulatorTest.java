package org.hexmall.simulator.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FaceCheckSimulatorTest {

    private static final URI BACK = URI.create("/verify/1/face-return");

    private final MutableClock clock = new MutableClock();
    private final FaceCheckSimulator service = new FaceCheckSimulator(FaceCheckStore.inMemory(), clock);

    @Test
    void aNewCheck_waitsForItsAnswer_whichItThenKeeps() {
        var check = service.open("customer-1", BACK).orElseThrow();
        assertThat(service.answerOf(check.reference())).contains(FaceCheckAnswer.WAITING);

        service.answer(check.reference(), FaceCheckAnswer.IT_IS_ME);

        assertThat(service.answerOf(check.reference())).contains(FaceCheckAnswer.IT_IS_ME);
        assertThat(service.answer(check.reference(), FaceCheckAnswer.NOT_ME)).isEmpty();
        assertThat(service.answerOf(check.reference())).contains(FaceCheckAnswer.IT_IS_ME);
    }

    @Test
    void everyCheck_hasItsOwnUnguessableReference() {
        var first = service.open("customer-1", BACK).orElseThrow();
        var second = service.open("customer-1", BACK).orElseThrow();

        assertThat(first.reference()).isNotEqualTo(second.reference()).hasSize(32);
        assertThat(service.answerOf("not-a-check")).isEmpty();
    }

    @Test
    void aCheck_isForgottenTenMinutesAfterItOpened() {
        var check = service.open("customer-1", BACK).orElseThrow();
        clock.now = clock.now.plus(FaceCheckSimulator.CHECK_LIFETIME);

        assertThat(service.find(check.reference())).isEmpty();
        assertThat(service.answer(check.reference(), FaceCheckAnswer.IT_IS_ME)).isEmpty();
    }

    @Test
    void theDemoCanMakeTheServiceRefuseChecks_orLoseTheirAnswers_andThenWorkAgain() {
        var open = service.open("customer-1", BACK).orElseThrow();
        service.answer(open.reference(), FaceCheckAnswer.IT_IS_ME);

        service.inject(FaceFault.SERVICE_DOWN);
        assertThat(service.open("customer-1", BACK)).isEmpty();
        service.inject(FaceFault.OUTCOME_LOST);
        assertThat(service.answerOf(open.reference())).isEmpty();
        service.inject(FaceFault.NONE);
        assertThat(service.answerOf(open.reference())).contains(FaceCheckAnswer.IT_IS_ME);
    }

    /** A clock the test sets. */
    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-11T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
