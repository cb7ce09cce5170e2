package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.codeSentFor;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.support.CustomerDetails;
import org.hexmall.application.port.in.support.CustomerPromotions;
import org.hexmall.application.port.in.support.CustomerTimeline;
import org.hexmall.application.port.in.support.CustomerTimeline.Entry;
import org.hexmall.application.port.in.support.CustomerTimeline.Kind;
import org.hexmall.application.port.in.support.GuidedAnswer;
import org.hexmall.application.port.in.support.HelpTopic;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.risk.FiredRule;
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
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ViewCustomerDetailsTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", PASSWORD);

    @Test
    void theConsole_showsWhoTheCustomerIsInFull() {
        CustomerDetails details = hexmall.viewCustomerDetails.view(customer).orElseThrow();

        assertThat(details.profile().displayName()).isEqualTo("李雷");
        assertThat(details.profile().phone()).isEqualTo(PHONE);
        assertThat(details.profile().email()).contains("li.lei@example.com");
        assertThat(details.profile().status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(details.profile().registeredAt()).isEqualTo(InMemoryHexmall.OPENING_TIME);
    }

    @Test
    void everyPaymentAttempt_isListedNewestFirstWithTheOrderItPaysAndWhyItFailed() {
        hexmall.stock(Shelf.TEA);
        hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        OrderId order = hexmall.orderOf(customer, Shelf.TEA);
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        hexmall.pay(customer, order);
        hexmall.wallets.faults().remove(ALIPAY);
        hexmall.clock.advance(Duration.ofMinutes(1));
        PaymentId paid = hexmall.paid(customer, order, ALIPAY);

        List<PaymentView> payments = hexmall.viewCustomerDetails.view(customer).orElseThrow().payments();

        assertThat(payments).extracting(PaymentView::status, PaymentView::failureReason, PaymentView::orderNumber)
                .containsExactly(
                        tuple(PaymentStatus.SUCCEEDED, Optional.empty(), hexmall.order(order).number()),
                        tuple(PaymentStatus.FAILED, Optional.of(PaymentFailureReason.PROVIDER_UNAVAILABLE),
                                hexmall.order(order).number()));
        assertThat(payments.getFirst().id()).isEqualTo(paid);
    }

    @Test
    void aCustomerWhoDoesNotExist_hasNoPageToShow() {
        assertThat(hexmall.viewCustomerDetails.view(new CustomerId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void eachLoginAttempt_isListedWithItsTimeOutcomeAndAddress_newestFirst() {
        logInFrom("203.0.113.7", PASSWORD);
        hexmall.clock.advance(Duration.ofMinutes(1));
        logInFrom("198.51.100.23", "not-the-password");

        assertThat(recentLogins()).extracting(LoginRecord::at, LoginRecord::outcome, LoginRecord::clientAddress)
                .containsExactly(
                        tuple(InMemoryHexmall.OPENING_TIME.plus(Duration.ofMinutes(1)), LoginOutcome.WRONG_PASSWORD,
                                "198.51.100.23"),
                        tuple(InMemoryHexmall.OPENING_TIME, LoginOutcome.SUCCEEDED, "203.0.113.7"));
    }

    @Test
    void anAttemptWhileLockedOut_isListedAsRefusedBecauseLocked() {
        hexmall.lockOut(PHONE);
        hexmall.clock.advance(Duration.ofMinutes(1));

        logInFrom("203.0.113.7", PASSWORD);

        assertThat(recentLogins().getFirst().outcome()).isEqualTo(LoginOutcome.REFUSED_LOCKED);
    }

    @Test
    void anAttemptOnAFrozenAccount_isListedAsRefusedBecauseFrozen() {
        hexmall.freeze(customer);

        logInFrom("203.0.113.7", PASSWORD);

        assertThat(recentLogins()).extracting(LoginRecord::outcome).containsExactly(LoginOutcome.REFUSED_FROZEN);
    }

    @Test
    void givenTwelveLogins_theConsoleListsTheLatestTen() {
        for (int i = 1; i <= 12; i++) {
            hexmall.clock.advance(Duration.ofMinutes(1));
            logInFrom("10.0.0." + i, PASSWORD);
        }

        assertThat(recentLogins()).extracting(LoginRecord::clientAddress).containsExactly(
                "10.0.0.12", "10.0.0.11", "10.0.0.10", "10.0.0.9", "10.0.0.8",
                "10.0.0.7", "10.0.0.6", "10.0.0.5", "10.0.0.4", "10.0.0.3");
    }

    @Test
    void aLockedOutCustomer_showsWhenTheLockEnds() {
        Instant lockEnds = hexmall.lockOut(PHONE);

        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().lockedUntil()).contains(lockEnds);
    }

    @Test
    void aLockThatHasEnded_isNoLongerShown() {
        hexmall.lockOut(PHONE);
        hexmall.clock.advance(Duration.ofMinutes(15));

        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().lockedUntil()).isEmpty();
    }

    @Test
    void aBindingRejectedInTheWalletApp_showsItFailedAtTheWalletAppStepAndWhy() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.comeBack(customer, ALIPAY,
                hexmall.rejectInWalletApp(ALIPAY, hexmall.walletAppPage(customer, binding)));

        BindingRecord record = hexmall.bindingSeenByAgent(customer, binding);

        assertThat(record.status()).isEqualTo(BindingStatus.FAILED);
        assertThat(record.failedAtStep()).contains(BindingStatus.AWAITING_AUTHORIZATION);
        assertThat(record.failureReason()).contains(BindingFailureReason.REJECTED_IN_WALLET);
    }

    @Test
    void aBindingToAnAccountTheProviderDoesNotHave_showsWhereAndWhyItFailed() {
        BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000009"));
        hexmall.openWalletApp(customer, binding);

        BindingRecord record = hexmall.bindingSeenByAgent(customer, binding);

        assertThat(record.failedAtStep()).contains(BindingStatus.AWAITING_AUTHORIZATION);
        assertThat(record.failureReason()).contains(BindingFailureReason.ACCOUNT_NOT_FOUND);
        assertThat(record.maskedAccount()).isEqualTo("138****0009");
    }

    @Test
    void troubleThatDidNotStopTheBinding_isStillShownOnTheBoundWallet() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000001"));
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        hexmall.openWalletApp(customer, binding);
        hexmall.wallets.faults().remove(ALIPAY);
        hexmall.approveAndComeBack(customer, ALIPAY, binding);

        BindingRecord record = hexmall.bindingSeenByAgent(customer, binding);

        assertThat(record.status()).isEqualTo(BindingStatus.ACTIVE);
        assertThat(record.failedAtStep()).isEmpty();
        assertThat(record.hadTrouble()).isTrue();
        assertThat(record.history()).map(record::failureNamedBy)
                .contains(Optional.of(BindingFailureReason.PROVIDER_UNAVAILABLE));
    }

    @Test
    void aBindingWhoseCodeWasTypedWrongTooOften_leadsWhatProbablyHappened_andNoWalletBoundIsNotSaid() {
        BindingId binding = codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));
        String wrong = hexmall.codeSentTo(PHONE).equals("000000") ? "111111" : "000000";
        hexmall.clock.advance(Duration.ofSeconds(40));
        Instant usedUp = hexmall.clock.instant();
        for (int entry = 1; entry <= 5; entry++) {
            hexmall.typeCode(customer, binding, wrong);
        }

        List<GuidedAnswer> answers = hexmall.viewCustomerDetails.view(customer).orElseThrow().guidedAnswers();

        assertThat(answers).containsExactly(GuidedAnswer.about(HelpTopic.BINDING_CODE_EXHAUSTED, Optional.of(usedUp))
                .at(new GuidedAnswer.Wallet(ALIPAY, "138****0001"))
                .stillWaitingAt(BindingStatus.CODE_SENT));
    }

    @Test
    void aBindingStoppedByNetworkTrouble_leadsWhatProbablyHappened_beforeAnOlderPaymentProblem_evenOnceItExpired() {
        hexmall.stock(Shelf.TEA);
        hexmall.walletBound(customer, PHONE, WECHAT_PAY, "13800000002");
        hexmall.wallets.faults().inject(WECHAT_PAY, Fault.PROVIDER_DOWN);
        hexmall.pay(customer, hexmall.orderOf(customer, Shelf.TEA));
        hexmall.wallets.faults().remove(WECHAT_PAY);
        hexmall.clock.advance(Duration.ofMinutes(5));
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        BindingId alipay = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startReplacing(customer, ALIPAY, "13800000001"));
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        Instant unreachable = hexmall.clock.instant();
        hexmall.openWalletApp(customer, alipay);
        hexmall.wallets.faults().remove(ALIPAY);

        List<GuidedAnswer> answers = hexmall.viewCustomerDetails.view(customer).orElseThrow().guidedAnswers();
        assertThat(answers).extracting(GuidedAnswer::topic)
                .containsExactly(HelpTopic.BINDING_NETWORK_TROUBLE, HelpTopic.PROVIDER_DOWN);
        assertThat(answers.getFirst()).isEqualTo(GuidedAnswer.about(HelpTopic.BINDING_NETWORK_TROUBLE,
                        Optional.of(unreachable))
                .at(new GuidedAnswer.Wallet(ALIPAY, "138****0001"))
                .stillWaitingAt(BindingStatus.AWAITING_AUTHORIZATION));

        hexmall.clock.advance(WalletBinding.COMPLETION_WINDOW);
        hexmall.expireStaleBindings.expire();

        BindingRecord expired = hexmall.bindingSeenByAgent(customer, alipay);
        assertThat(expired.status()).isEqualTo(BindingStatus.EXPIRED);
        assertThat(expired.failureReason()).contains(BindingFailureReason.PROVIDER_UNAVAILABLE);
        assertThat(expired.failedAtStep()).contains(BindingStatus.AWAITING_AUTHORIZATION);
        assertThat(expired.failureNamedBy(expired.history().getLast()))
                .contains(BindingFailureReason.PROVIDER_UNAVAILABLE);
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().guidedAnswers())
                .first().isEqualTo(GuidedAnswer.about(HelpTopic.BINDING_NETWORK_TROUBLE,
                                Optional.of(hexmall.clock.instant()))
                        .at(new GuidedAnswer.Wallet(ALIPAY, "138****0001"))
                        .atStep(BindingStatus.AWAITING_AUTHORIZATION));
    }

    @Test
    void everyBindingAttempt_isListedNewestFirst() {
        BindingId failed = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000009"));
        hexmall.openWalletApp(customer, failed);
        hexmall.clock.advance(Duration.ofMinutes(1));
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        BindingId bound = hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");

        CustomerDetails details = hexmall.viewCustomerDetails.view(customer).orElseThrow();

        assertThat(details.bindings()).extracting(BindingRecord::id, BindingRecord::status).containsExactly(
                tuple(bound, BindingStatus.ACTIVE), tuple(failed, BindingStatus.FAILED));
        assertThat(details.activeBindings()).extracting(BindingRecord::id).containsExactly(bound);
    }

    @Test
    void theCustomersCoupons_areShownByWhereTheyStand_aUsedOneWithThePaymentItWasSpentOn() {
        hexmall.stock(Shelf.TEA);
        hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        PaymentId paid = hexmall.paid(customer, hexmall.orderOf(customer, Shelf.TEA), ALIPAY);
        Instant now = hexmall.clock.instant();
        Campaign campaign = WalletPromotions.jdPayElectronicsCoupon(now, 20);
        Coupon expired = compensation(now.minus(Duration.ofDays(3)), 2);
        Coupon used = compensation(now, 7);
        Coupon available = Coupon.claim(new CouponId(UUID.randomUUID()), customer, campaign, now);
        hexmall.storage.coupons().add(expired);
        hexmall.storage.coupons().add(used);
        hexmall.storage.coupons().claim(available, 1);
        used.reserveFor(paid, now);
        used.use(now);
        hexmall.storage.coupons().update(used);

        CustomerDetails details = hexmall.viewCustomerDetails.view(customer).orElseThrow();
        CustomerPromotions promotions = details.promotions();

        assertThat(promotions.availableCoupons()).extracting(Coupon::id).containsExactly(available.id());
        assertThat(promotions.usedCoupons()).extracting(Coupon::id).containsExactly(used.id());
        assertThat(promotions.expiredCoupons()).extracting(Coupon::id).containsExactly(expired.id());
        assertThat(details.payment(promotions.usedCoupons().getFirst().reservedFor()))
                .map(PaymentView::orderNumber).contains(details.payments().getFirst().orderNumber());
    }

    @Test
    void thePointsBalance_andTheLatestLedgerEntries_newestFirst() {
        Instant now = hexmall.clock.instant();
        hexmall.storage.pointsLedger().append(List.of(
                new PointsEntry(customer, PointsEntryKind.COMPENSATION, 500, Optional.empty(), "Late delivery", now),
                new PointsEntry(customer, PointsEntryKind.COMPENSATION, 300, Optional.empty(), "Broken box",
                        now.plusSeconds(60))));
        int entries = CustomerPromotions.RECENT_POINTS_ENTRIES + 1;
        for (int entry = 0; entry < entries; entry++) {
            hexmall.storage.pointsLedger().append(List.of(new PointsEntry(customer, PointsEntryKind.EARNED, 1,
                    Optional.empty(), "", now.plusSeconds(120 + entry))));
        }

        CustomerPromotions promotions = hexmall.viewCustomerDetails.view(customer).orElseThrow().promotions();

        assertThat(promotions.pointsBalance()).isEqualTo(800 + entries);
        assertThat(promotions.pointsEntries()).hasSize(CustomerPromotions.RECENT_POINTS_ENTRIES);
        assertThat(promotions.pointsEntries().getFirst().at()).isEqualTo(now.plusSeconds(120 + entries - 1));
    }

    @Test
    void eachPayment_comesWithTheDiscountsItWasPricedWith() {
        hexmall.stock(Shelf.CHARGER);
        hexmall.storage.campaigns().add(RunningCampaigns.firstWalletPayment(), RunningCampaigns.setUpAt());
        hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
        PaymentId first = hexmall.paid(customer, hexmall.orderOf(customer, Shelf.CHARGER), ALIPAY);
        PaymentId second = hexmall.paid(customer, hexmall.orderOf(customer, Shelf.CHARGER), ALIPAY);

        CustomerPromotions promotions = hexmall.viewCustomerDetails.view(customer).orElseThrow().promotions();

        PriceBreakdown discounted = promotions.pricingOf(first).orElseThrow();
        assertThat(discounted.discounts()).singleElement()
                .satisfies(discount -> assertThat(discount.amount()).isEqualTo(Money.ofYuan(10, 0)));
        assertThat(discounted.amountToPay()).isEqualTo(Money.ofYuan(79, 0));
        assertThat(promotions.pricingOf(second).orElseThrow().discounts()).isEmpty();
    }

    private Coupon compensation(Instant at, int validDays) {
        return Coupon.compensation(new CouponId(UUID.randomUUID()), customer, "Sorry for the wait", "抱歉久等",
                new Benefit.AmountOff(Money.ofYuan(5, 0)), Conditions.none(), validDays, at);
    }

    /**
     * The customer page opens on the first page of the whole timeline, read as the timeline's own pages read it:
     * the risk alerts raised on the customer are in it, beside the notes agents typed.
     */
    @Test
    void theCustomerPagesTimeline_isTheWholeTimelinesFirstPage_riskAlertsIncluded() {
        Instant raisedAt = hexmall.clock.instant();
        hexmall.storage.riskAlerts().raise(RiskAlert.onAssessment(new RiskAlertId(UUID.randomUUID()), customer,
                raisedAt, RiskAttempt.binding("ALIPAY 138****0001"), RiskRules.decide(List.of(
                        new FiredRule(RiskRule.NEW_DEVICE, 40, RiskReason.of(RiskRule.NEW_DEVICE)),
                        new FiredRule(RiskRule.BINDING_VELOCITY, 40, RiskReason.of(RiskRule.BINDING_VELOCITY, 4))),
                        RiskSettings.defaults())));
        hexmall.storage.caseNotes().add(new CaseNote(customer, raisedAt.plusSeconds(60),
                new AgentId(UUID.randomUUID()), "wang.fang", ContactChannel.PHONE, "Asked about the alert"));

        CustomerTimeline onThePage = hexmall.viewCustomerDetails.view(customer).orElseThrow().timeline();

        assertThat(onThePage.entries()).extracting(Entry::kind).startsWith(Kind.NOTE, Kind.RISK_ALERT);
        assertThat(onThePage).isEqualTo(hexmall.anotherServer().viewCustomerTimeline()
                .view(customer, CustomerTimeline.Query.FIRST_PAGE_OF_ALL).orElseThrow().timeline());
    }

    private void logInFrom(String clientAddress, String password) {
        hexmall.logInCustomer.logIn(
                CustomerLoginCommand.fromForm(PHONE, password, clientAddress, hexmall.newVisitor().id()));
    }

    private List<LoginRecord> recentLogins() {
        return hexmall.viewCustomerDetails.view(customer).orElseThrow().recentLogins();
    }
}
