package org.hexmall.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WalletOnNewDeviceTest {

    private static final Instant TRUSTED = Instant.parse("2025-11-11T08:00:00Z");
    private static final Duration DAY = Duration.ofHours(24);

    @Test
    void aDeviceTrustedWithACode_asksUntilADayHasPassed() {
        var wallet = new WalletOnNewDevice(Optional.of(TRUSTED), false);

        assertThat(wallet.asksReconfirmationAt(TRUSTED, DAY)).isTrue();
        assertThat(wallet.asksReconfirmationAt(TRUSTED.plus(DAY).minusMillis(1), DAY)).isTrue();
        assertThat(wallet.asksReconfirmationAt(TRUSTED.plus(DAY), DAY)).isFalse();
    }

    @Test
    void aReconfirmedWallet_theFirstDevice_andNoWindow_askNothing() {
        assertThat(new WalletOnNewDevice(Optional.of(TRUSTED), true).asksReconfirmationAt(TRUSTED, DAY)).isFalse();
        assertThat(WalletOnNewDevice.NOTHING_TO_ASK.asksReconfirmationAt(TRUSTED, DAY)).isFalse();
        assertThat(new WalletOnNewDevice(Optional.of(TRUSTED), false).asksReconfirmationAt(TRUSTED, Duration.ZERO))
                .isFalse();
    }

    @Test
    void aWalletBoundOnTheDeviceAfterItWasTrusted_asksNothing_butOneBoundThereBeforeDoes() {
        assertThat(new WalletOnNewDevice(Optional.of(TRUSTED), false, Optional.of(TRUSTED.plusSeconds(300)))
                .asksReconfirmationAt(TRUSTED.plusSeconds(600), DAY)).isFalse();
        assertThat(new WalletOnNewDevice(Optional.of(TRUSTED), false, Optional.of(TRUSTED))
                .asksReconfirmationAt(TRUSTED.plusSeconds(600), DAY)).isFalse();
        assertThat(new WalletOnNewDevice(Optional.of(TRUSTED), false, Optional.of(TRUSTED.minusSeconds(1)))
                .asksReconfirmationAt(TRUSTED.plusSeconds(600), DAY)).isTrue();
    }
}
