package org.hexmall.application.service.support.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.in.support.CustomerTimeline.Entry;
import org.hexmall.application.port.in.support.CustomerTimeline.Kind;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntries;
import org.hexmall.domain.account.CustomerId;
import org.junit.jupiter.api.Test;

class CustomerTimelinesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final CustomerId LI_LEI = new CustomerId(UUID.randomUUID());

    private final List<Entry> kept = new ArrayList<>();
    /** The customer's entries as a database keeps them, newest first; counts the reads of a page. */
    private final CustomerTimelineEntries entries = new CustomerTimelineEntries() {
        @Override
        public List<Entry> newestFirst(CustomerId customerId, Set<Kind> kinds, int skip, int limit) {
            pagesRead++;
            return chosen(kinds).stream().skip(skip).limit(limit).toList();
        }

        @Override
        public long count(CustomerId customerId, Set<Kind> kinds) {
            return chosen(kinds).size();
        }
    };
    private int pagesRead;

    @Test
    void sixtyNotes_makeThreePages_andAPageBeyondTheLastShowsTheLast() {
        for (int minute = 0; minute < 60; minute++) {
            kept.add(entry(Kind.NOTE, minute, "n" + minute));
        }

        CustomerTimeline second = CustomerTimelines.page(entries, LI_LEI, CustomerTimeline.Query.of(List.of(), "2"));
        CustomerTimeline beyond = CustomerTimelines.page(entries, LI_LEI,
                CustomerTimeline.Query.of(List.of("NOTE"), "9"));

        assertThat(second.pageCount()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(60);
        assertThat(second.entries()).hasSize(CustomerTimeline.PAGE_SIZE);
        assertThat(second.entries().getFirst().detail()).isEqualTo("n34");
        assertThat(beyond.page()).isEqualTo(3);
        assertThat(beyond.entries()).extracting(Entry::detail).last().isEqualTo("n0");
    }

    @Test
    void onlyTheKindsAskedFor_areShownAndCounted_riskAlertsAmongThem() {
        kept.add(entry(Kind.LOGIN, 1, "203.0.113.7"));
        kept.add(entry(Kind.RISK_ALERT, 2, "ALIPAY 138****0001"));
        kept.add(entry(Kind.NOTE, 3, "Chatted"));

        CustomerTimeline notesAndAlerts = CustomerTimelines.page(entries, LI_LEI,
                new CustomerTimeline.Query(EnumSet.of(Kind.NOTE, Kind.RISK_ALERT), 1));

        assertThat(notesAndAlerts.entries()).extracting(Entry::detail).containsExactly("Chatted",
                "ALIPAY 138****0001");
        assertThat(notesAndAlerts.total()).isEqualTo(2);
        assertThat(notesAndAlerts.kinds()).containsExactlyInAnyOrder(Kind.NOTE, Kind.RISK_ALERT);
    }

    @Test
    void aCustomerWithNoEntries_hasOneEmptyPage_readWithoutAskingForIt() {
        CustomerTimeline none = CustomerTimelines.page(entries, LI_LEI, CustomerTimeline.Query.FIRST_PAGE_OF_ALL);

        assertThat(none.entries()).isEmpty();
        assertThat(none.pageCount()).isEqualTo(1);
        assertThat(pagesRead).isZero();
    }

    @Test
    void aQueryNamingNoKnownKind_showsEveryKind_andABadPageIsTheFirst() {
        CustomerTimeline.Query query = CustomerTimeline.Query.of(List.of("NOT_A_KIND"), "-3");

        assertThat(query.kinds()).containsExactlyInAnyOrder(Kind.values());
        assertThat(query.page()).isEqualTo(1);
    }

    private List<Entry> chosen(Set<Kind> kinds) {
        return kept.stream().filter(entry -> kinds.contains(entry.kind()))
                .sorted(Comparator.comparing(Entry::at).reversed()).toList();
    }

    private static Entry entry(Kind kind, int minutes, String detail) {
        return new Entry(NOW.plus(Duration.ofMinutes(minutes)), kind, "WHAT", Optional.empty(), detail,
                Optional.empty(), "");
    }
}
