package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a security event's detail or a risk alert's subject says, in the reader's language and the store's time. */
class DisplayEventDetailsTest {

    private final DisplayEventDetails details = new DisplayEventDetails(new Messages(List.of("i18n/common")),
            new DisplayTime(ZoneId.of("Asia/Shanghai")));

    @Test
    void theTimeOfAReportedLine_isShownInTheStoresTimeZoneToTheSecond_asEveryOtherTime() {
        assertThat(details.describe("LOGIN_LOCKED 2026-12-08T00:30:41.458331Z", Locale.ENGLISH))
                .isEqualTo("Login locked after too many wrong passwords 2026-12-08 08:30:41");
        assertThat(details.describe("LOGIN_LOCK_CLEARED 2026-12-07T16:00:00Z", Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("客服已解除登录锁定 2026-12-08 00:00:00");
    }

    @Test
    void whatFollowsANameWithoutBeingAnInstant_isShownAsKept() {
        assertThat(details.describe("LOGIN_LOCKED at noon", Locale.ENGLISH))
                .isEqualTo("Login locked after too many wrong passwords at noon");
        assertThat(details.describe("LOGIN_LOCKED", Locale.ENGLISH))
                .isEqualTo("Login locked after too many wrong passwords");
        assertThat(details.describe("Something else 2026-12-08T00:30:41Z", Locale.ENGLISH))
                .isEqualTo("Something else 2026-12-08T00:30:41Z");
    }
}
