package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.hexmall.application.port.in.promotion.CampaignActionCommand;
import org.hexmall.application.port.in.promotion.CampaignOutcome;
import org.hexmall.application.port.in.risk.ResolveAlertCommand;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.ActionNotPermittedException;
import org.hexmall.application.port.in.support.AgentStatusCommand;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ForceUnbindCommand;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.BindingId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Every console use case that changes something asks the permissions table for the agent as stored now, before it
 * looks at what it would change: a disabled agent is refused each of them, whatever their role, and a plain agent the
 * supervisors' ones. (The actions an agent may take are tested where each is: ForceUnbindWalletTest, FreezeAccountTest
 * and the others.)
 */
class ConsoleActionsByRoleTest {

    private static final String REASON = "Customer called from the registered number";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final UseCases useCases = hexmall.anotherServer();
    private final AgentId supervisor = hexmall.registeredSupervisor("zhang.wei");
    private final AgentId agent = hexmall.registeredAgent("wang.fang");
    private final CustomerId liLei = hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷",
            "tea-4two-pots");

    /** Each customer action an agent may take, as the given agent would take it. */
    private Map<ConsoleAction, Consumer<AgentId>> customerActions() {
        return Map.of(
                ConsoleAction.FORCE_UNBIND_WALLET, by -> hexmall.forceUnbindWallet.forceUnbind(
                        ForceUnbindCommand.fromForm(by, liLei, new BindingId(UUID.randomUUID()), REASON)),
                ConsoleAction.CLEAR_LOGIN_LOCK, by -> hexmall.clearLoginLock.clear(
                        AccountSupportCommand.fromForm(by, liLei, REASON)),
                ConsoleAction.FREEZE_ACCOUNT, by -> hexmall.freezeAccount.freeze(
                        AccountSupportCommand.fromForm(by, liLei, REASON)),
                ConsoleAction.UNFREEZE_ACCOUNT, by -> hexmall.freezeAccount.unfreeze(
                        AccountSupportCommand.fromForm(by, liLei, REASON)),
                ConsoleAction.REVOKE_DEVICE, by -> hexmall.revokeCustomerDevice.revoke(
                        AccountSupportCommand.fromForm(by, liLei, REASON), new DeviceId(UUID.randomUUID())),
                ConsoleAction.RESOLVE_RISK_ALERT, by -> hexmall.resolveRiskAlert.resolve(ResolveAlertCommand.fromForm(
                        by, new RiskAlertId(UUID.randomUUID()), "FALSE_POSITIVE", REASON)));
    }

    @Test
    void anEnabledAgent_takesEveryCustomerActionTheTableGivesAgents() {
        customerActions().forEach((action, take) -> take.accept(agent));

        assertThat(hexmall.viewCustomerDetails.view(liLei).orElseThrow().auditTrail()).isNotEmpty();
    }

    @Test
    void aDisabledAgent_isRefusedEveryCustomerAction_andNothingChanges() {
        useCases.manageAgents().disable(AgentStatusCommand.fromForm(supervisor, agent, "Left the team"));

        customerActions().forEach((action, take) ->
                assertThatExceptionOfType(ActionNotPermittedException.class).as(action.name())
                        .isThrownBy(() -> take.accept(agent))
                        .satisfies(refused -> assertThat(refused.action()).isEqualTo(action)));
        assertThat(hexmall.viewCustomerDetails.view(liLei).orElseThrow().auditTrail()).isEmpty();
    }

    @Test
    void aPlainAgent_isRefusedTheCampaigns_andADisabledSupervisorToo() {
        CampaignId campaign = new CampaignId(UUID.randomUUID());

        assertThat(useCases.pauseCampaign().pause(CampaignActionCommand.fromForm(agent, campaign, REASON)))
                .isInstanceOf(CampaignOutcome.NotSupervisor.class);
        AgentId other = hexmall.registeredSupervisor("liu.yang");
        useCases.manageAgents().disable(AgentStatusCommand.fromForm(supervisor, other, "Left the team"));
        assertThat(useCases.pauseCampaign().pause(CampaignActionCommand.fromForm(other, campaign, REASON)))
                .isInstanceOf(CampaignOutcome.NotSupervisor.class);
        assertThat(useCases.pauseCampaign().pause(CampaignActionCommand.fromForm(supervisor, campaign, REASON)))
                .isInstanceOf(CampaignOutcome.NotFound.class);
    }
}
