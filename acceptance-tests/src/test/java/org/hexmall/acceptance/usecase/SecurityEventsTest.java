package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.util.List;
import org.hexmall.application.port.in.account.RequestPasswordResetCommand;
import org.hexmall.application.port.in.account.ResetPasswordCommand;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.ForceUnbindCommand;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEvent.Source;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.BindingId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * What changes an account's security leaves a security event, which the customer reads in their activity and the
 * agent on the customer's page: who did it, and which wallet it concerned, its account masked.
 */
class SecurityEventsTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", PASSWORD);
    private final AgentId agent = hexmall.registeredAgent("wang.fang");

    @Test
    void aPasswordReset_isTheCustomers() {
        hexmall.requestPasswordReset.requestCode(RequestPasswordResetCommand.fromForm(PHONE, Language.ENGLISH));
        String code = hexmall.sms.latestCodeFor(PhoneNumber.parse(PHONE)).orElseThrow();

        hexmall.resetPassword.reset(ResetPasswordCommand.fromForm(PHONE, code, "green-tea-9cups", "green-tea-9cups",
                InMemoryHexmall.CLIENT_ADDRESS));

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::source)
                .containsExactly(tuple(SecurityEventKind.PASSWORD_RESET, Source.CUSTOMER));
    }

    @Test
    void aLoginLock_isTheSystems_withTheAddressTheWrongPasswordsCameFrom() {
        hexmall.lockOut(PHONE);

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::source, SecurityEvent::clientAddress)
                .containsExactly(tuple(SecurityEventKind.LOGIN_LOCKED, Source.SYSTEM, InMemoryHexmall.CLIENT_ADDRESS));
    }

    @Test
    void freezingOnesOwnAccount_isTheCustomers_andFreezingItAgainAddsNothing() {
        hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD), InMemoryHexmall.CLIENT_ADDRESS);
        hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD), InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::source)
                .containsExactly(tuple(SecurityEventKind.ACCOUNT_FROZEN, Source.CUSTOMER));
    }

    @Test
    void anAgentsFreezeAndUnfreeze_areTheAgents() {
        hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(agent, customer, "Customer reported a theft"));
        hexmall.freezeAccount.unfreeze(AccountSupportCommand.fromForm(agent, customer, "Caller confirmed identity"));

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::source).containsExactly(
                tuple(SecurityEventKind.ACCOUNT_UNFROZEN, Source.AGENT),
                tuple(SecurityEventKind.ACCOUNT_FROZEN, Source.AGENT));
    }

    @Test
    void anAgentClearingALoginLock_isTheAgents_afterTheSystemsLock() {
        hexmall.lockOut(PHONE);

        hexmall.clearLoginLock.clear(AccountSupportCommand.fromForm(agent, customer, "Caller confirmed identity"));

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::source).containsExactly(
                tuple(SecurityEventKind.LOGIN_LOCK_CLEARED, Source.AGENT),
                tuple(SecurityEventKind.LOGIN_LOCKED, Source.SYSTEM));
    }

    @Test
    void clearingALoginThatIsNotLocked_recordsNothing() {
        hexmall.clearLoginLock.clear(AccountSupportCommand.fromForm(agent, customer, "Caller confirmed identity"));

        assertThat(events()).isEmpty();
    }

    @Test
    void bindingAndUnbindingAWallet_nameTheWalletWithItsAccountMasked() {
        BindingId alipay = boundAlipay();
        hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::source, SecurityEvent::detail)
                .containsExactly(
                        tuple(SecurityEventKind.WALLET_UNBOUND, Source.CUSTOMER, "ALIPAY 138****0001"),
                        tuple(SecurityEventKind.WALLET_BOUND, Source.CUSTOMER, "ALIPAY 138****0001"));
    }

    @Test
    void anAgentsUnbind_isTheAgents() {
        BindingId alipay = boundAlipay();

        hexmall.forceUnbindWallet.forceUnbind(ForceUnbindCommand.fromForm(agent, customer, alipay,
                "Customer called: phone stolen"));

        assertThat(events().getFirst()).extracting(SecurityEvent::kind, SecurityEvent::source, SecurityEvent::detail)
                .containsExactly(SecurityEventKind.WALLET_UNBOUND, Source.AGENT, "ALIPAY 138****0001");
    }

    /** The customer's latest security events, newest first, as the agent's page lists them. */
    private List<SecurityEvent> events() {
        return hexmall.viewCustomerDetails.view(customer).orElseThrow().securityEvents();
    }

    private BindingId boundAlipay() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        return hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
    }
}
