package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.compensation.CompensationDecisionCommand;
import org.hexmall.application.port.in.compensation.CompensationForm;
import org.hexmall.application.port.in.compensation.CompensationNotAllowedException;
import org.hexmall.application.port.in.compensation.CompensationOutcome;
import org.hexmall.application.port.in.compensation.CompensationPages;
import org.hexmall.application.port.in.compensation.GrantCompensationCommand;
import org.hexmall.application.port.in.promotion.ClaimResult;
import org.hexmall.application.port.in.promotion.CouponTab;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.application.service.compensation.GrantCompensationService;
import org.hexmall.application.service.compensation.shared.CompensationDelivery;
import org.hexmall.application.service.compensation.shared.CompensationPolicy;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponOrigin;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;
import org.hexmall.domain.support.CompensationStatus;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Customer service makes up for a problem: an agent gives a customer a coupon of a running wallet coupon campaign or
 * points, with a reason the customer reads in "My coupons" or "My points". Each agent gives up to ¥50 a day (the
 * standard limit) alone; above it the compensation waits for a supervisor other than the agent, and is given once.
 */
class CompensateCustomerTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷",
            "tea-4two-pots");
    private final AgentId agent = hexmall.registeredAgent("wang.fang");
    private final AgentId supervisor = hexmall.registeredSupervisor("zhang.wei");
    private final AgentId otherSupervisor = hexmall.registeredSupervisor("zhao.min");
    private final Instant now = hexmall.clock.instant();
    private final Campaign jdCoupon = WalletPromotions.jdPayElectronicsCoupon(now, 1);

    private CompensationOutcome points(AgentId by, long points, String reason) {
        return hexmall.grantCompensation.grant(pointsForm(by, points, reason, newFormKey()));
    }

    /** The compensation form as the console sends it, points typed, with the key the page gave the form. */
    private GrantCompensationCommand pointsForm(AgentId by, long points, String reason, String formKey) {
        return GrantCompensationCommand.fromForm(by, customer, "POINTS", "", Long.toString(points), reason, formKey);
    }

    private static String newFormKey() {
        return UUID.randomUUID().toString();
    }

    private CompensationId awaiting(CompensationOutcome outcome) {
        assertThat(outcome).isInstanceOf(CompensationOutcome.AwaitingApproval.class);
        return ((CompensationOutcome.AwaitingApproval) outcome).id();
    }

    private List<PointsEntry> ledger() {
        return hexmall.viewMyPoints.view(customer, 1).ledger().items();
    }

    private List<AuditEntry> audit() {
        return hexmall.storage.auditLog().forCustomer(customer, 10);
    }

    @Test
    void pointsWithinTheDailyLimit_reachMyPointsAtOnce_withTheReason_andAreAudited() {
        assertThat(points(agent, 2000, "Parcel arrived three days late"))
                .isInstanceOf(CompensationOutcome.Granted.class);

        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isEqualTo(2000);
        assertThat(ledger()).extracting(PointsEntry::kind, PointsEntry::points, PointsEntry::note)
                .containsExactly(tuple(PointsEntryKind.COMPENSATION, 2000L, "Parcel arrived three days late"));
        assertThat(audit()).extracting(AuditEntry::action, AuditEntry::agentUsername, AuditEntry::reason)
                .containsExactly(tuple(AgentAction.GRANT_COMPENSATION, "wang.fang", "Parcel arrived three days late"));
        CompensationForm form = hexmall.viewCompensations.form(agent, customer, CompensationPages.FIRST).orElseThrow();
        assertThat(form.pointsBalance()).isEqualTo(2000);
        assertThat(form.points().items()).extracting(PointsEntry::note).containsExactly("Parcel arrived three days late");
    }

    @Test
    void theCompensationPage_listsTheCustomersCouponsOnATab_pageByPage() {
        Campaign many = WalletPromotions.jdPayElectronicsCoupon(now, 30);
        hexmall.storage.campaigns().add(many, now);
        for (int claim = 0; claim < 12; claim++) {
            hexmall.claimCoupon.claim(customer, many.id(), Optional.empty());
            hexmall.clock.advance(Duration.ofMinutes(1));
        }

        CompensationForm second = hexmall.viewCompensations.form(agent, customer,
                new CompensationPages(1, CouponTab.AVAILABLE, 2, 1)).orElseThrow();

        assertThat(second.coupons().items()).hasSize(2);
        assertThat(second.coupons().total()).isEqualTo(12);
        assertThat(hexmall.viewCompensations.form(agent, customer, new CompensationPages(1, CouponTab.USED, 1, 1))
                .orElseThrow().coupons().items()).isEmpty();
    }

    @Test
    void aCouponOfARunningWalletCouponCampaign_isInMyCoupons_withTheReason_andTakesNoClaimOfTheCustomer() {
        hexmall.storage.campaigns().add(jdCoupon, now);

        CompensationOutcome outcome = hexmall.grantCompensation.grant(GrantCompensationCommand.fromForm(agent,
                customer, "COUPON", jdCoupon.id().toString(), "", "屏幕有划痕，补偿一张券", newFormKey()));

        assertThat(outcome).isInstanceOf(CompensationOutcome.Granted.class);
        List<Coupon> available = hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items();
        assertThat(available).extracting(Coupon::origin, Coupon::nameZh, Coupon::note)
                .containsExactly(tuple(CouponOrigin.COMPENSATION, "京东支付数码券", "屏幕有划痕，补偿一张券"));
        assertThat(hexmall.claimCoupon.claim(customer, jdCoupon.id(), Optional.empty()))
                .as("the customer may still claim their own one").isInstanceOf(ClaimResult.Claimed.class);
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items()).hasSize(2);
    }

    @Test
    void onlyRunningWalletCouponCampaigns_giveCoupons() {
        Campaign firstPayment = WalletPromotions.alipayFirstPayment(now);
        hexmall.storage.campaigns().add(firstPayment, now);
        Campaign later = WalletPromotions.jdPayElectronicsCoupon(now.plus(Duration.ofDays(2)), 1);
        hexmall.storage.campaigns().add(later, now);

        for (Campaign campaign : List.of(firstPayment, later)) {
            assertThat(hexmall.grantCompensation.grant(GrantCompensationCommand.fromForm(agent, customer, "COUPON",
                    campaign.id().toString(), "", "Late delivery", newFormKey())))
                    .isEqualTo(new CompensationOutcome.Refused("compensation.campaign-not-giveable", List.of()));
        }
        assertThat(hexmall.viewCompensations.form(agent, customer, CompensationPages.FIRST).orElseThrow().campaigns()).isEmpty();
        assertThat(hexmall.viewMyCoupons.view(customer, CouponTab.AVAILABLE, 1).coupons().items()).isEmpty();
    }

    @Test
    void aboveTheDailyLimit_itIsOnlyARequest_untilAnotherSupervisorApprovesIt() {
        assertThat(points(agent, 3000, "Late delivery")).isInstanceOf(CompensationOutcome.Granted.class);

        CompensationOutcome outcome = points(agent, 2500, "Second parcel lost");

        assertThat(outcome).isEqualTo(new CompensationOutcome.AwaitingApproval(awaiting(outcome),
                Money.ofYuan(50, 0), Money.ofYuan(30, 0)));
        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).as("nothing yet").isEqualTo(3000);
        assertThat(hexmall.viewCompensations.queue(supervisor, 1).items())
                .extracting(request -> request.points(), request -> request.requestedByUsername(),
                        request -> request.reason())
                .containsExactly(tuple(2500L, "wang.fang", "Second parcel lost"));

        CompensationOutcome approved = hexmall.decideCompensation.approve(
                CompensationDecisionCommand.fromForm(supervisor, awaiting(outcome), "Courier confirmed the loss"));

        assertThat(approved).isEqualTo(new CompensationOutcome.Approved(awaiting(outcome)));
        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isEqualTo(5500);
        assertThat(ledger().getFirst().note()).isEqualTo("Second parcel lost");
        assertThat(hexmall.viewCompensations.queue(supervisor, 1).items()).isEmpty();
        assertThat(audit()).extracting(AuditEntry::action, AuditEntry::agentUsername, AuditEntry::reason)
                .containsExactly(
                        tuple(AgentAction.APPROVE_COMPENSATION, "zhang.wei", "Courier confirmed the loss"),
                        tuple(AgentAction.REQUEST_COMPENSATION, "wang.fang", "Second parcel lost"),
                        tuple(AgentAction.GRANT_COMPENSATION, "wang.fang", "Late delivery"));
        CompensationForm form = hexmall.viewCompensations.form(agent, customer, CompensationPages.FIRST).orElseThrow();
        assertThat(form.history().items()).extracting(request -> request.status())
                .containsExactly(CompensationStatus.APPROVED, CompensationStatus.GRANTED);
        assertThat(form.leftToday()).as("an approved request is not the agent's own grant")
                .isEqualTo(Money.ofYuan(20, 0));
    }

    @Test
    void aRejectedRequest_givesNothing_andTheLimitStartsAgainAtMidnightInShanghai() {
        CompensationId request = awaiting(points(agent, 6000, "Wants more"));

        assertThat(hexmall.decideCompensation.reject(
                CompensationDecisionCommand.fromForm(supervisor, request, "Within the usual 20 yuan")))
                .isEqualTo(new CompensationOutcome.Rejected(request));
        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isZero();
        assertThat(hexmall.decideCompensation.approve(
                CompensationDecisionCommand.fromForm(otherSupervisor, request, "Approve after all")))
                .isEqualTo(new CompensationOutcome.Refused("compensation.already-decided", List.of()));

        assertThat(points(agent, 5000, "Late delivery")).isInstanceOf(CompensationOutcome.Granted.class);
        awaiting(points(agent, 1, "One more point"));
        hexmall.clock.advance(Duration.ofHours(6)); // 18:00 → midnight in Shanghai
        assertThat(points(agent, 5000, "Late delivery, next day")).isInstanceOf(CompensationOutcome.Granted.class);
    }

    @Test
    void theRequester_neverApprovesTheirOwnRequest_andAPlainAgentApprovesNothing() {
        CompensationId own = awaiting(points(supervisor, 9000, "Big problem"));

        assertThat(hexmall.decideCompensation.approve(CompensationDecisionCommand.fromForm(supervisor, own, "Mine")))
                .isEqualTo(new CompensationOutcome.Refused("compensation.own-request", List.of()));
        assertThat(hexmall.decideCompensation.approve(CompensationDecisionCommand.fromForm(agent, own, "Ok")))
                .isInstanceOf(CompensationOutcome.NotAllowed.class);
        assertThatExceptionOfType(CompensationNotAllowedException.class)
                .isThrownBy(() -> hexmall.viewCompensations.queue(agent, 1));
        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isZero();
        assertThat(hexmall.viewCompensations.queue(otherSupervisor, 1).items()).hasSize(1);
    }

    @Test
    void twoSupervisorsApprovingAtOnce_giveThePointsOnce() throws Exception {
        CompensationId request = awaiting(points(agent, 8000, "Lost parcel"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<CompensationOutcome>> outcomes = new ArrayList<>();
            for (AgentId deciding : List.of(supervisor, otherSupervisor)) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return hexmall.decideCompensation.approve(
                            CompensationDecisionCommand.fromForm(deciding, request, "Courier confirmed"));
                }));
            }
            start.countDown();
            List<CompensationOutcome> results = new ArrayList<>();
            for (Future<CompensationOutcome> outcome : outcomes) {
                results.add(outcome.get());
            }

            assertThat(results).containsOnlyOnce(new CompensationOutcome.Approved(request));
            assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isEqualTo(8000);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theForm_namesEveryFieldToFix() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> GrantCompensationCommand.fromForm(agent, customer, "POINTS", "lots", " ", "",
                        newFormKey()))
                .extracting(InvalidCommandException::errors).asInstanceOf(
                        list(FieldError.class))
                .extracting(FieldError::field).containsExactly("points", "reason");
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> GrantCompensationCommand.fromForm(agent, customer, "COUPON", "not-an-id", "",
                        "Late", newFormKey()))
                .extracting(InvalidCommandException::errors).asInstanceOf(
                        list(FieldError.class))
                .extracting(FieldError::field).containsExactly("campaign");
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> GrantCompensationCommand.fromForm(agent, customer, null, "", "", "Late",
                        newFormKey()))
                .extracting(InvalidCommandException::errors).asInstanceOf(
                        list(FieldError.class))
                .extracting(FieldError::field).containsExactly("kind");
        assertThatExceptionOfType(InvalidCommandException.class)
                .as("a form without the key its page gave it is out of date")
                .isThrownBy(() -> pointsForm(agent, 1000, "Late", " "))
                .extracting(InvalidCommandException::errors).asInstanceOf(
                        list(FieldError.class))
                .containsExactly(new FieldError("key", "compensation.form-expired", List.of()));
    }

    @Test
    void theSameFormSentTwice_givesThePointsOnce_andIsAnsweredAsTheFirstTime() {
        GrantCompensationCommand form = pointsForm(agent, 1000, "sorry for the delay", newFormKey());

        CompensationOutcome first = hexmall.grantCompensation.grant(form);
        CompensationOutcome again = hexmall.grantCompensation.grant(form);

        assertThat(first).isInstanceOf(CompensationOutcome.Granted.class);
        assertThat(again).isEqualTo(first);
        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isEqualTo(1000);
        assertThat(ledger()).hasSize(1);
        assertThat(audit()).extracting(AuditEntry::action).containsExactly(AgentAction.GRANT_COMPENSATION);
        CompensationForm page = hexmall.viewCompensations.form(agent, customer, CompensationPages.FIRST).orElseThrow();
        assertThat(page.history().items()).hasSize(1);
        assertThat(page.usedToday()).isEqualTo(Money.ofYuan(10, 0));
    }

    @Test
    void aRequestAboveTheLimitSentTwice_waitsOnceInTheQueue_andIsGivenOnceApproved() {
        assertThat(points(agent, 4000, "Late delivery")).isInstanceOf(CompensationOutcome.Granted.class);
        GrantCompensationCommand form = pointsForm(agent, 2000, "Second parcel lost", newFormKey());

        CompensationOutcome first = hexmall.grantCompensation.grant(form);
        CompensationOutcome again = hexmall.grantCompensation.grant(form);

        assertThat(again).isEqualTo(first).isEqualTo(new CompensationOutcome.AwaitingApproval(awaiting(first),
                Money.ofYuan(50, 0), Money.ofYuan(40, 0)));
        assertThat(hexmall.viewCompensations.queue(supervisor, 1).items()).hasSize(1);
        hexmall.decideCompensation.approve(CompensationDecisionCommand.fromForm(supervisor, awaiting(first),
                "Courier confirmed the loss"));
        assertThat(hexmall.grantCompensation.grant(form)).as("the browser sends the form once more")
                .isEqualTo(first);
        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isEqualTo(6000);
        assertThat(hexmall.viewCompensations.queue(supervisor, 1).items()).isEmpty();
        assertThat(audit()).extracting(AuditEntry::action).containsExactly(AgentAction.APPROVE_COMPENSATION,
                AgentAction.REQUEST_COMPENSATION, AgentAction.GRANT_COMPENSATION);
    }

    @Test
    void threeClicksOnOneFormAtOnce_giveThePointsOnce() throws Exception {
        GrantCompensationCommand form = pointsForm(agent, 1000, "sorry for the delay", newFormKey());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<CompensationOutcome>> outcomes = new ArrayList<>();
            for (int click = 0; click < 3; click++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return hexmall.grantCompensation.grant(form);
                }));
            }
            start.countDown();
            List<CompensationOutcome> results = new ArrayList<>();
            for (Future<CompensationOutcome> outcome : outcomes) {
                results.add(outcome.get());
            }

            assertThat(results.getFirst()).isInstanceOf(CompensationOutcome.Granted.class);
            assertThat(results).containsOnly(results.getFirst());
            assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isEqualTo(1000);
            assertThat(hexmall.viewCompensations.queue(supervisor, 1).items()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFormSentAgainBeforeTheFirstWasStored_isRefusedByTheStore_andAnsweredWithTheFirstCompensation() {
        // Both sendings look for the form's compensation before either is stored, as posts at the same moment do.
        var unseenAtFirst = new KeysUnseenAtFirst(hexmall.storage.compensations(), 2);
        var tokens = new SecureRandomTokens();
        var grantCompensation = new GrantCompensationService(unseenAtFirst, hexmall.storage.customers(),
                hexmall.storage.agents(), hexmall.storage.auditLog(), new CompensationDelivery(
                hexmall.storage.campaigns(), hexmall.storage.coupons(), hexmall.storage.pointsLedger(), tokens),
                hexmall.storage.transactions(), tokens, CompensationPolicy.STANDARD, hexmall.clock);
        GrantCompensationCommand form = pointsForm(agent, 1000, "sorry for the delay", newFormKey());

        CompensationOutcome first = grantCompensation.grant(form);
        CompensationOutcome again = grantCompensation.grant(form);

        assertThat(unseenAtFirst.unseen).as("both looked before either was stored").isZero();
        assertThat(first).isInstanceOf(CompensationOutcome.Granted.class);
        assertThat(again).isEqualTo(first);
        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isEqualTo(1000);
        assertThat(audit()).extracting(AuditEntry::action).containsExactly(AgentAction.GRANT_COMPENSATION);
        assertThat(hexmall.viewCompensations.form(agent, customer, CompensationPages.FIRST).orElseThrow().history()
                .items()).hasSize(1);
    }

    @Test
    void theFormsKeySentWithOtherValues_givesNothingMore() {
        String formKey = newFormKey();
        CompensationOutcome first = hexmall.grantCompensation.grant(pointsForm(agent, 1000, "Late", formKey));

        assertThat(hexmall.grantCompensation.grant(pointsForm(agent, 3000, "Late", formKey)))
                .isEqualTo(new CompensationOutcome.KeyReused());
        assertThat(hexmall.grantCompensation.grant(pointsForm(agent, 1000, "Late", formKey))).isEqualTo(first);
        assertThat(hexmall.grantCompensation.grant(pointsForm(supervisor, 1000, "Late", formKey)))
                .as("another agent's form").isInstanceOf(CompensationOutcome.Granted.class).isNotEqualTo(first);
        assertThat(hexmall.viewMyPoints.view(customer, 1).balance()).isEqualTo(2000);
    }

    /** The store's compensations, where the first look-ups of a form key find nothing, as if made a moment earlier. */
    private static final class KeysUnseenAtFirst implements Compensations {

        private final Compensations compensations;
        private int unseen;

        KeysUnseenAtFirst(Compensations compensations, int unseen) {
            this.compensations = compensations;
            this.unseen = unseen;
        }

        @Override
        public Optional<Compensation> findByRequestKey(AgentId agent, String requestKey) {
            if (unseen > 0) {
                unseen--;
                return Optional.empty();
            }
            return compensations.findByRequestKey(agent, requestKey);
        }

        @Override
        public boolean grantWithinLimit(Compensation granted, String requestKey, Instant since, Money dailyLimit) {
            return compensations.grantWithinLimit(granted, requestKey, since, dailyLimit);
        }

        @Override
        public void add(Compensation request, String requestKey) {
            compensations.add(request, requestKey);
        }

        @Override
        public Optional<Compensation> findById(CompensationId id) {
            return compensations.findById(id);
        }

        @Override
        public boolean decide(Compensation decided) {
            return compensations.decide(decided);
        }

        @Override
        public Money grantedSince(AgentId agent, Instant since) {
            return compensations.grantedSince(agent, since);
        }

        @Override
        public Page<Compensation> pending(int page, int size) {
            return compensations.pending(page, size);
        }

        @Override
        public Page<Compensation> ofCustomer(CustomerId customerId, int page, int size) {
            return compensations.ofCustomer(customerId, page, size);
        }
    }
}
