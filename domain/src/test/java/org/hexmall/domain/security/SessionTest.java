package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Language;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant START = Instant.parse("2025-11-11T10:00:00Z");
    private static final SessionId FIRST_ID = new SessionId("first-session-id-with-32-or-more-characters");
    private static final SessionId SECOND_ID = new SessionId("second-session-id-with-32-or-more-characters");

    private final Session anonymous = Session.anonymous(FIRST_ID, "csrf-token-one", Language.ENGLISH, START);

    @Test
    void aNewSession_actsForNobodyYet() {
        assertThat(anonymous.principal()).isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void aSessionUnusedForJustUnderThirtyMinutes_isStillOpen() {
        assertThat(anonymous.hasEndedAt(START.plus(Duration.ofMinutes(30)).minusNanos(1))).isFalse();
    }

    @Test
    void aSessionUnusedForThirtyMinutes_hasEnded() {
        assertThat(anonymous.hasEndedAt(START.plus(Duration.ofMinutes(30)))).isTrue();
    }

    @Test
    void useWithinAMinuteOfTheLastRecordedUse_isNotRecordedAgain() {
        assertThat(anonymous.needsTouchAt(START.plusSeconds(59))).isFalse();
    }

    @Test
    void useAMinuteOrMoreAfterTheLastRecordedUse_isRecorded() {
        assertThat(anonymous.needsTouchAt(START.plus(Duration.ofMinutes(1)))).isTrue();
    }

    @Test
    void aRecordedUse_restartsTheThirtyIdleMinutes() {
        Session touched = anonymous.touchedAt(START.plus(Duration.ofMinutes(20)));

        assertThat(touched.hasEndedAt(START.plus(Duration.ofMinutes(45)))).isFalse();
        assertThat(touched.hasEndedAt(START.plus(Duration.ofMinutes(50)))).isTrue();
    }

    @Test
    void choosingALanguage_keepsTheSameSession() {
        Session chinese = anonymous.speaking(Language.SIMPLIFIED_CHINESE);

        assertThat(chinese.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(chinese.id()).isEqualTo(FIRST_ID);
        assertThat(chinese.csrfToken()).isEqualTo("csrf-token-one");
    }

    @Test
    void loggingIn_movesTheVisitorToANewIdAndFormTokenForTheCustomer() {
        var customer = new Principal.Customer(new CustomerId(UUID.randomUUID()));
        Instant loginTime = START.plus(Duration.ofMinutes(5));

        Session signedIn = anonymous.signedInAs(customer, SECOND_ID, "csrf-token-two", loginTime);

        assertThat(signedIn.id()).isEqualTo(SECOND_ID);
        assertThat(signedIn.csrfToken()).isEqualTo("csrf-token-two");
        assertThat(signedIn.principal()).isEqualTo(customer);
        assertThat(signedIn.lastSeenAt()).isEqualTo(loginTime);
        assertThat(signedIn.matchesCsrfToken("csrf-token-one")).isFalse();
    }

    @Test
    void loggingIn_keepsTheLanguageChosenBefore() {
        var customer = new Principal.Customer(new CustomerId(UUID.randomUUID()));

        Session signedIn = anonymous.speaking(Language.SIMPLIFIED_CHINESE)
                .signedInAs(customer, SECOND_ID, "csrf-token-two", START);

        assertThat(signedIn.language()).isEqualTo(Language.SIMPLIFIED_CHINESE);
    }

    @Test
    void theSessionsOwnFormToken_matches() {
        assertThat(anonymous.matchesCsrfToken("csrf-token-one")).isTrue();
    }

    @Test
    void anyOtherFormToken_doesNotMatch() {
        assertThat(anonymous.matchesCsrfToken("csrf-token-two")).isFalse();
        assertThat(anonymous.matchesCsrfToken("csrf-token-on")).isFalse();
        assertThat(anonymous.matchesCsrfToken("csrf-token-one-and-more")).isFalse();
        assertThat(anonymous.matchesCsrfToken("")).isFalse();
    }

    @Test
    void aFormWithoutToken_doesNotMatch() {
        assertThat(anonymous.matchesCsrfToken(null)).isFalse();
    }
}
