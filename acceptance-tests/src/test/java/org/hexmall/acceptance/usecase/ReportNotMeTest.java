package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.util.Optional;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.account.ActivityEntry;
import org.hexmall.application.port.in.account.ReportNotMeCommand;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.AlertSeverity;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** "This wasn't me" on a line of the customer's account activity. */
class ReportNotMeTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final String REPORTED_FROM = "198.51.100.23";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", PASSWORD);

    @Test
    void theReport_freezesTheAccount_andLogsOutEveryBrowser_theIntrudersToo() {
        Session mine = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        Session intruders = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        ActivityEntry intrusion = hexmall.viewMyActivity.view(customer, 1).entries().getFirst();

        hexmall.reportNotMe.report(report(intrusion));

        for (Session opened : new Session[] {mine, intruders}) {
            assertThat(hexmall.resumeSession.resume(Optional.of(opened.id())).principal())
                    .isEqualTo(Principal.ANONYMOUS);
        }
        assertThat(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()))
                .isEqualTo(new LoginResult.Frozen(FrozenBy.NOT_ME_REPORT));
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().profile().status())
                .isEqualTo(AccountStatus.FROZEN);
    }

    @Test
    void theAgent_seesTheReportNamingTheLine_andTheFreezeItCaused() {
        hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor());
        ActivityEntry intrusion = hexmall.viewMyActivity.view(customer, 1).entries().getFirst();

        hexmall.reportNotMe.report(report(intrusion));

        var events = hexmall.viewCustomerDetails.view(customer).orElseThrow().securityEvents();
        assertThat(events).extracting(SecurityEvent::kind)
                .containsExactly(SecurityEventKind.ACCOUNT_FROZEN, SecurityEventKind.REPORTED_NOT_ME);
        assertThat(events).extracting(SecurityEvent::source).containsOnly(SecurityEvent.Source.CUSTOMER);
        assertThat(events).extracting(SecurityEvent::clientAddress).containsOnly(REPORTED_FROM);
        assertThat(events.getLast().detail()).isEqualTo("LOGIN_SUCCEEDED " + intrusion.at());
    }

    @Test
    void theReport_raisesAnUrgentAlertForAgents_namingTheLine() {
        hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor());
        ActivityEntry intrusion = hexmall.viewMyActivity.view(customer, 1).entries().getFirst();

        hexmall.reportNotMe.report(report(intrusion));

        RiskAlert alert = hexmall.listRiskAlerts.ofCustomer(customer).getFirst();
        assertThat(alert.severity()).isEqualTo(AlertSeverity.URGENT);
        assertThat(alert.isOpen()).isTrue();
        assertThat(alert.outcome()).isEqualTo(AlertOutcome.ACCOUNT_FROZEN);
        assertThat(alert.attempt().subject()).isEqualTo("LOGIN_SUCCEEDED " + intrusion.at());
        assertThat(hexmall.countOpenRiskAlerts.count()).isEqualTo(1);
    }

    @Test
    void aSecondReport_onAFrozenAccount_isKept_andFreezesNothingTwice() {
        hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor());
        ActivityEntry intrusion = hexmall.viewMyActivity.view(customer, 1).entries().getFirst();
        hexmall.reportNotMe.report(report(intrusion));

        hexmall.reportNotMe.report(report(intrusion));

        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().securityEvents())
                .extracting(SecurityEvent::kind).containsExactly(SecurityEventKind.REPORTED_NOT_ME,
                        SecurityEventKind.ACCOUNT_FROZEN, SecurityEventKind.REPORTED_NOT_ME);
    }

    @Test
    void aFormThatNamesNoLineOfActivity_isRefusedAndFreezesNothing() {
        assertThatThrownBy(() -> ReportNotMeCommand.fromForm(customer, "DROP TABLE", "yesterday", REPORTED_FROM))
                .isInstanceOfSatisfying(InvalidCommandException.class, invalid -> assertThat(invalid.errors())
                        .extracting(error -> error.field()).containsExactly("what", "at"));
        assertThatThrownBy(() -> ReportNotMeCommand.fromForm(customer, "LOGIN_", "2025-11-11T10:00:00Z",
                REPORTED_FROM)).isInstanceOf(InvalidCommandException.class);

        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().profile().status())
                .isEqualTo(AccountStatus.ACTIVE);
    }

    private ReportNotMeCommand report(ActivityEntry entry) {
        return ReportNotMeCommand.fromForm(customer, entry.what(), entry.at().toString(), REPORTED_FROM);
    }
}
