package org.hexmall.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A device's trust: given, asked for with a code, and taken away. */
class DeviceTest {

    private static final Instant NOW = Instant.parse("2026-11-22T06:02:00Z");
    private static final DeviceName CHROME_ON_ANDROID =
            new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID);

    private final Device seen = Device.firstSeen(new DeviceId(UUID.randomUUID()), new CustomerId(UUID.randomUUID()),
            "hash", CHROME_ON_ANDROID, "203.0.113.7", NOW);

    @Test
    void aDeviceSeenForTheFirstTime_isNotTrusted() {
        assertThat(seen.isTrusted()).isFalse();
        assertThat(seen.isRevoked()).isFalse();
        assertThat(seen.firstSeenAt()).isEqualTo(NOW);
    }

    @Test
    void trustingADevice_remembersSince_whenAndTrustingAgainKeepsTheFirstTime() {
        Device trusted = seen.trusted(NOW.plusSeconds(5)).trusted(NOW.plusSeconds(50));

        assertThat(trusted.isTrusted()).isTrue();
        assertThat(trusted.trustedSince()).isEqualTo(NOW.plusSeconds(5));
    }

    @Test
    void aDeviceAwaitsItsCode_untilTheWaitEnds() {
        Device waiting = seen.awaitingCode(NOW);
        Duration wait = Duration.ofMinutes(10);

        assertThat(seen.isAwaitingCodeAt(NOW, wait)).isFalse();
        assertThat(waiting.isAwaitingCodeAt(NOW.plus(wait).minusNanos(1000), wait)).isTrue();
        assertThat(waiting.isAwaitingCodeAt(NOW.plus(wait), wait)).isFalse();
    }

    @Test
    void theRightCode_endsTheWait_andTrustsOnlyWhenAsked() {
        Device waiting = seen.awaitingCode(NOW);

        Device notTrusted = waiting.verified(false, NOW.plusSeconds(30));
        Device trusted = waiting.verified(true, NOW.plusSeconds(30));

        assertThat(notTrusted.isAwaitingCodeAt(NOW.plusSeconds(30), Duration.ofMinutes(10))).isFalse();
        assertThat(notTrusted.isTrusted()).isFalse();
        assertThat(notTrusted.lastSeenAt()).isEqualTo(NOW.plusSeconds(30));
        assertThat(trusted.trustedSince()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void anAbandonedCode_endsTheWaitWithoutTrust() {
        Device abandoned = seen.awaitingCode(NOW).codeAbandoned();

        assertThat(abandoned.codeRequestedSince()).isNull();
        assertThat(abandoned.isTrusted()).isFalse();
    }

    @Test
    void revokingADevice_takesItsTrustAndAnyWaitAway() {
        Device revoked = seen.trusted(NOW).awaitingCode(NOW).revoked(NOW.plusSeconds(60));

        assertThat(revoked.isTrusted()).isFalse();
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(revoked.codeRequestedSince()).isNull();
    }

    @Test
    void aRevokedDevice_verifiedAgain_isKnownAgain() {
        Device again = seen.trusted(NOW).revoked(NOW.plusSeconds(60)).seenAgain(CHROME_ON_ANDROID, "198.51.100.4",
                NOW.plusSeconds(120)).awaitingCode(NOW.plusSeconds(120)).verified(false, NOW.plusSeconds(150));

        assertThat(again.isRevoked()).isFalse();
        assertThat(again.isTrusted()).isFalse();
        assertThat(again.lastClientAddress()).isEqualTo("198.51.100.4");
    }

    @Test
    void trustedWithTheCode_isKnownAsTrustedWithACode_theFirstDeviceIsNot() {
        assertThat(seen.awaitingCode(NOW).verified(true, NOW.plusSeconds(30)).trustedWithCode()).isTrue();
        assertThat(seen.awaitingCode(NOW).verified(false, NOW.plusSeconds(30)).trustedWithCode()).isFalse();
        assertThat(seen.trusted(NOW).trustedWithCode()).isFalse();
        assertThat(seen.awaitingCode(NOW).verified(true, NOW).revoked(NOW.plusSeconds(60)).trustedWithCode())
                .isFalse();
    }
}
