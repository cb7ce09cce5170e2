package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.hexmall.domain.security.Session;
import org.junit.jupiter.api.Test;

class PurgeEndedSessionsTest {

    private final InMemoryHexmall hexmall = new InMemoryHexmall();

    @Test
    void sessionsIdleForMoreThanThirtyMinutes_arePurgedAndCounted() {
        Session idle = hexmall.newVisitor();
        hexmall.newVisitor();
        hexmall.clock.advance(Duration.ofMinutes(31));

        assertThat(hexmall.purgeEndedSessions.purge()).isEqualTo(2);
        assertThat(hexmall.storage.sessions().findById(idle.id())).isEmpty();
    }

    @Test
    void aSessionStillInUse_survivesThePurge() {
        hexmall.newVisitor();
        hexmall.clock.advance(Duration.ofMinutes(20));
        Session inUse = hexmall.newVisitor();
        hexmall.clock.advance(Duration.ofMinutes(11));

        hexmall.purgeEndedSessions.purge();

        assertThat(hexmall.resumeSession.resume(Optional.of(inUse.id())).id()).isEqualTo(inUse.id());
    }

    @Test
    void aSessionTouchedRecently_survivesThePurgeThoughItWasOpenedLongAgo() {
        Session longLived = hexmall.newVisitor();
        hexmall.clock.advance(Duration.ofMinutes(25));
        hexmall.resumeSession.resume(Optional.of(longLived.id()));
        hexmall.clock.advance(Duration.ofMinutes(25));

        assertThat(hexmall.purgeEndedSessions.purge()).isZero();
        assertThat(hexmall.resumeSession.resume(Optional.of(longLived.id())).id()).isEqualTo(longLived.id());
    }
}
