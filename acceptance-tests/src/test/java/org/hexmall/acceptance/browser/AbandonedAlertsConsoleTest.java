package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.named;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.risk.FiredRule;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAssessment;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskDecision;
import org.hexmall.domain.risk.RiskReason;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.security.StepUpFactor;
import org.junit.jupiter.api.Test;

/**
 * A binding from a new device was stepped up with an SMS code that 李雷 never entered: once nothing can answer it,
 * housekeeping stores the alert as abandoned, and the agent lists exactly those alerts by "How it ended".
 * <p>
 * This class has its own hexmall, so the only alerts in it are the demo's and the one its test raises.
 */
@BrowserFlowTest
class AbandonedAlertsConsoleTest {

    @Test
    void anUnansweredStepUp_isStoredAbandoned_andTheQueueFiltersByIt(Page page, HexmallApplication hexmall,
                                                                     MovableClock clock) {
        var liLei = hexmall.storage().customers().findByPhone(new PhoneNumber("13800000001")).orElseThrow();
        hexmall.storage().riskAlerts().raise(RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), liLei.id(),
                clock.instant(), RiskAttempt.binding("ALIPAY 138****0001"),
                new RiskAssessment(List.of(new FiredRule(RiskRule.NEW_DEVICE, 40, RiskReason.of(RiskRule.NEW_DEVICE))),
                        RiskDecision.STEP_UP, Optional.of(StepUpFactor.SMS_CODE))));
        clock.moveOn(RiskAlert.ANSWERABLE_FOR.plus(Duration.ofMinutes(1)));
        // What the housekeeping chore does once a minute.
        hexmall.useCases().markAbandonedAlerts().mark();

        SupportConsole.alreadyLoggedIn(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.navigate("/admin/alerts");
        page.getByLabel("How it ended").selectOption("Abandoned: never answered");
        page.getByRole(AriaRole.BUTTON, named("Show")).click();

        assertThat(dataRows(page.getByRole(AriaRole.TABLE))).hasCount(1);
        assertThat(dataRows(page.getByRole(AriaRole.TABLE)).first()).containsText(
                "Asked to verify, never answered: the check expired unused and nothing went ahead");
        assertThat(dataRows(page.getByRole(AriaRole.TABLE)).first()).containsText("李雷");

        page.getByLabel("How it ended").selectOption("Refused");
        page.getByRole(AriaRole.BUTTON, named("Show")).click();
        assertThat(dataRows(page.getByRole(AriaRole.TABLE)).first()).containsText("韩梅梅");
        assertThat(page.getByRole(AriaRole.TABLE)).not().containsText("李雷");
    }
}
