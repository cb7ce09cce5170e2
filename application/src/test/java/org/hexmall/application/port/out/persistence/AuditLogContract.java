package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentAuditEntry;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.AuditRecord;
import org.hexmall.domain.support.CampaignAuditEntry;
import org.junit.jupiter.api.Test;

/** What every {@link AuditLog} adapter must do. Each test starts with an empty log. */
public abstract class AuditLogContract {

    private static final AgentId WANG_FANG = new AgentId(UUID.randomUUID());

    protected abstract AuditLog auditLog();

    @Test
    void givenAppendedEntry_forCustomer_returnsItWithEveryDetail() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        AuditEntry entry = new AuditEntry(NOW, WANG_FANG, "wang.fang", liLei, AgentAction.FORCE_UNBIND_WALLET,
                "5f0c1a9e-8a51-4c1e-9d0a-6f3b2f7c4e11", "The customer lost the phone the wallet was on.");
        auditLog().append(entry);

        assertThat(auditLog().forCustomer(liLei, 10)).containsExactly(entry);
    }

    @Test
    void everyKindOfAgentAction_isKept() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        for (AgentAction action : AgentAction.values()) {
            auditLog().append(new AuditEntry(NOW, WANG_FANG, "wang.fang", liLei, action, "subject", "A reason."));
        }

        assertThat(auditLog().forCustomer(liLei, AgentAction.values().length)).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AgentAction.values());
    }

    @Test
    void givenReasonOfTheLongestAllowedLengthInChinese_forCustomer_returnsItWhole() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        String longest = "客户来电要求解绑".repeat(AuditEntry.MAX_REASON_LENGTH / 8)
                + "解".repeat(AuditEntry.MAX_REASON_LENGTH % 8);
        auditLog().append(entryAbout(liLei, NOW, longest));

        assertThat(auditLog().forCustomer(liLei, 10)).extracting(AuditEntry::reason).containsExactly(longest);
    }

    @Test
    void givenFiveEntries_forCustomerWithLimitThree_returnsTheThreeNewestFirst() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        for (int minute = 0; minute < 5; minute++) {
            auditLog().append(entryAbout(liLei, NOW.plus(Duration.ofMinutes(minute)), "step " + minute));
        }

        assertThat(auditLog().forCustomer(liLei, 3)).extracting(AuditEntry::at).containsExactly(
                NOW.plus(Duration.ofMinutes(4)), NOW.plus(Duration.ofMinutes(3)), NOW.plus(Duration.ofMinutes(2)));
    }

    @Test
    void givenTwoEntriesAtTheSameMoment_forCustomer_listsTheOneAppendedLaterFirst() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        auditLog().append(entryAbout(liLei, NOW, "first"));
        auditLog().append(entryAbout(liLei, NOW, "second"));

        assertThat(auditLog().forCustomer(liLei, 10)).extracting(AuditEntry::reason)
                .containsExactly("second", "first");
    }

    @Test
    void givenEntriesAboutTwoCustomers_forCustomer_listsOnlyThatCustomers() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        CustomerId hanMeimei = new CustomerId(UUID.randomUUID());
        AuditEntry hers = entryAbout(hanMeimei, NOW, "about Han Meimei");
        auditLog().append(entryAbout(liLei, NOW, "about Li Lei"));
        auditLog().append(hers);

        assertThat(auditLog().forCustomer(hanMeimei, 10)).containsExactly(hers);
    }

    @Test
    void givenCustomerNoAgentActedFor_forCustomer_isEmpty() {
        auditLog().append(entryAbout(new CustomerId(UUID.randomUUID()), NOW, "about someone else"));

        assertThat(auditLog().forCustomer(new CustomerId(UUID.randomUUID()), 10)).isEmpty();
    }

    @Test
    void givenCampaignEntries_forCampaign_returnsThatCampaignsNewestFirst_andNoCustomerSeesThem() {
        CampaignId festival = new CampaignId(UUID.randomUUID());
        CampaignId other = new CampaignId(UUID.randomUUID());
        var created = new CampaignAuditEntry(NOW, WANG_FANG, "zhang.wei", festival, AgentAction.CREATE_CAMPAIGN,
                "", "Double 11 encore for Alipay payers.");
        var paused = new CampaignAuditEntry(NOW.plus(Duration.ofHours(1)), WANG_FANG, "zhang.wei", festival,
                AgentAction.PAUSE_CAMPAIGN, "", "暂停：预算核对中");
        auditLog().append(created);
        auditLog().append(new CampaignAuditEntry(NOW, WANG_FANG, "zhang.wei", other, AgentAction.END_CAMPAIGN, "",
                "Another campaign."));
        auditLog().append(paused);
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        auditLog().append(entryAbout(liLei, NOW, "about Li Lei"));

        assertThat(auditLog().forCampaign(festival, 10)).containsExactly(paused, created);
        assertThat(auditLog().forCampaign(festival, 1)).containsExactly(paused);
        assertThat(auditLog().forCampaign(new CampaignId(UUID.randomUUID()), 10)).isEmpty();
        assertThat(auditLog().forCustomer(liLei, 10)).extracting(AuditEntry::reason).containsExactly("about Li Lei");
    }

    @Test
    void everyKindOfAgentAction_isKeptForACampaign() {
        CampaignId festival = new CampaignId(UUID.randomUUID());
        for (AgentAction action : AgentAction.values()) {
            auditLog().append(new CampaignAuditEntry(NOW, WANG_FANG, "zhang.wei", festival, action,
                    "budget ¥50,000.00 → ¥60,000.00", "A reason."));
        }

        assertThat(auditLog().forCampaign(festival, AgentAction.values().length)).extracting(CampaignAuditEntry::action)
                .containsExactlyInAnyOrder(AgentAction.values());
    }

    private static AuditEntry entryAbout(CustomerId customerId, Instant at, String reason) {
        return new AuditEntry(at, WANG_FANG, "wang.fang", customerId, AgentAction.FORCE_UNBIND_WALLET,
                UUID.randomUUID().toString(), reason);
    }

    @Test
    void givenEntriesOfEveryKind_searchWithoutFilter_listsThemAllNewestFirst() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        CampaignId double11 = new CampaignId(UUID.randomUUID());
        AgentId zhaoLei = new AgentId(UUID.randomUUID());
        AuditEntry aboutCustomer = entryAbout(liLei, NOW, "Customer called.");
        CampaignAuditEntry aboutCampaign = new CampaignAuditEntry(NOW.plusSeconds(60), WANG_FANG, "wang.fang",
                double11, AgentAction.PAUSE_CAMPAIGN, "paused", "Budget review.");
        AgentAuditEntry aboutAgent = new AgentAuditEntry(NOW.plusSeconds(120), WANG_FANG, "wang.fang", zhaoLei,
                AgentAction.CREATE_AGENT, "zhao.lei AGENT", "");
        auditLog().append(aboutCustomer);
        auditLog().append(aboutCampaign);
        auditLog().append(aboutAgent);

        assertThat(auditLog().search(AuditLogFilter.EVERYTHING, 0, 10)).containsExactly(
                AuditRecord.of(aboutAgent), AuditRecord.of(aboutCampaign), AuditRecord.of(aboutCustomer));
        assertThat(auditLog().search(AuditLogFilter.EVERYTHING, 0, 10).getFirst())
                .returns(AuditRecord.Target.AGENT, AuditRecord::target)
                .returns(zhaoLei.toString(), AuditRecord::targetId)
                .returns("", AuditRecord::reason);
    }

    @Test
    void everyKindOfAgentAction_isKeptAboutAnAgent() {
        AgentId zhaoLei = new AgentId(UUID.randomUUID());
        for (AgentAction action : AgentAction.values()) {
            auditLog().append(new AgentAuditEntry(NOW, WANG_FANG, "wang.fang", zhaoLei, action, "zhao.lei", ""));
        }

        assertThat(auditLog().search(AuditLogFilter.EVERYTHING, 0, 50)).extracting(AuditRecord::action)
                .containsExactlyInAnyOrder(AgentAction.values());
    }

    @Test
    void search_filtersByAgentCustomerActionAndTimeRange_eachAloneAndTogether() {
        AgentId zhaoLei = new AgentId(UUID.randomUUID());
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        CustomerId hanMeimei = new CustomerId(UUID.randomUUID());
        AuditEntry early = new AuditEntry(NOW, WANG_FANG, "wang.fang", liLei, AgentAction.FREEZE_ACCOUNT, "account",
                "Lost phone.");
        AuditEntry byZhao = new AuditEntry(NOW.plusSeconds(3600), zhaoLei, "zhao.lei", liLei,
                AgentAction.UNFREEZE_ACCOUNT, "account", "Found phone.");
        AuditEntry otherCustomer = new AuditEntry(NOW.plusSeconds(7200), WANG_FANG, "wang.fang", hanMeimei,
                AgentAction.FREEZE_ACCOUNT, "account", "Fraud suspected.");
        auditLog().append(early);
        auditLog().append(byZhao);
        auditLog().append(otherCustomer);
        var none = Optional.<Instant>empty();

        assertThat(auditLog().search(new AuditLogFilter(Optional.of(zhaoLei), Optional.empty(),
                Optional.empty(), none, none), 0, 10)).containsExactly(AuditRecord.of(byZhao));
        assertThat(auditLog().search(new AuditLogFilter(Optional.empty(), Optional.of(liLei),
                Optional.empty(), none, none), 0, 10))
                .containsExactly(AuditRecord.of(byZhao), AuditRecord.of(early));
        assertThat(auditLog().search(new AuditLogFilter(Optional.empty(), Optional.empty(),
                Optional.of(AgentAction.FREEZE_ACCOUNT), none, none), 0, 10))
                .containsExactly(AuditRecord.of(otherCustomer), AuditRecord.of(early));
        assertThat(auditLog().search(new AuditLogFilter(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(NOW.plusSeconds(3600)),
                Optional.of(NOW.plusSeconds(7200))), 0, 10))
                .as("from is included, until is not")
                .containsExactly(AuditRecord.of(byZhao));
        assertThat(auditLog().search(new AuditLogFilter(Optional.of(WANG_FANG),
                Optional.of(liLei), Optional.of(AgentAction.FREEZE_ACCOUNT), none, none), 0, 10))
                .containsExactly(AuditRecord.of(early));
    }

    @Test
    void givenFiveEntries_searchSkipsAndLimits_newestFirst() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        for (int minute = 0; minute < 5; minute++) {
            auditLog().append(entryAbout(liLei, NOW.plus(Duration.ofMinutes(minute)), "step " + minute));
        }

        assertThat(auditLog().search(AuditLogFilter.EVERYTHING, 1, 2)).extracting(AuditRecord::reason)
                .containsExactly("step 3", "step 2");
        assertThat(auditLog().search(AuditLogFilter.EVERYTHING, 5, 2)).isEmpty();
    }

    /**
     * An export reads the whole log a stretch at a time. Three lines to each second, so that stretches end between
     * lines of the same instant: every line comes once, newest first. (AuditLogDownloadTest downloads more than ten
     * thousand lines from the database.)
     */
    @Test
    void aLongLog_isReadWholeInStretches_newestFirst_eachLineOnce() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        int lines = 2_050;
        for (int line = 0; line < lines; line++) {
            auditLog().append(entryAbout(liLei, NOW.plusSeconds(line / 3), "line " + line));
        }

        List<String> read = new ArrayList<>();
        int stretches = 0;
        Optional<AuditLogStretch.Position> after = Optional.empty();
        do {
            AuditLogStretch stretch = auditLog().stretch(AuditLogFilter.EVERYTHING, after, 200);
            assertThat(stretch.records()).hasSizeLessThanOrEqualTo(200);
            stretch.records().forEach(record -> read.add(record.reason()));
            after = stretch.next();
            stretches++;
        } while (after.isPresent());

        assertThat(read).hasSize(lines);
        assertThat(read).containsExactlyElementsOf(IntStream.iterate(lines - 1, line -> line >= 0, line -> line - 1)
                .mapToObj(line -> "line " + line).toList());
        assertThat(stretches).isEqualTo(11);
    }

    @Test
    void stretches_keepToTheFilter_andEndWhereItsLinesEnd() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        CustomerId hanMeimei = new CustomerId(UUID.randomUUID());
        for (int minute = 0; minute < 5; minute++) {
            auditLog().append(entryAbout(liLei, NOW.plus(Duration.ofMinutes(minute)), "Li Lei " + minute));
            auditLog().append(entryAbout(hanMeimei, NOW.plus(Duration.ofMinutes(minute)), "Han Meimei " + minute));
        }
        AuditLogFilter hers = new AuditLogFilter(Optional.empty(), Optional.of(hanMeimei), Optional.empty(),
                Optional.empty(), Optional.empty());

        AuditLogStretch first = auditLog().stretch(hers, Optional.empty(), 2);
        AuditLogStretch second = auditLog().stretch(hers, first.next(), 2);
        AuditLogStretch third = auditLog().stretch(hers, second.next(), 2);

        assertThat(first.records()).extracting(AuditRecord::reason).containsExactly("Han Meimei 4", "Han Meimei 3");
        assertThat(second.records()).extracting(AuditRecord::reason).containsExactly("Han Meimei 2", "Han Meimei 1");
        assertThat(third.records()).extracting(AuditRecord::reason).containsExactly("Han Meimei 0");
        assertThat(third.next()).isEmpty();
        assertThat(auditLog().stretch(hers, Optional.empty(), 5).next()).as("a full stretch may have more after it")
                .isPresent();
        assertThat(auditLog().stretch(new AuditLogFilter(Optional.empty(), Optional.of(new CustomerId(
                UUID.randomUUID())), Optional.empty(), Optional.empty(), Optional.empty()), Optional.empty(), 5))
                .returns(List.of(), AuditLogStretch::records)
                .returns(Optional.empty(), AuditLogStretch::next);
    }
}
