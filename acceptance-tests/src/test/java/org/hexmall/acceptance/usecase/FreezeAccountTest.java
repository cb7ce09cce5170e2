package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.session.LoginResult.Frozen;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A customer reports a lost phone, or fraud is suspected: an agent freezes the account, which ends every session it
 * has open at once, and unfreezes it once that is settled.
 */
class FreezeAccountTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final String REASON = "Customer called: phone lost on the metro";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final AgentId agent = hexmall.registeredAgent("wang.fang");
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", PASSWORD);

    @Test
    void freezing_endsEverySessionTheCustomerHasOpen_atOnce() {
        Session onThePhone = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        Session onTheLaptop = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));

        boolean frozen = hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(agent, customer, REASON));

        assertThat(frozen).isTrue();
        for (Session opened : new Session[] {onThePhone, onTheLaptop}) {
            Session next = hexmall.resumeSession.resume(Optional.of(opened.id()));
            assertThat(next.principal()).isEqualTo(Principal.ANONYMOUS);
            assertThat(next.id()).isNotEqualTo(opened.id());
        }
    }

    @Test
    void freezingOneAccount_leavesOtherCustomersSignedIn() {
        hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");
        Session hanMeimei = sessionAfter(hexmall.logIn("13900139000", "other-pass-99", hexmall.newVisitor()));

        hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(agent, customer, REASON));

        assertThat(hexmall.resumeSession.resume(Optional.of(hanMeimei.id())).id()).isEqualTo(hanMeimei.id());
    }

    @Test
    void aFrozenAccount_cannotLogInAgainUntilUnfrozen() {
        hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(agent, customer, REASON));

        assertThat(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()))
                .isEqualTo(new Frozen(FrozenBy.CUSTOMER_SERVICE));

        boolean unfrozen = hexmall.freezeAccount.unfreeze(
                AccountSupportCommand.fromForm(agent, customer, "Customer found the phone and called back"));

        assertThat(unfrozen).isTrue();
        assertThat(sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor())).principal())
                .isEqualTo(new Principal.Customer(customer));
    }

    @Test
    void freezingAndUnfreezing_areInTheAuditLogWithTheAgentAndTheReasons() {
        Instant at = hexmall.clock.instant();

        hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(agent, customer, REASON));
        hexmall.freezeAccount.unfreeze(AccountSupportCommand.fromForm(agent, customer, "Phone found"));

        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().auditTrail()).containsExactlyInAnyOrder(
                new AuditEntry(at, agent, "wang.fang", customer, AgentAction.FREEZE_ACCOUNT, "account", REASON),
                new AuditEntry(at, agent, "wang.fang", customer, AgentAction.UNFREEZE_ACCOUNT, "account",
                        "Phone found"));
    }

    @Test
    void freezingAFrozenAccountOrUnfreezingAnActiveOne_changesNothingAndAuditsNothing() {
        assertThat(hexmall.freezeAccount.unfreeze(AccountSupportCommand.fromForm(agent, customer, REASON))).isFalse();
        hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(agent, customer, REASON));

        assertThat(hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(agent, customer, REASON))).isFalse();

        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().auditTrail()).hasSize(1);
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().profile().status())
                .isEqualTo(AccountStatus.FROZEN);
    }

    @Test
    void withoutAReason_nothingIsFrozenAndTheFormSaysWhy() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> AccountSupportCommand.fromForm(agent, customer, ""))
                .satisfies(invalid -> assertThat(invalid.errors())
                        .containsExactly(new FieldError("reason", "audit.reason.required")));
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().profile().status())
                .isEqualTo(AccountStatus.ACTIVE);
    }
}
