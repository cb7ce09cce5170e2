package org.hexmall.application.service.wallet.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class CancellationScheduleTest {

    private final CancellationSchedule schedule = CancellationSchedule.STANDARD;

    @Test
    void aProviderThatCouldNotBeReached_isAskedAgainEverMoreRarely() {
        assertThat(List.of(1, 2, 3, 4, 5, 6)).map(schedule::retryWaitAfter).containsExactly(Duration.ofSeconds(30),
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(10),
                Duration.ofMinutes(30));
    }

    @Test
    void afterTheLastWait_itIsAskedAtThatPaceUntilItAnswers() {
        assertThat(schedule.retryWaitAfter(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(schedule.retryWaitAfter(1_000)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aScheduleWithoutRetriesOrWithoutTimeForAnAnswer_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CancellationSchedule(Duration.ofMinutes(1),
                List.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new CancellationSchedule(Duration.ofMinutes(1),
                List.of(Duration.ZERO)));
        assertThatIllegalArgumentException().isThrownBy(() -> new CancellationSchedule(Duration.ZERO,
                List.of(Duration.ofSeconds(30))));
    }
}
