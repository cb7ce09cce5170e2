package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.util.Optional;
import org.hexmall.application.port.in.account.FreezeMyAccount;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.session.LoginResult.Frozen;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A customer who lost their phone freezes their own account from another device. */
class FreezeMyAccountTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", PASSWORD);

    @Test
    void withTheRightPassword_theAccountIsFrozenAndEveryDeviceLoggedOut() {
        Session lostPhone = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        Session laptop = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));

        var result = hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD),
                InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(result).isEqualTo(new FreezeMyAccount.Frozen());
        for (Session opened : new Session[] {lostPhone, laptop}) {
            assertThat(hexmall.resumeSession.resume(Optional.of(opened.id())).principal())
                    .isEqualTo(Principal.ANONYMOUS);
        }
        assertThat(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor())).isEqualTo(new Frozen(FrozenBy.CUSTOMER));
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().profile().status())
                .isEqualTo(AccountStatus.FROZEN);
    }

    @Test
    void withAWrongPassword_nothingIsFrozenAndTheSessionStays() {
        Session laptop = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));

        var result = hexmall.freezeMyAccount.freeze(customer, new PlainPassword("tea-4two-pans"),
                InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(result).isEqualTo(new FreezeMyAccount.WrongPassword());
        assertThat(hexmall.resumeSession.resume(Optional.of(laptop.id())).principal())
                .isEqualTo(new Principal.Customer(customer));
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().profile().status())
                .isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void wrongPasswordsHere_countTowardsTheLoginLock_andTheOneThatLocksItFreezesTheAccount() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(hexmall.freezeMyAccount.freeze(customer, new PlainPassword("guess-" + attempt),
                    InMemoryHexmall.CLIENT_ADDRESS))
                    .isEqualTo(new FreezeMyAccount.WrongPassword());
            assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().profile().status())
                    .isEqualTo(AccountStatus.ACTIVE);
        }

        assertThat(hexmall.freezeMyAccount.freeze(customer, new PlainPassword("guess-5"),
                InMemoryHexmall.CLIENT_ADDRESS)).isEqualTo(new FreezeMyAccount.Frozen());

        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().profile().status())
                .isEqualTo(AccountStatus.FROZEN);
        assertThat(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor())).as("the login, still locked")
                .isInstanceOf(LoginResult.Locked.class);
    }

    @Test
    void aLoginLockedElsewhere_doesNotKeepTheOwnerFromFreezingTheAccount_andTellsNothingOfThePassword() {
        Session owner = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        hexmall.lockOut(PHONE);

        assertThat(hexmall.freezeMyAccount.freeze(customer, new PlainPassword("not-it-at-all"),
                InMemoryHexmall.CLIENT_ADDRESS)).as("a wrong password while locked")
                .isEqualTo(hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD),
                        InMemoryHexmall.CLIENT_ADDRESS))
                .isEqualTo(new FreezeMyAccount.Frozen());

        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().profile().status())
                .isEqualTo(AccountStatus.FROZEN);
        assertThat(hexmall.resumeSession.resume(Optional.of(owner.id())).principal())
                .isInstanceOf(Principal.Anonymous.class);
    }

    @Test
    void customerServiceUnfreezesIt_andTheCustomerLogsInAgain() {
        hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD), InMemoryHexmall.CLIENT_ADDRESS);
        var agent = hexmall.registeredAgent("wang.fang");

        hexmall.freezeAccount.unfreeze(AccountSupportCommand.fromForm(agent, customer, "Caller confirmed identity"));

        assertThat(sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor())).principal())
                .isEqualTo(new Principal.Customer(customer));
    }
}
