package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;
import org.hexmall.domain.security.PasswordReminder.Reason;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEvent.Source;
import org.hexmall.domain.security.SecurityEventKind;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PasswordReminders} adapter must do: one entry per customer, replaced when saved again; and the
 * entry as it stands, with the customer's latest warning since the password changed.
 */
public abstract class PasswordRemindersContract {

    private static final Set<SecurityEventKind> WARNINGS = Set.of(SecurityEventKind.LOGIN_LOCKED,
            SecurityEventKind.RISK_HOLD);

    protected abstract PasswordReminders passwordReminders();

    protected abstract Customers customers();

    protected abstract SecurityEvents securityEvents();

    @Test
    void aCustomerWithoutAnEntry_hasNone() {
        assertThat(passwordReminders().find(storedCustomer("13800000001"))).isEmpty();
    }

    @Test
    void aSavedEntry_isFoundWithEveryDetail_andSavingAgainReplacesIt() {
        CustomerId liLei = storedCustomer("13800000001");
        PasswordReminder set = PasswordReminder.passwordSetAt(liLei, NOW);
        passwordReminders().save(set);
        assertThat(passwordReminders().find(liLei)).contains(set);

        PasswordReminder raisedAndDismissed = set.raised(NOW.plus(Duration.ofDays(1)), Reason.RISK_HOLD)
                .dismissed(NOW.plus(Duration.ofDays(2)));
        passwordReminders().save(raisedAndDismissed);
        assertThat(passwordReminders().find(liLei)).contains(raisedAndDismissed);
    }

    @Test
    void entriesOfTwoCustomers_stayApart() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        passwordReminders().save(PasswordReminder.passwordSetAt(liLei, NOW));
        PasswordReminder hers = PasswordReminder.passwordSetAt(hanMeimei, NOW.plusSeconds(5))
                .raised(NOW.plusSeconds(9), Reason.LOGIN_LOCKED);
        passwordReminders().save(hers);

        assertThat(passwordReminders().find(hanMeimei)).contains(hers);
        assertThat(passwordReminders().find(liLei)).contains(PasswordReminder.passwordSetAt(liLei, NOW));
    }

    @Test
    void theStandingOfAnUnknownCustomer_isEmpty() {
        assertThat(passwordReminders().standing(new CustomerId(UUID.randomUUID()), WARNINGS)).isEmpty();
    }

    @Test
    void withoutAnEntryOrWarnings_theStanding_isThePasswordSetAtRegistration() {
        CustomerId liLei = storedCustomer("13800000001");
        assertThat(passwordReminders().standing(liLei, WARNINGS))
                .contains(PasswordReminder.passwordSetAt(liLei, NOW));
    }

    @Test
    void theStanding_isRaisedAtTheLatestWarningOfTheGivenKinds_sinceThePasswordChanged_forItsKind() {
        CustomerId liLei = storedCustomer("13800000001");
        Instant changed = NOW.plus(Duration.ofDays(1));
        passwordReminders().save(PasswordReminder.passwordSetAt(liLei, changed));
        record(liLei, changed.minusSeconds(30), SecurityEventKind.RISK_HOLD);
        assertThat(passwordReminders().standing(liLei, WARNINGS))
                .as("a risk hold before the change is forgotten")
                .contains(PasswordReminder.passwordSetAt(liLei, changed));

        record(liLei, changed.plusSeconds(10), SecurityEventKind.LOGIN_LOCKED);
        record(liLei, changed.plusSeconds(20), SecurityEventKind.RISK_HOLD);
        record(liLei, changed.plusSeconds(30), SecurityEventKind.WALLET_BOUND);
        assertThat(passwordReminders().standing(liLei, WARNINGS))
                .contains(PasswordReminder.passwordSetAt(liLei, changed).raised(changed.plusSeconds(20),
                        Reason.RISK_HOLD));

        record(liLei, changed.plusSeconds(40), SecurityEventKind.LOGIN_LOCKED);
        assertThat(passwordReminders().standing(liLei, WARNINGS))
                .contains(PasswordReminder.passwordSetAt(liLei, changed).raised(changed.plusSeconds(40),
                        Reason.LOGIN_LOCKED));
    }

    @Test
    void aWarningBeforeTheDismissal_leavesTheDismissedEntryAsItWas() {
        CustomerId liLei = storedCustomer("13800000001");
        PasswordReminder dismissed = PasswordReminder.passwordSetAt(liLei, NOW)
                .raised(NOW.plusSeconds(10), Reason.LOGIN_LOCKED).dismissed(NOW.plusSeconds(60));
        passwordReminders().save(dismissed);
        record(liLei, NOW.plusSeconds(10), SecurityEventKind.LOGIN_LOCKED);
        assertThat(passwordReminders().standing(liLei, WARNINGS)).contains(dismissed);

        record(liLei, NOW.plusSeconds(90), SecurityEventKind.LOGIN_LOCKED);
        assertThat(passwordReminders().standing(liLei, WARNINGS))
                .contains(dismissed.raised(NOW.plusSeconds(90), Reason.LOGIN_LOCKED));
    }

    @Test
    void anotherCustomersWarnings_doNotRaiseTheStanding() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        record(hanMeimei, NOW.plusSeconds(10), SecurityEventKind.LOGIN_LOCKED);
        assertThat(passwordReminders().standing(liLei, WARNINGS))
                .contains(PasswordReminder.passwordSetAt(liLei, NOW));
    }

    private void record(CustomerId customer, Instant at, SecurityEventKind kind) {
        securityEvents().record(new SecurityEvent(customer, at, kind, Source.SYSTEM, "", ""));
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
