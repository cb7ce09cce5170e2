package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.customer;

import org.hexmall.domain.account.Customer;
import org.hexmall.domain.security.LoginThrottle;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TransactionRunner} adapter must do, observed through the {@link Customers} store of the
 * same adapter. Each test starts with empty stores.
 */
public abstract class TransactionRunnerContract {

    protected abstract TransactionRunner transactions();

    protected abstract Customers customers();

    @Test
    void workThatCompletes_keepsEverythingItStored() {
        Customer liLei = customer("13800000001", null, "Li Lei");
        Customer hanMeimei = customer("13900000002", null, "Han Meimei");

        transactions().inTransaction(() -> {
            customers().add(liLei);
            customers().add(hanMeimei);
        });

        assertThat(customers().findById(liLei.id())).isPresent();
        assertThat(customers().findById(hanMeimei.id())).isPresent();
    }

    @Test
    void workThatThrows_storesNothing() {
        Customer liLei = customer("13800000001", null, "Li Lei");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            customers().add(liLei);
            throw new IllegalStateException("the unit of work failed after storing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(customers().findById(liLei.id())).isEmpty();
    }

    @Test
    void workThatThrows_leavesEarlierDataAsItWas() {
        Customer liLei = customer("13800000001", null, "Li Lei");
        customers().add(liLei);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            customers().update(liLei.withLoginThrottle(new LoginThrottle(1, null)));
            customers().add(customer("13900000002", null, "Han Meimei"));
            throw new IllegalStateException("the unit of work failed after storing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(customers().findById(liLei.id()).orElseThrow().loginThrottle()).isEqualTo(LoginThrottle.CLEAR);
        assertThat(customers().search(CustomerSearch.of(""), 1, 20, 100).items()).extracting(Customer::id).containsExactly(liLei.id());
    }

    @Test
    void givenTakenPhone_registeringTwoCustomersInOneTransaction_storesNeither() {
        customers().add(customer("13800000001", null, "Li Lei"));
        Customer hanMeimei = customer("13900000002", null, "Han Meimei");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            customers().add(hanMeimei);
            customers().add(customer("13800000001", null, "Impostor"));
        })).isInstanceOf(DuplicateKeyException.class);

        assertThat(customers().findById(hanMeimei.id())).isEmpty();
    }

    @Test
    void insideATransaction_workReadsWhatItStored() {
        Customer liLei = customer("13800000001", null, "Li Lei");

        boolean seenInside = transactions().inTransaction(() -> {
            customers().add(liLei);
            return customers().findById(liLei.id()).isPresent();
        });

        assertThat(seenInside).isTrue();
    }

    @Test
    void nestedTransaction_joinsTheOuterOne_soTheOuterFailureUndoesBoth() {
        Customer outer = customer("13800000001", null, "Li Lei");
        Customer inner = customer("13900000002", null, "Han Meimei");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            customers().add(outer);
            transactions().inTransaction(() -> customers().add(inner));
            throw new IllegalStateException("the outer unit of work failed after the inner one");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(customers().findById(outer.id())).isEmpty();
        assertThat(customers().findById(inner.id())).isEmpty();
    }

    @Test
    void workThatReturnsAValue_handsItToTheCaller() {
        Customer liLei = customer("13800000001", null, "Li Lei");
        customers().add(liLei);

        Customer found = transactions().inTransaction(() -> customers().findById(liLei.id()).orElseThrow());

        assertThat(found.id()).isEqualTo(liLei.id());
    }

    @Test
    void withoutATransaction_eachWriteIsKeptAsSoonAsItIsMade_evenIfTheWorkFailsLater() {
        Customer liLei = customer("13800000001", null, "Li Lei");

        assertThatThrownBy(() -> transactions().withoutTransaction(() -> {
            customers().add(liLei);
            throw new IllegalStateException("the work failed after its one write");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(customers().findById(liLei.id())).isPresent();
    }

    @Test
    void withoutATransaction_answersWhatTheWorkRead() {
        Customer liLei = customer("13800000001", null, "Li Lei");
        customers().add(liLei);

        assertThat(transactions().withoutTransaction(() -> customers().findById(liLei.id()))).isPresent();
    }

    @Test
    void withoutATransaction_insideATransaction_joinsIt_soTheOuterFailureUndoesItsWrite() {
        Customer liLei = customer("13800000001", null, "Li Lei");

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            transactions().withoutTransaction(() -> {
                customers().add(liLei);
                return null;
            });
            throw new IllegalStateException("the outer unit of work failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(customers().findById(liLei.id())).isEmpty();
    }
}
