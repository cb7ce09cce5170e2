package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEvent.Source;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.shared.Page;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SecurityEvents} adapter must do. Each test starts with empty stores; events are only
 * kept for customers that exist, so the tests add them through {@link #customers()}.
 */
public abstract class SecurityEventsContract {

    protected abstract SecurityEvents securityEvents();

    protected abstract Customers customers();

    @Test
    void givenThreeEvents_firstPage_listsThemNewestFirstWithEveryDetail() {
        CustomerId liLei = storedCustomer("13800000001");
        SecurityEvent first = new SecurityEvent(liLei, NOW, SecurityEventKind.WALLET_BOUND, Source.CUSTOMER,
                "ALIPAY 138****5678", "203.0.113.7");
        SecurityEvent second = new SecurityEvent(liLei, NOW.plusSeconds(10), SecurityEventKind.ACCOUNT_FROZEN,
                Source.AGENT, "", "2001:db8::1");
        SecurityEvent third = new SecurityEvent(liLei, NOW.plusSeconds(20), SecurityEventKind.LOGIN_LOCKED,
                Source.SYSTEM, "", "");
        securityEvents().record(second);
        securityEvents().record(first);
        securityEvents().record(third);

        Page<SecurityEvent> page = securityEvents().newestFirst(liLei, 1, 10);

        assertThat(page.items()).containsExactly(third, second, first);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.number()).isEqualTo(1);
        assertThat(page.size()).isEqualTo(10);
    }

    @Test
    void givenFiveEvents_pagesOfTwo_splitThemNewestFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        for (int minute = 0; minute < 5; minute++) {
            securityEvents().record(event(liLei, NOW.plus(Duration.ofMinutes(minute)),
                    SecurityEventKind.STEP_UP_PASSED));
        }

        assertThat(securityEvents().newestFirst(liLei, 1, 2).items()).extracting(SecurityEvent::at)
                .containsExactly(NOW.plus(Duration.ofMinutes(4)), NOW.plus(Duration.ofMinutes(3)));
        assertThat(securityEvents().newestFirst(liLei, 3, 2).items()).extracting(SecurityEvent::at)
                .containsExactly(NOW);
        Page<SecurityEvent> beyondTheLast = securityEvents().newestFirst(liLei, 4, 2);
        assertThat(beyondTheLast.items()).isEmpty();
        assertThat(beyondTheLast.total()).isEqualTo(5);
    }

    @Test
    void givenTwoEventsAtTheSameInstant_theOneRecordedLaterComesFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        SecurityEvent earlier = event(liLei, NOW, SecurityEventKind.REPORTED_NOT_ME);
        SecurityEvent later = event(liLei, NOW, SecurityEventKind.ACCOUNT_FROZEN);
        securityEvents().record(earlier);
        securityEvents().record(later);

        assertThat(securityEvents().newestFirst(liLei, 1, 10).items()).containsExactly(later, earlier);
    }

    @Test
    void givenTwoCustomers_newestFirst_listsAndCountsOnlyThatCustomersEvents() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        SecurityEvent hers = event(hanMeimei, NOW, SecurityEventKind.PASSWORD_RESET);
        securityEvents().record(event(liLei, NOW, SecurityEventKind.PASSWORD_RESET));
        securityEvents().record(hers);

        Page<SecurityEvent> page = securityEvents().newestFirst(hanMeimei, 1, 10);

        assertThat(page.items()).containsExactly(hers);
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void givenCustomerWithoutEvents_newestFirst_isAnEmptyFirstPage() {
        Page<SecurityEvent> page = securityEvents().newestFirst(storedCustomer("13800000001"), 1, 20);

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void countSince_countsOnlyTheGivenKindsOfThatCustomer_fromTheGivenInstantOn() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        Instant since = NOW.plus(Duration.ofMinutes(10));
        securityEvents().record(event(liLei, since.minusNanos(1_000), SecurityEventKind.WALLET_BOUND));
        securityEvents().record(event(liLei, since, SecurityEventKind.WALLET_BOUND));
        securityEvents().record(event(liLei, since.plusSeconds(60), SecurityEventKind.WALLET_UNBOUND));
        securityEvents().record(event(liLei, since.plusSeconds(90), SecurityEventKind.PASSWORD_RESET));
        securityEvents().record(event(hanMeimei, since.plusSeconds(60), SecurityEventKind.WALLET_BOUND));

        Set<SecurityEventKind> bindingChanges = EnumSet.of(SecurityEventKind.WALLET_BOUND,
                SecurityEventKind.WALLET_UNBOUND);
        assertThat(securityEvents().countSince(liLei, bindingChanges, since)).isEqualTo(2);
        assertThat(securityEvents().countSince(liLei, Set.of(SecurityEventKind.RISK_HOLD), since)).isZero();
        assertThat(securityEvents().countSince(liLei, Set.of(), since)).isZero();
    }

    @Test
    void everyKindAndSource_isStoredAndReadBack() {
        CustomerId liLei = storedCustomer("13800000001");
        int recorded = 0;
        for (SecurityEventKind kind : SecurityEventKind.values()) {
            for (Source source : Source.values()) {
                securityEvents().record(new SecurityEvent(liLei, NOW.plusSeconds(recorded++), kind, source,
                        kind + " by " + source, "198.51.100.4"));
            }
        }

        Page<SecurityEvent> all = securityEvents().newestFirst(liLei, 1, recorded);
        assertThat(all.items()).hasSize(recorded);
        assertThat(all.items()).extracting(SecurityEvent::kind).containsOnly(SecurityEventKind.values());
        assertThat(all.items()).extracting(SecurityEvent::source).containsOnly(Source.values());
        assertThat(securityEvents().countSince(liLei, EnumSet.allOf(SecurityEventKind.class), NOW))
                .isEqualTo(recorded);
    }

    private static SecurityEvent event(CustomerId customerId, Instant at, SecurityEventKind kind) {
        return new SecurityEvent(customerId, at, kind, Source.CUSTOMER, "Chrome on Android", "203.0.113.7");
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
