package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.order;
import static org.hexmall.application.port.out.persistence.Examples.orderNumber;
import static org.hexmall.application.port.out.persistence.Examples.payment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hexmall.application.port.in.support.CustomerTimeline.Entry;
import org.hexmall.application.port.in.support.CustomerTimeline.Kind;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.FiredRule;
import org.hexmall.domain.risk.Resolution;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskReason;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.risk.RiskRules;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.CaseNote;
import org.hexmall.domain.support.ContactChannel;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CustomerTimelineEntries} adapter must do: give one customer's entries of the kinds asked for,
 * newest first across kinds, a page at a time with nothing lost or repeated at a page's edges, and count them.
 */
public abstract class CustomerTimelineEntriesContract {

    private static final Set<Kind> ALL = EnumSet.allOf(Kind.class);
    private static final OrderLine TEA = new OrderLine(new ProductId("GROC-0001"), "Longjing tea", "龙井茶",
            Category.GROCERIES, Money.ofYuan(88, 0), 1);

    protected abstract CustomerTimelineEntries timelineEntries();

    protected abstract Customers customers();

    protected abstract LoginHistory loginHistory();

    protected abstract CaseNotes caseNotes();

    protected abstract Orders orders();

    protected abstract Payments payments();

    protected abstract RiskAlerts riskAlerts();

    @Test
    void entriesOfEveryKind_comeNewestFirst_withWhatTheAgentSees() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        loginHistory().record(new LoginRecord(liLei, NOW.minusSeconds(500), LoginOutcome.WRONG_PASSWORD,
                "203.0.113.7"));
        loginHistory().record(new LoginRecord(hanMeimei, NOW.minusSeconds(450), LoginOutcome.SUCCEEDED,
                "203.0.113.9"));
        Order order = order(liLei, orderNumber(1), NOW.minusSeconds(400), List.of(TEA));
        orders().add(order);
        Payment payment = payment(order, WalletProvider.ALIPAY, Money.ofYuan(88, 0), NOW.minusSeconds(300));
        payments().add(payment);
        caseNotes().add(new CaseNote(liLei, NOW.minusSeconds(200), new AgentId(UUID.randomUUID()), "wang.fang",
                ContactChannel.PHONE, "Asked about his order."));
        RiskAlert alert = alert(liLei, NOW.minusSeconds(100));
        riskAlerts().raise(alert);
        riskAlerts().resolve(alert.id(), new Resolution(AlertResolution.FALSE_POSITIVE, "His new phone.",
                new AgentId(UUID.randomUUID()), "zhang.wei", NOW));

        List<Entry> entries = timelineEntries().newestFirst(liLei, ALL, 0, 25);

        assertThat(entries).extracting(Entry::kind).containsExactly(Kind.RISK_ALERT, Kind.NOTE, Kind.PAYMENT,
                Kind.ORDER, Kind.LOGIN);
        assertThat(entries.get(0)).isEqualTo(new Entry(NOW.minusSeconds(100), Kind.RISK_ALERT,
                alert.outcome().name(), Optional.empty(), "ALIPAY 138****0001", Optional.empty(), "zhang.wei"));
        assertThat(entries.get(1)).isEqualTo(new Entry(NOW.minusSeconds(200), Kind.NOTE, "PHONE", Optional.empty(),
                "Asked about his order.", Optional.empty(), "wang.fang"));
        assertThat(entries.get(2)).isEqualTo(new Entry(NOW.minusSeconds(300), Kind.PAYMENT, "CREATED",
                Optional.of(WalletProvider.ALIPAY), order.number().grouped(), Optional.empty(), ""));
        assertThat(entries.get(3)).isEqualTo(new Entry(NOW.minusSeconds(400), Kind.ORDER, "PLACED", Optional.empty(),
                order.number().grouped(), Optional.empty(), ""));
        assertThat(entries.get(4)).isEqualTo(new Entry(NOW.minusSeconds(500), Kind.LOGIN, "WRONG_PASSWORD",
                Optional.empty(), "203.0.113.7", Optional.empty(), ""));
        assertThat(timelineEntries().count(liLei, ALL)).isEqualTo(5);
    }

    @Test
    void pagesFollowOneAnother_withNothingLostOrRepeatedAtTheirEdges_acrossKinds() {
        CustomerId liLei = storedCustomer("13800000001");
        List<Instant> expected = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Instant at = NOW.minusSeconds(1000 - 20L * i);
            loginHistory().record(new LoginRecord(liLei, at, LoginOutcome.SUCCEEDED, "203.0.113.7"));
            caseNotes().add(new CaseNote(liLei, at.plusSeconds(10), new AgentId(UUID.randomUUID()), "wang.fang",
                    ContactChannel.CHAT, "Note " + i));
            expected.add(at);
            expected.add(at.plusSeconds(10));
        }
        List<Instant> newestFirst = expected.reversed();

        List<Entry> first = timelineEntries().newestFirst(liLei, ALL, 0, 25);
        List<Entry> second = timelineEntries().newestFirst(liLei, ALL, 25, 25);
        List<Entry> third = timelineEntries().newestFirst(liLei, ALL, 50, 25);

        assertThat(first).extracting(Entry::at).containsExactlyElementsOf(newestFirst.subList(0, 25));
        assertThat(second).extracting(Entry::at).containsExactlyElementsOf(newestFirst.subList(25, 50));
        assertThat(third).extracting(Entry::at).containsExactlyElementsOf(newestFirst.subList(50, 60));
        assertThat(timelineEntries().newestFirst(liLei, ALL, 60, 25)).isEmpty();
        assertThat(timelineEntries().count(liLei, ALL)).isEqualTo(60);
    }

    /**
     * Entries of one kind at the same instant (two notes typed in the same second, logins in a burst) keep one order:
     * a page never shows one of them twice, nor loses the other, however the database reads them.
     */
    @Test
    void entriesOfOneKindAtTheSameInstant_keepOneOrder_andNeverSwapBetweenPages() {
        CustomerId liLei = storedCustomer("13800000001");
        for (int i = 0; i < 6; i++) {
            caseNotes().add(new CaseNote(liLei, NOW, new AgentId(UUID.randomUUID()), "wang.fang",
                    ContactChannel.PHONE, "Note " + i));
            loginHistory().record(new LoginRecord(liLei, NOW.minusSeconds(5), LoginOutcome.SUCCEEDED,
                    "203.0.113." + i));
        }

        List<Entry> whole = timelineEntries().newestFirst(liLei, ALL, 0, 12);
        List<Entry> pageByPage = new ArrayList<>();
        for (int skip = 0; skip < 12; skip += 5) {
            pageByPage.addAll(timelineEntries().newestFirst(liLei, ALL, skip, 5));
        }

        assertThat(pageByPage).containsExactlyElementsOf(whole);
        assertThat(pageByPage).extracting(Entry::detail).doesNotHaveDuplicates().hasSize(12);
        assertThat(timelineEntries().newestFirst(liLei, ALL, 0, 12)).as("read again, the same order")
                .containsExactlyElementsOf(whole);
        assertThat(whole.subList(0, 6)).extracting(Entry::detail).as("the note typed last first")
                .containsExactly("Note 5", "Note 4", "Note 3", "Note 2", "Note 1", "Note 0");
    }

    @Test
    void theKindsAskedFor_aloneAreGivenAndCounted() {
        CustomerId liLei = storedCustomer("13800000001");
        for (int i = 0; i < 3; i++) {
            loginHistory().record(new LoginRecord(liLei, NOW.minusSeconds(100 + i), LoginOutcome.SUCCEEDED,
                    "203.0.113.7"));
        }
        caseNotes().add(new CaseNote(liLei, NOW.minusSeconds(50), new AgentId(UUID.randomUUID()), "wang.fang",
                ContactChannel.EMAIL, "Wrote back."));
        riskAlerts().raise(alert(liLei, NOW.minusSeconds(10)));

        assertThat(timelineEntries().newestFirst(liLei, EnumSet.of(Kind.LOGIN), 0, 25))
                .hasSize(3).allSatisfy(entry -> assertThat(entry.kind()).isEqualTo(Kind.LOGIN));
        assertThat(timelineEntries().newestFirst(liLei, EnumSet.of(Kind.NOTE, Kind.RISK_ALERT), 0, 25))
                .extracting(Entry::kind).containsExactly(Kind.RISK_ALERT, Kind.NOTE);
        assertThat(timelineEntries().newestFirst(liLei, EnumSet.of(Kind.LOGIN), 1, 1))
                .extracting(Entry::at).containsExactly(NOW.minusSeconds(101));
        assertThat(timelineEntries().count(liLei, EnumSet.of(Kind.LOGIN, Kind.NOTE))).isEqualTo(4);
        assertThat(timelineEntries().count(liLei, EnumSet.of(Kind.REFUND))).isZero();
        assertThat(timelineEntries().newestFirst(liLei, EnumSet.of(Kind.REFUND), 0, 25)).isEmpty();
    }

    private static RiskAlert alert(CustomerId customerId, Instant at) {
        List<FiredRule> fired = List.of(new FiredRule(RiskRule.NEW_DEVICE, 40, RiskReason.of(RiskRule.NEW_DEVICE)),
                new FiredRule(RiskRule.BINDING_VELOCITY, 40, RiskReason.of(RiskRule.BINDING_VELOCITY, 4)));
        return RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), customerId, at,
                RiskAttempt.binding("ALIPAY 138****0001"), RiskRules.decide(fired, RiskSettings.defaults()));
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
