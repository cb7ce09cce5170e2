package org.hexmall.simulator.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.junit.jupiter.api.Test;

/** Each simulated provider retries on its own schedule, scaled down for tests and demos, and locks for its own time. */
class SimulatorTimingsTest {

    @Test
    void alipayAndWeChatPayRetryOnTheirDocumentedSchedules() {
        SimulatorTimings real = SimulatorTimings.realSchedules(1);

        assertThat(real.notificationRetries(WalletProvider.ALIPAY)).containsExactly(Duration.ofMinutes(4),
                Duration.ofMinutes(10), Duration.ofMinutes(10), Duration.ofHours(1), Duration.ofHours(2),
                Duration.ofHours(6), Duration.ofHours(15));
        assertThat(real.notificationRetries(WalletProvider.WECHAT_PAY)).containsExactly(Duration.ofSeconds(15),
                Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofMinutes(3), Duration.ofMinutes(10),
                Duration.ofMinutes(20), Duration.ofMinutes(30), Duration.ofMinutes(30), Duration.ofMinutes(30),
                Duration.ofMinutes(60), Duration.ofHours(3), Duration.ofHours(3), Duration.ofHours(3),
                Duration.ofHours(6), Duration.ofHours(6));
        assertThat(real.notificationRetries(WalletProvider.JD_PAY)).isNotEmpty();
        assertThat(real.notificationRetries(WalletProvider.UNIONPAY_QUICKPASS)).isNotEmpty();
    }

    @Test
    void aTimeScaleShrinksEveryWaitAlike() {
        SimulatorTimings minutesForHours = SimulatorTimings.realSchedules(1.0 / 60);

        assertThat(minutesForHours.notificationRetries(WalletProvider.ALIPAY)).startsWith(Duration.ofSeconds(4),
                Duration.ofSeconds(10)).endsWith(Duration.ofMinutes(15));
        assertThat(minutesForHours.notificationRetries(WalletProvider.WECHAT_PAY)).startsWith(
                Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(500));
        assertThatThrownBy(() -> SimulatorTimings.realSchedules(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SimulatorTimings.realSchedules(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyProviderLocksThreeHoursUnlessToldOtherwise() {
        SimulatorTimings timings = SimulatorTimings.realSchedules(1)
                .withPasswordLock(WalletProvider.WECHAT_PAY, Duration.ofHours(24));

        assertThat(timings.passwordLock(WalletProvider.WECHAT_PAY)).isEqualTo(Duration.ofHours(24));
        assertThat(timings.passwordLock(WalletProvider.ALIPAY)).isEqualTo(Duration.ofHours(3));
        assertThat(SimulatorTimings.realSchedules(1.0 / 60).passwordLock(WalletProvider.JD_PAY))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void timingsWithOneScheduleGiveItToEveryProvider() {
        var oneSchedule = new SimulatorTimings(Duration.ofMillis(20), List.of(Duration.ofSeconds(1)),
                Duration.ofSeconds(2));

        for (WalletProvider provider : WalletProvider.supportedProviders()) {
            assertThat(oneSchedule.notificationRetries(provider)).containsExactly(Duration.ofSeconds(1));
            assertThat(oneSchedule.passwordLock(provider)).isEqualTo(WalletAccount.PASSWORD_LOCK);
        }
    }

    @Test
    void aProviderWithoutAScheduleIsAMistakeFoundAtOnce() {
        assertThatThrownBy(() -> new SimulatorTimings(Duration.ofMillis(20),
                Map.of(WalletProvider.ALIPAY, List.of()), Duration.ofSeconds(2),
                SimulatorTimings.realSchedules(1).passwordLocks()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("WECHAT_PAY");
    }
}
