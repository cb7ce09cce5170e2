package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.Instant;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.junit.jupiter.api.Test;

class SecurityEventTest {

    private static final CustomerId LI_LEI = new CustomerId(UUID.randomUUID());
    private static final Instant NOW = Instant.parse("2025-11-11T08:00:00Z");

    @Test
    void anEventWithoutDetailOrAddress_keepsThemEmptyRatherThanNull() {
        var event = new SecurityEvent(LI_LEI, NOW, SecurityEventKind.PASSWORD_RESET, SecurityEvent.Source.CUSTOMER,
                null, null);

        assertThat(event.detail()).isEmpty();
        assertThat(event.clientAddress()).isEmpty();
    }

    @Test
    void anEventWithoutCustomerTimeKindOrSource_isRefused() {
        assertThatNullPointerException().isThrownBy(() -> new SecurityEvent(null, NOW,
                SecurityEventKind.ACCOUNT_FROZEN, SecurityEvent.Source.AGENT, "", ""));
        assertThatNullPointerException().isThrownBy(() -> new SecurityEvent(LI_LEI, null,
                SecurityEventKind.ACCOUNT_FROZEN, SecurityEvent.Source.AGENT, "", ""));
        assertThatNullPointerException().isThrownBy(() -> new SecurityEvent(LI_LEI, NOW, null,
                SecurityEvent.Source.AGENT, "", ""));
        assertThatNullPointerException().isThrownBy(() -> new SecurityEvent(LI_LEI, NOW,
                SecurityEventKind.ACCOUNT_FROZEN, null, "", ""));
    }

    @Test
    void aDetailOfTheLongestLength_isKept_andOneCharacterMoreIsRefused() {
        String longest = "x".repeat(SecurityEvent.MAX_DETAIL_LENGTH);

        assertThat(event(longest).detail()).isEqualTo(longest);
        assertThatIllegalArgumentException().isThrownBy(() -> event(longest + "x"));
    }

    @Test
    void aDetailOfTwoLines_isRefused_soThatItCannotForgeALogLine() {
        assertThatIllegalArgumentException().isThrownBy(() -> event("Chrome on Android\nforged entry"));
    }

    @Test
    void aTooLongAddress_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SecurityEvent(LI_LEI, NOW,
                SecurityEventKind.LOGIN_LOCKED, SecurityEvent.Source.SYSTEM, "", "1".repeat(65)));
    }

    @Test
    void detailOf_turnsOutsideTextIntoOneShortLineThatAnEventAccepts() {
        String fromOutside = "Chrome\r\non\tAndroid " + "y".repeat(500);

        String detail = SecurityEvent.detailOf(fromOutside);

        assertThat(detail).startsWith("Chrome  on Android").endsWith("…")
                .hasSizeLessThanOrEqualTo(SecurityEvent.MAX_DETAIL_LENGTH);
        assertThat(event(detail).detail()).isEqualTo(detail);
        assertThat(SecurityEvent.detailOf(null)).isEmpty();
        assertThat(SecurityEvent.detailOf(" ALIPAY 138****5678 ")).isEqualTo("ALIPAY 138****5678");
    }

    private static SecurityEvent event(String detail) {
        return new SecurityEvent(LI_LEI, NOW, SecurityEventKind.DEVICE_TRUSTED, SecurityEvent.Source.CUSTOMER,
                detail, "203.0.113.7");
    }
}
