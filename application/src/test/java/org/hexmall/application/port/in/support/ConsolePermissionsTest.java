package org.hexmall.application.port.in.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.hexmall.domain.support.AgentRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole table of who may do what in the console, written out row by row: an agent helps customers (views them,
 * adds notes, unbinds, unlocks, freezes, refunds under the limit, asks for approval); a supervisor may do all of it,
 * and also approves, runs campaigns, manages the team and reads the audit log.
 */
class ConsolePermissionsTest {

    /** Every action, and whether an AGENT and a SUPERVISOR may take it. */
    static Stream<Arguments> table() {
        return Stream.of(
                row(ConsoleAction.VIEW_CUSTOMERS, true, true),
                row(ConsoleAction.ADD_CASE_NOTE, true, true),
                row(ConsoleAction.FORCE_UNBIND_WALLET, true, true),
                row(ConsoleAction.CLEAR_LOGIN_LOCK, true, true),
                row(ConsoleAction.FREEZE_ACCOUNT, true, true),
                row(ConsoleAction.UNFREEZE_ACCOUNT, true, true),
                row(ConsoleAction.REVOKE_DEVICE, true, true),
                row(ConsoleAction.RESOLVE_RISK_ALERT, true, true),
                row(ConsoleAction.REFUND_UNDER_LIMIT, true, true),
                row(ConsoleAction.REQUEST_REFUND_APPROVAL, true, true),
                row(ConsoleAction.APPROVE_REFUND, false, true),
                row(ConsoleAction.HANDLE_AFTER_SALES, true, true),
                row(ConsoleAction.GRANT_COMPENSATION, true, true),
                row(ConsoleAction.APPROVE_COMPENSATION, false, true),
                row(ConsoleAction.MANAGE_CAMPAIGNS, false, true),
                row(ConsoleAction.MANAGE_AGENTS, false, true),
                row(ConsoleAction.VIEW_AUDIT_LOG, false, true),
                row(ConsoleAction.CHANGE_OWN_PASSWORD, true, true));
    }

    @ParameterizedTest(name = "{0}: agent {1}, supervisor {2}")
    @MethodSource("table")
    void eachRoleMayTakeExactlyTheActionsOfItsColumn(ConsoleAction action, boolean agent, boolean supervisor) {
        assertThat(ConsolePermissions.allows(AgentRole.AGENT, action)).as("AGENT may %s", action).isEqualTo(agent);
        assertThat(ConsolePermissions.allows(AgentRole.SUPERVISOR, action)).as("SUPERVISOR may %s", action)
                .isEqualTo(supervisor);
        assertThat(ConsolePermissions.of(AgentRole.AGENT).contains(action)).isEqualTo(agent);
        assertThat(ConsolePermissions.of(AgentRole.SUPERVISOR).contains(action)).isEqualTo(supervisor);
    }

    @Test
    void theTableAbove_hasARowForEveryActionTheConsoleNames() {
        assertThat(table().map(arguments -> (ConsoleAction) arguments.get()[0]))
                .containsExactlyInAnyOrder(ConsoleAction.values());
    }

    @Test
    void aSupervisor_mayDoEverythingAnAgentMay() {
        assertThat(ConsolePermissions.of(AgentRole.SUPERVISOR)).containsAll(ConsolePermissions.of(AgentRole.AGENT));
    }

    @Test
    void everyRole_hasAColumn() {
        assertThat(Arrays.stream(AgentRole.values()).map(ConsolePermissions::of))
                .allSatisfy(actions -> assertThat(actions).contains(ConsoleAction.CHANGE_OWN_PASSWORD));
    }

    @Test
    void whatARoleMayDo_cannotBeChangedByItsReader() {
        var agentActions = ConsolePermissions.of(AgentRole.AGENT);
        agentActions.add(ConsoleAction.MANAGE_AGENTS);

        assertThat(ConsolePermissions.allows(AgentRole.AGENT, ConsoleAction.MANAGE_AGENTS)).isFalse();
        assertThat(EnumSet.copyOf(ConsolePermissions.of(AgentRole.AGENT))).doesNotContain(ConsoleAction.MANAGE_AGENTS);
    }

    private static Arguments row(ConsoleAction action, boolean agent, boolean supervisor) {
        return Arguments.of(action, agent, supervisor);
    }
}
