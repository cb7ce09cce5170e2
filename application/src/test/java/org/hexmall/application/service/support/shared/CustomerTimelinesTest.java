package org.hexmall.application.service.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.in.support.CustomerTimeline.Entry;
import org.hexmall.application.port.in.support.CustomerTimeline.Kind;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.CaseNote;
import org.hexmall.domain.support.ContactChannel;
import org.junit.jupiter.api.Test;

class CustomerTimelinesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final CustomerId LI_LEI = new CustomerId(UUID.randomUUID());
    private static final AgentId WANG_FANG = new AgentId(UUID.randomUUID());

    @Test
    void loginsActionsSecurityEventsAndNotes_areMergedNewestFirst() {
        CustomerTimelines.Facts facts = facts(
                List.of(new LoginRecord(LI_LEI, at(1), LoginOutcome.SUCCEEDED, "203.0.113.7")),
                List.of(new AuditEntry(at(3), WANG_FANG, "wang.fang", LI_LEI, AgentAction.CLEAR_LOGIN_LOCK, "login",
                        "Caller confirmed identity")),
                List.of(new SecurityEvent(LI_LEI, at(2), SecurityEventKind.LOGIN_LOCK_CLEARED,
                        SecurityEvent.Source.AGENT, "", "")),
                List.of(new CaseNote(LI_LEI, at(4), WANG_FANG, "wang.fang", ContactChannel.PHONE, "Called back")));

        CustomerTimeline timeline = CustomerTimelines.of(facts, CustomerTimeline.Query.FIRST_PAGE_OF_ALL);

        assertThat(timeline.entries()).extracting(Entry::kind)
                .containsExactly(Kind.NOTE, Kind.AGENT_ACTION, Kind.SECURITY, Kind.LOGIN);
        assertThat(timeline.entries().getFirst()).isEqualTo(new Entry(at(4), Kind.NOTE, "PHONE", Optional.empty(),
                "Called back", Optional.empty(), "wang.fang"));
        assertThat(timeline.total()).isEqualTo(4);
        assertThat(timeline.pageCount()).isEqualTo(1);
    }

    @Test
    void onlyTheKindsAskedFor_areShownAndCounted() {
        CustomerTimelines.Facts facts = facts(
                List.of(new LoginRecord(LI_LEI, at(1), LoginOutcome.SUCCEEDED, "203.0.113.7")),
                List.of(),
                List.of(),
                List.of(new CaseNote(LI_LEI, at(4), WANG_FANG, "wang.fang", ContactChannel.CHAT, "Chatted")));

        CustomerTimeline notes = CustomerTimelines.of(facts, new CustomerTimeline.Query(EnumSet.of(Kind.NOTE), 1));

        assertThat(notes.entries()).extracting(Entry::detail).containsExactly("Chatted");
        assertThat(notes.total()).isEqualTo(1);
        assertThat(notes.kinds()).containsExactly(Kind.NOTE);
    }

    @Test
    void sixtyNotes_makeThreePages_andAPageBeyondTheLastShowsTheLast() {
        List<CaseNote> notes = new ArrayList<>();
        for (int minute = 0; minute < 60; minute++) {
            notes.add(new CaseNote(LI_LEI, at(minute), WANG_FANG, "wang.fang", ContactChannel.EMAIL, "n" + minute));
        }
        CustomerTimelines.Facts facts = facts(List.of(), List.of(), List.of(), notes);

        CustomerTimeline second = CustomerTimelines.of(facts, CustomerTimeline.Query.of(List.of(), "2"));
        CustomerTimeline beyond = CustomerTimelines.of(facts, CustomerTimeline.Query.of(List.of("NOTE"), "9"));

        assertThat(second.pageCount()).isEqualTo(3);
        assertThat(second.entries()).hasSize(CustomerTimeline.PAGE_SIZE);
        assertThat(second.entries().getFirst().detail()).isEqualTo("n34");
        assertThat(beyond.page()).isEqualTo(3);
        assertThat(beyond.entries()).extracting(Entry::detail).last().isEqualTo("n0");
    }

    @Test
    void aQueryNamingNoKnownKind_showsEveryKind_andABadPageIsTheFirst() {
        CustomerTimeline.Query query = CustomerTimeline.Query.of(List.of("NOT_A_KIND"), "-3");

        assertThat(query.kinds()).containsExactlyInAnyOrder(Kind.values());
        assertThat(query.page()).isEqualTo(1);
    }

    private static CustomerTimelines.Facts facts(List<LoginRecord> logins, List<AuditEntry> actions,
                                                 List<SecurityEvent> events, List<CaseNote> notes) {
        return new CustomerTimelines.Facts(logins, List.of(), List.of(), List.of(), actions, events, notes);
    }

    private static Instant at(int minutes) {
        return NOW.plus(Duration.ofMinutes(minutes));
    }
}
