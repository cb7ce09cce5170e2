package org.hexmall.application.port.in.promotion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A campaign change's audit subject is read back as the change it names, whenever it was written. */
class CampaignChangeSubjectTest {

    @Test
    void eachChange_isKeptInTheWordsTheAuditLogAlwaysHad_andReadBack() {
        var budget = new CampaignChangeSubject.Budget(Money.ofYuan(50_000, 0), Money.ofYuan(1_234, 50));
        var uses = new CampaignChangeSubject.UsesPerCustomer(3, 10);
        var window = new CampaignChangeSubject.Window(LocalDateTime.parse("2026-11-11T00:00"),
                LocalDateTime.parse("2026-11-20T00:00"), LocalDateTime.parse("2026-11-12T08:30"),
                LocalDateTime.parse("2026-11-21T00:00"), ZoneId.of("Asia/Shanghai"));

        assertThat(budget.subject()).isEqualTo("budget ¥50,000.00 -> ¥1,234.50");
        assertThat(uses.subject()).isEqualTo("uses per customer 3 -> 10");
        assertThat(window.subject()).isEqualTo(
                "window 2026-11-11 00:00 to 2026-11-20 00:00 -> 2026-11-12 08:30 to 2026-11-21 00:00 (Asia/Shanghai)");
        for (CampaignChangeSubject change : new CampaignChangeSubject[] {budget, uses, window}) {
            assertThat(CampaignChangeSubject.parse(change.subject())).contains(change);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "FESTIVAL", "budget ¥40 -> ¥30", "uses per customer 3 -> ", "budget ¥40.00 -> ¥30.00 ",
            "window 2026-13-40 00:00 to 2026-11-20 00:00 -> 2026-11-12 00:00 to 2026-11-21 00:00 (Asia/Shanghai)",
            "window 2026-11-11 00:00 to 2026-11-20 00:00 -> 2026-11-12 00:00 to 2026-11-21 00:00 (Nowhere/Atlantis)",
            "budget ¥99,999,999,999,999,999.99 -> ¥1.00"})
    void anyOtherSubject_namesNoChange(String subject) {
        assertThat(CampaignChangeSubject.parse(subject)).isEmpty();
    }
}
