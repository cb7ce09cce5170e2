package org.hexmall.simulator.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every place the simulated face checks are kept must do. */
abstract class FaceCheckStoreContract {

    private static final Instant TEN = Instant.parse("2026-11-11T10:00:00.123456Z");
    private static final URI BACK = URI.create("/verify/5e000000-0000-4000-8000-000000000001/face-return?next=%2F");

    protected abstract FaceCheckStore store();

    @Test
    void aSavedCheck_isFoundWithEveryDetail_andItsAnswerReplaced() {
        var check = new FaceCheckSimulator.Check("0123456789abcdef0123456789abcdef", "customer-1", BACK,
                FaceCheckAnswer.WAITING, TEN);
        store().save(check);
        assertThat(store().find(check.reference())).contains(check);

        var answered = new FaceCheckSimulator.Check(check.reference(), "customer-1", BACK, FaceCheckAnswer.NOT_ME,
                TEN);
        store().save(answered);
        assertThat(store().find(check.reference())).contains(answered);
        assertThat(store().find("no-such-check")).isEmpty();
    }

    @Test
    void checksOpenedBeforeTheCutoff_areForgotten_andLaterOnesKept() {
        var old = new FaceCheckSimulator.Check("old", "customer-1", BACK, FaceCheckAnswer.WAITING, TEN);
        var recent = new FaceCheckSimulator.Check("recent", "customer-1", BACK, FaceCheckAnswer.WAITING,
                TEN.plus(Duration.ofMinutes(10)));
        store().save(old);
        store().save(recent);

        store().forgetOpenedBefore(TEN.plus(Duration.ofMinutes(10)));

        assertThat(store().find("old")).isEmpty();
        assertThat(store().find("recent")).contains(recent);
    }

    @Test
    void theServiceWorks_untilAFailureIsSwitchedOn_andAgainWhenItIsSwitchedOff() {
        assertThat(store().fault()).isEqualTo(FaceFault.NONE);
        for (FaceFault fault : FaceFault.values()) {
            store().setFault(fault);
            assertThat(store().fault()).isEqualTo(fault);
        }
        store().setFault(FaceFault.NONE);
        assertThat(store().fault()).isEqualTo(FaceFault.NONE);
    }
}
