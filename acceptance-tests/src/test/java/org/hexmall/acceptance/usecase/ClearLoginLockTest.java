package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.time.Instant;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.session.LoginResult.Locked;
import org.hexmall.application.port.in.session.LoginResult.WrongCredentials;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A customer who locked themselves out with wrong passwords calls customer service, as the lock's message says to,
 * and an agent clears the lock.
 */
class ClearLoginLockTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final String REASON = "Customer called from the registered number and confirmed their identity";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final AgentId agent = hexmall.registeredAgent("wang.fang");
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", PASSWORD);

    @Test
    void afterTheAgentClearsTheLock_theCustomerLogsInWithTheRightPasswordAtOnce() {
        hexmall.lockOut(PHONE);

        boolean cleared = hexmall.clearLoginLock.clear(AccountSupportCommand.fromForm(agent, customer, REASON));

        assertThat(cleared).isTrue();
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().lockedUntil()).isEmpty();
        assertThat(sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor())).principal())
                .isEqualTo(new Principal.Customer(customer));
    }

    @Test
    void clearingTheLock_forgetsTheWrongPasswordsBeforeIt() {
        hexmall.lockOut(PHONE);
        hexmall.clearLoginLock.clear(AccountSupportCommand.fromForm(agent, customer, REASON));

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(hexmall.logIn(PHONE, "not-the-password", hexmall.newVisitor()))
                    .isInstanceOf(WrongCredentials.class);
        }
        assertThat(hexmall.logIn(PHONE, "not-the-password", hexmall.newVisitor())).isInstanceOf(Locked.class);
    }

    @Test
    void theClearedLock_isInTheAuditLogWithTheAgentAndTheReason() {
        hexmall.lockOut(PHONE);
        Instant clearedAt = hexmall.clock.instant();

        hexmall.clearLoginLock.clear(AccountSupportCommand.fromForm(agent, customer, REASON));

        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().auditTrail()).containsExactly(
                new AuditEntry(clearedAt, agent, "wang.fang", customer, AgentAction.CLEAR_LOGIN_LOCK, "login",
                        REASON));
    }

    @Test
    void aLoginThatIsNotLocked_isLeftAsItIsAndNothingIsAudited() {
        boolean cleared = hexmall.clearLoginLock.clear(AccountSupportCommand.fromForm(agent, customer, REASON));

        assertThat(cleared).isFalse();
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().auditTrail()).isEmpty();
    }

    @Test
    void withoutAReason_theLockIsNotClearedAndTheFormSaysWhy() {
        Instant lockEnds = hexmall.lockOut(PHONE);

        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> AccountSupportCommand.fromForm(agent, customer, "   "))
                .satisfies(invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("reason", "audit.reason.required")));
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().lockedUntil()).contains(lockEnds);
    }
}
