package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.ActionNotPermittedException;
import org.hexmall.application.port.in.support.AuditLogPage;
import org.hexmall.application.port.in.support.AuditLogQuery;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.SearchAuditLog;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditRecord;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Supervisors read the audit log of every agent, filtered by agent, customer, action and days of Shanghai time. */
class SearchAuditLogTest {

    private static final String REASON = "Customer called from the registered number";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final UseCases useCases = hexmall.anotherServer();
    private final AgentId supervisor = hexmall.registeredSupervisor("zhang.wei");
    private final AgentId wangFang = hexmall.registeredAgent("wang.fang");
    private final AgentId zhaoLei = hexmall.registeredAgent("zhao.lei");
    private final CustomerId liLei = hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷",
            "tea-4two-pots");
    private final CustomerId hanMeimei = hexmall.registeredCustomer("13900139000", "han@example.com", "韩梅梅",
            "other-pass-99");

    @Test
    void theFilter_narrowsByAgentCustomerActionAndDaysOfShanghaiTime() {
        // 2025-11-11 18:00 in Shanghai
        Instant firstDay = hexmall.clock.instant();
        hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(wangFang, liLei, REASON));
        // 2025-11-12 02:00 in Shanghai: the next day there, though still the 11th in UTC
        hexmall.clock.advance(Duration.ofHours(8));
        hexmall.freezeAccount.unfreeze(AccountSupportCommand.fromForm(zhaoLei, liLei, REASON));
        hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(wangFang, hanMeimei, REASON));

        assertThat(search(AuditLogQuery.fromForm(wangFang.toString(), "", "", "", ""))).extracting(
                AuditRecord::targetId).containsExactly(hanMeimei.toString(), liLei.toString());
        assertThat(search(AuditLogQuery.fromForm("", liLei.toString(), "", "", ""))).extracting(AuditRecord::action)
                .containsExactly(AgentAction.UNFREEZE_ACCOUNT, AgentAction.FREEZE_ACCOUNT);
        assertThat(search(AuditLogQuery.fromForm("", "", "FREEZE_ACCOUNT", "", ""))).hasSize(2);
        assertThat(search(AuditLogQuery.fromForm("", "", "", "2025-11-11", "2025-11-11")))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.at()).isEqualTo(firstDay);
                    assertThat(entry.agentUsername()).isEqualTo("wang.fang");
                    assertThat(entry.reason()).isEqualTo(REASON);
                });
        assertThat(search(AuditLogQuery.fromForm("", "", "", "2025-11-12", ""))).hasSize(2);
        assertThat(search(AuditLogQuery.fromForm(wangFang.toString(), liLei.toString(), "FREEZE_ACCOUNT",
                "2025-11-11", "2025-11-12"))).singleElement()
                .returns(firstDay, AuditRecord::at);
    }

    @Test
    void aLongLog_isReadAPageAtATime_newestFirst() {
        for (int i = 0; i < SearchAuditLog.PAGE_SIZE + 1; i++) {
            hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(wangFang, liLei, "freeze " + i));
            hexmall.freezeAccount.unfreeze(AccountSupportCommand.fromForm(wangFang, liLei, "unfreeze " + i));
            hexmall.clock.advance(Duration.ofMinutes(1));
        }

        AuditLogPage first = useCases.searchAuditLog().search(supervisor, AuditLogQuery.EVERYTHING, 1);
        AuditLogPage third = useCases.searchAuditLog().search(supervisor, AuditLogQuery.EVERYTHING, 3);

        assertThat(first.entries()).hasSize(SearchAuditLog.PAGE_SIZE);
        assertThat(first.hasNext()).isTrue();
        assertThat(third.entries()).hasSize(2);
        assertThat(third.hasNext()).isFalse();
        assertThat(third.entries()).extracting(AuditRecord::reason).containsExactly("unfreeze 0", "freeze 0");
        List<AuditRecord> exported = new ArrayList<>();
        useCases.searchAuditLog().export(supervisor, AuditLogQuery.EVERYTHING, exported::add);
        assertThat(exported).hasSize(2 * (SearchAuditLog.PAGE_SIZE + 1));
        assertThat(exported.getLast().reason()).isEqualTo("freeze 0");
    }

    @Test
    void aPlainAgent_mayNotReadOrExportTheLog() {
        hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(wangFang, liLei, REASON));

        assertThatExceptionOfType(ActionNotPermittedException.class)
                .isThrownBy(() -> useCases.searchAuditLog().search(wangFang, AuditLogQuery.EVERYTHING, 1))
                .satisfies(refused -> assertThat(refused.action()).isEqualTo(ConsoleAction.VIEW_AUDIT_LOG));
        assertThatExceptionOfType(ActionNotPermittedException.class)
                .isThrownBy(() -> useCases.searchAuditLog().export(wangFang, AuditLogQuery.EVERYTHING, entry -> {
                    throw new AssertionError("an entry was handed to an agent who may not export: " + entry);
                }));
    }

    @Test
    void aFilterThatCannotBeRead_namesEachFieldToFix() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> AuditLogQuery.fromForm("wang.fang", "li lei", "DELETE_EVERYTHING", "11/11/2025",
                        "2025-13-01"))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("agent", "customer", "action", "from", "to"));
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> AuditLogQuery.fromForm("", "", "", "2025-11-12", "2025-11-11"))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::code)
                        .containsExactly("audit.filter.to.before-from"));
    }

    private List<AuditRecord> search(AuditLogQuery query) {
        return useCases.searchAuditLog().search(supervisor, query, 1).entries();
    }
}
