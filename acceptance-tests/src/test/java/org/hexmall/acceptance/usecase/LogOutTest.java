package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.junit.jupiter.api.Test;

class LogOutTest {

    private final InMemoryHexmall hexmall = new InMemoryHexmall();

    @Test
    void afterLoggingOut_theSessionIdNoLongerActsForTheCustomer() {
        hexmall.registeredCustomer("13800138000", "", "李雷", "tea-4two-pots");
        Session loggedIn = InMemoryHexmall.sessionAfter(
                hexmall.logIn("13800138000", "tea-4two-pots", hexmall.newVisitor()));

        hexmall.logOut.logOut(loggedIn.id());

        Session nextRequest = hexmall.resumeSession.resume(Optional.of(loggedIn.id()));
        assertThat(nextRequest.id()).isNotEqualTo(loggedIn.id());
        assertThat(nextRequest.principal()).isEqualTo(Principal.ANONYMOUS);
    }
}
