package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.shared.Language;
import org.junit.jupiter.api.Test;

class ResumeSessionTest {

    private final InMemoryHexmall hexmall = new InMemoryHexmall();

    @Test
    void aVisitorWithoutASession_getsANewAnonymousOneInEnglish() {
        Session session = hexmall.resumeSession.resume(Optional.empty());

        assertThat(session.principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(session.language()).isEqualTo(Language.ENGLISH);
        assertThat(session.csrfToken()).isNotBlank();
    }

    @Test
    void twoVisitors_getSessionsWithDifferentIdsAndFormTokens() {
        Session first = hexmall.newVisitor();
        Session second = hexmall.newVisitor();

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.csrfToken()).isNotEqualTo(first.csrfToken());
    }

    @Test
    void aLiveSession_isResumedWithTheSameIdAndFormToken() {
        Session first = hexmall.newVisitor();
        hexmall.clock.advance(Duration.ofMinutes(29));

        Session resumed = hexmall.resumeSession.resume(Optional.of(first.id()));

        assertThat(resumed.id()).isEqualTo(first.id());
        assertThat(resumed.csrfToken()).isEqualTo(first.csrfToken());
    }

    @Test
    void aSessionIdleForThirtyMinutes_hasEndedAndIsReplacedByANewOne() {
        Session first = hexmall.newVisitor();
        hexmall.clock.advance(Duration.ofMinutes(30));

        Session resumed = hexmall.resumeSession.resume(Optional.of(first.id()));

        assertThat(resumed.id()).isNotEqualTo(first.id());
        assertThat(resumed.csrfToken()).isNotEqualTo(first.csrfToken());
    }

    @Test
    void aLoggedInCustomerIdleForThirtyMinutes_isAnonymousAgain() {
        hexmall.registeredCustomer("13800138000", "", "李雷", "tea-4two-pots");
        Session loggedIn = InMemoryHexmall.sessionAfter(
                hexmall.logIn("13800138000", "tea-4two-pots", hexmall.newVisitor()));
        hexmall.clock.advance(Duration.ofMinutes(30));

        assertThat(hexmall.resumeSession.resume(Optional.of(loggedIn.id())).principal())
                .isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void aSessionUsedEveryTwentyMinutes_staysOpenLongPastThirtyMinutes() {
        Session first = hexmall.newVisitor();
        for (int visit = 1; visit <= 3; visit++) {
            hexmall.clock.advance(Duration.ofMinutes(20));
            hexmall.resumeSession.resume(Optional.of(first.id()));
        }

        hexmall.clock.advance(Duration.ofMinutes(20));

        assertThat(hexmall.resumeSession.resume(Optional.of(first.id())).id()).isEqualTo(first.id());
    }

    @Test
    void anIdThatWasNeverIssued_getsANewSessionInstead() {
        var forged = new SessionId("forged-session-id-that-nobody-was-ever-given");

        Session session = hexmall.resumeSession.resume(Optional.of(forged));

        assertThat(session.id()).isNotEqualTo(forged);
        assertThat(session.principal()).isEqualTo(Principal.ANONYMOUS);
    }
}
