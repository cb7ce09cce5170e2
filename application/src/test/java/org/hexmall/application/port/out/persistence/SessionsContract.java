package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.newSessionId;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;
import org.junit.jupiter.api.Test;

/** What every {@link Sessions} adapter must do. Each test starts with an empty store. */
public abstract class SessionsContract {

    private static final String CSRF_TOKEN = "k3Jd9fQmZ0pX7vLw2sYt5nRb8cHg4aUe";

    protected abstract Sessions sessions();

    @Test
    void givenSavedVisitorSession_findById_returnsItUnchanged() {
        Session visitor = Session.anonymous(newSessionId(), CSRF_TOKEN, Language.ENGLISH, NOW);
        sessions().save(visitor);

        assertThat(sessions().findById(visitor.id())).contains(visitor);
    }

    @Test
    void givenSavedCustomerSessionInChinese_findById_returnsTheCustomerAndLanguage() {
        Session customer = signedIn(new Principal.Customer(new CustomerId(UUID.randomUUID())),
                Language.SIMPLIFIED_CHINESE);
        sessions().save(customer);

        assertThat(sessions().findById(customer.id())).contains(customer);
    }

    @Test
    void givenSavedSupervisorSession_findById_returnsTheAgentAndRole() {
        Session supervisor = signedIn(new Principal.Agent(new AgentId(UUID.randomUUID()), AgentRole.SUPERVISOR),
                Language.ENGLISH);
        sessions().save(supervisor);

        assertThat(sessions().findById(supervisor.id())).contains(supervisor);
    }

    @Test
    void givenSavedSession_savingItAgain_replacesLastUseAndLanguage() {
        Session visitor = Session.anonymous(newSessionId(), CSRF_TOKEN, Language.ENGLISH, NOW);
        sessions().save(visitor);
        Session later = visitor.touchedAt(NOW.plus(Duration.ofMinutes(5))).speaking(Language.SIMPLIFIED_CHINESE);

        sessions().save(later);

        assertThat(sessions().findById(visitor.id())).contains(later);
    }

    @Test
    void deleteSignedInAs_endsEveryOneOfTheCustomersSessionsAndNoOtherOne() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        Session phone = signedIn(new Principal.Customer(liLei), Language.ENGLISH);
        Session laptop = signedIn(new Principal.Customer(liLei), Language.SIMPLIFIED_CHINESE);
        Session hanMeimei = signedIn(new Principal.Customer(new CustomerId(UUID.randomUUID())), Language.ENGLISH);
        Session visitor = Session.anonymous(newSessionId(), CSRF_TOKEN, Language.ENGLISH, NOW);
        Session agent = signedIn(new Principal.Agent(new AgentId(liLei.value()), AgentRole.AGENT), Language.ENGLISH);
        for (Session session : List.of(phone, laptop, hanMeimei, visitor, agent)) {
            sessions().save(session);
        }

        assertThat(sessions().deleteSignedInAs(liLei)).isEqualTo(2);

        assertThat(sessions().findById(phone.id())).isEmpty();
        assertThat(sessions().findById(laptop.id())).isEmpty();
        assertThat(sessions().findById(hanMeimei.id())).contains(hanMeimei);
        assertThat(sessions().findById(visitor.id())).contains(visitor);
        assertThat(sessions().findById(agent.id())).contains(agent);
    }

    @Test
    void deleteSignedInAsAnAgent_endsEveryConsoleSessionOfTheAgentAndNoOtherOne() {
        AgentId wangFang = new AgentId(UUID.randomUUID());
        Session desk = signedIn(new Principal.Agent(wangFang, AgentRole.AGENT), Language.ENGLISH);
        Session laptop = signedIn(new Principal.Agent(wangFang, AgentRole.AGENT), Language.SIMPLIFIED_CHINESE);
        Session colleague = signedIn(new Principal.Agent(new AgentId(UUID.randomUUID()), AgentRole.SUPERVISOR),
                Language.ENGLISH);
        Session customer = signedIn(new Principal.Customer(new CustomerId(wangFang.value())), Language.ENGLISH);
        for (Session session : List.of(desk, laptop, colleague, customer)) {
            sessions().save(session);
        }

        assertThat(sessions().deleteSignedInAs(wangFang)).isEqualTo(2);

        assertThat(sessions().findById(desk.id())).isEmpty();
        assertThat(sessions().findById(laptop.id())).isEmpty();
        assertThat(sessions().findById(colleague.id())).contains(colleague);
        assertThat(sessions().findById(customer.id())).contains(customer);
    }

    @Test
    void deleteOpenedOn_endsTheSessionsTheDeviceOpenedAndNoOtherOne() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        DeviceId lostPhone = new DeviceId(UUID.randomUUID());
        Session onLostPhone = Session.anonymous(newSessionId(), CSRF_TOKEN, Language.ENGLISH, NOW)
                .signedInAs(new Principal.Customer(liLei), newSessionId(), CSRF_TOKEN, lostPhone, NOW);
        Session againOnLostPhone = Session.anonymous(newSessionId(), CSRF_TOKEN, Language.ENGLISH, NOW)
                .signedInAs(new Principal.Customer(liLei), newSessionId(), CSRF_TOKEN, lostPhone, NOW);
        Session onLaptop = Session.anonymous(newSessionId(), CSRF_TOKEN, Language.ENGLISH, NOW)
                .signedInAs(new Principal.Customer(liLei), newSessionId(), CSRF_TOKEN, new DeviceId(UUID.randomUUID()),
                        NOW);
        Session onNoDevice = signedIn(new Principal.Customer(liLei), Language.ENGLISH);
        for (Session session : List.of(onLostPhone, againOnLostPhone, onLaptop, onNoDevice)) {
            sessions().save(session);
        }

        assertThat(sessions().findById(onLostPhone.id())).contains(onLostPhone);
        assertThat(sessions().deleteOpenedOn(lostPhone)).isEqualTo(2);

        assertThat(sessions().findById(onLostPhone.id())).isEmpty();
        assertThat(sessions().findById(againOnLostPhone.id())).isEmpty();
        assertThat(sessions().findById(onLaptop.id())).contains(onLaptop);
        assertThat(sessions().findById(onNoDevice.id())).contains(onNoDevice);
    }

    @Test
    void givenSavedSession_delete_forgetsIt() {
        Session visitor = Session.anonymous(newSessionId(), CSRF_TOKEN, Language.ENGLISH, NOW);
        sessions().save(visitor);

        sessions().delete(visitor.id());

        assertThat(sessions().findById(visitor.id())).isEmpty();
    }

    @Test
    void givenTwoStaleAndOneFreshSession_deleteLastSeenBefore_removesAndCountsTheStaleOnes() {
        Instant cutoff = NOW.minus(Session.IDLE_TIMEOUT);
        Session stale = lastSeenAt(cutoff.minusSeconds(1));
        Session staler = lastSeenAt(cutoff.minus(Duration.ofDays(1)));
        Session fresh = lastSeenAt(NOW);
        sessions().save(stale);
        sessions().save(staler);
        sessions().save(fresh);

        int removed = sessions().deleteLastSeenBefore(cutoff);

        assertThat(removed).isEqualTo(2);
        assertThat(sessions().findById(stale.id())).isEmpty();
        assertThat(sessions().findById(staler.id())).isEmpty();
        assertThat(sessions().findById(fresh.id())).contains(fresh);
    }

    @Test
    void givenSessionLastSeenExactlyAtTheCutoff_deleteLastSeenBefore_keepsIt() {
        Instant cutoff = NOW.minus(Session.IDLE_TIMEOUT);
        Session justInTime = lastSeenAt(cutoff);
        sessions().save(justInTime);

        assertThat(sessions().deleteLastSeenBefore(cutoff)).isZero();
        assertThat(sessions().findById(justInTime.id())).contains(justInTime);
    }

    private static Session signedIn(Principal principal, Language language) {
        return new Session(newSessionId(), principal, CSRF_TOKEN, language, NOW, NOW.plusSeconds(90));
    }

    private static Session lastSeenAt(Instant lastSeenAt) {
        return Session.anonymous(newSessionId(), CSRF_TOKEN, Language.ENGLISH, lastSeenAt.minus(Duration.ofHours(1)))
                .touchedAt(lastSeenAt);
    }
}
