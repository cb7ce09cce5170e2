package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;

import java.time.Duration;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LoginHistory} adapter must do. Each test starts with empty stores; history is only
 * kept for customers that exist, so the tests add them through {@link #customers()}.
 */
public abstract class LoginHistoryContract {

    protected abstract LoginHistory loginHistory();

    protected abstract Customers customers();

    @Test
    void givenThreeAttempts_latest_listsThemNewestFirstWithEveryDetail() {
        CustomerId liLei = storedCustomer("13800000001");
        LoginRecord first = new LoginRecord(liLei, NOW, LoginOutcome.WRONG_PASSWORD, "203.0.113.7");
        LoginRecord second = new LoginRecord(liLei, NOW.plusSeconds(10), LoginOutcome.SUCCEEDED, "203.0.113.7");
        LoginRecord third = new LoginRecord(liLei, NOW.plusSeconds(20), LoginOutcome.REFUSED_LOCKED, "2001:db8::1");
        loginHistory().record(second);
        loginHistory().record(first);
        loginHistory().record(third);

        assertThat(loginHistory().latest(liLei, 10)).containsExactly(third, second, first);
    }

    @Test
    void failedLoginsThatNamedNoAccount_areNoCustomersHistory_andAreForgottenBeforeTheTimeGiven() {
        CustomerId liLei = storedCustomer("13800000001");
        loginHistory().recordUnknownLoginFailure("203.0.113.7", NOW);
        loginHistory().recordUnknownLoginFailure("203.0.113.7", NOW.plusSeconds(10));
        loginHistory().recordUnknownLoginFailure("198.51.100.4", NOW.plusSeconds(20));

        assertThat(loginHistory().latest(liLei, 10)).isEmpty();
        assertThat(loginHistory().forgetUnknownLoginFailuresBefore(NOW.plusSeconds(15))).isEqualTo(2);
        assertThat(loginHistory().forgetUnknownLoginFailuresBefore(NOW.plusSeconds(15))).isZero();
        assertThat(loginHistory().forgetUnknownLoginFailuresBefore(NOW.plusSeconds(21))).isEqualTo(1);
    }

    @Test
    void givenFiveAttempts_latestThree_areTheThreeNewest() {
        CustomerId liLei = storedCustomer("13800000001");
        for (int minute = 0; minute < 5; minute++) {
            loginHistory().record(new LoginRecord(liLei, NOW.plus(Duration.ofMinutes(minute)),
                    LoginOutcome.SUCCEEDED, "203.0.113.7"));
        }

        assertThat(loginHistory().latest(liLei, 3)).extracting(LoginRecord::at).containsExactly(
                NOW.plus(Duration.ofMinutes(4)), NOW.plus(Duration.ofMinutes(3)), NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void givenTwoCustomers_latest_listsOnlyThatCustomersAttempts() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        LoginRecord hers = new LoginRecord(hanMeimei, NOW, LoginOutcome.REFUSED_FROZEN, "198.51.100.4");
        loginHistory().record(new LoginRecord(liLei, NOW, LoginOutcome.SUCCEEDED, "203.0.113.7"));
        loginHistory().record(hers);

        assertThat(loginHistory().latest(hanMeimei, 10)).containsExactly(hers);
    }

    @Test
    void givenAttemptWithoutKnownAddress_latest_returnsItWithAnEmptyAddress() {
        CustomerId liLei = storedCustomer("13800000001");
        loginHistory().record(new LoginRecord(liLei, NOW, LoginOutcome.SUCCEEDED, null));

        assertThat(loginHistory().latest(liLei, 10)).extracting(LoginRecord::clientAddress).containsExactly("");
    }

    @Test
    void everyOutcome_isKept_asTheActivityAndTheConsoleName_whetherACodeWentOrNot() {
        CustomerId liLei = storedCustomer("13800000001");
        LoginOutcome[] outcomes = LoginOutcome.values();
        for (int i = 0; i < outcomes.length; i++) {
            loginHistory().record(new LoginRecord(liLei, NOW.plusSeconds(i), outcomes[i], "203.0.113.7"));
        }

        assertThat(loginHistory().latest(liLei, outcomes.length)).extracting(LoginRecord::outcome)
                .containsExactlyInAnyOrder(outcomes)
                .contains(LoginOutcome.CODE_NOT_SENT, LoginOutcome.FACE_CHECK_ASKED);
    }

    @Test
    void givenCustomerWhoNeverLoggedIn_latest_isEmpty() {
        assertThat(loginHistory().latest(storedCustomer("13800000001"), 10)).isEmpty();
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
