package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;

import java.time.Duration;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.PasswordReminder;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordReminders} adapter must do: one entry per customer, replaced when saved again. */
public abstract class PasswordRemindersContract {

    protected abstract PasswordReminders passwordReminders();

    protected abstract Customers customers();

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

        PasswordReminder raisedAndDismissed = set.raised(NOW.plus(Duration.ofDays(1)))
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
                .raised(NOW.plusSeconds(9));
        passwordReminders().save(hers);

        assertThat(passwordReminders().find(hanMeimei)).contains(hers);
        assertThat(passwordReminders().find(liLei)).contains(PasswordReminder.passwordSetAt(liLei, NOW));
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
