package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.promotion.CampaignActionCommand;
import org.hexmall.application.port.in.promotion.CampaignDetails;
import org.hexmall.application.port.in.promotion.CampaignForm;
import org.hexmall.application.port.in.promotion.CampaignOutcome;
import org.hexmall.application.port.in.promotion.CampaignRedemption;
import org.hexmall.application.port.in.promotion.ChangeCampaignCommand;
import org.hexmall.application.port.in.promotion.CreateCampaignCommand;
import org.hexmall.application.port.in.promotion.DailySpending;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Claim;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.CampaignAuditEntry;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Supervisors run the store's wallet promotions: they create a campaign from the console's form, pause, resume and
 * end it, move its window, change its budget and limit, each with a reason in the audit log; plain agents only look.
 * The campaign's page shows what it spent on each day of the store's time zone, its redemptions and reversals.
 */
class ManageCampaignsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The test clock opens at 2025-11-11 18:00 in Shanghai. */
    private static final String TODAY = "2025-11-11";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final AgentId supervisor = hexmall.registeredSupervisor("zhang.wei");
    private final AgentId agent = hexmall.registeredAgent("wang.fang");

    private static CampaignForm festivalForm(String startsAt, String endsAt) {
        return new CampaignForm("Double 11 encore", "双十一返场", "FESTIVAL", Set.of("ALIPAY"), "300", Set.of(), "",
                false, false, "AMOUNT_OFF", "50", "", "", "", "", "", "", "", startsAt, endsAt, "festival",
                "50000", "1", "Double 11 encore for Alipay payers");
    }

    private CampaignId created(CampaignForm form) {
        CampaignOutcome outcome = hexmall.createCampaign.create(
                CreateCampaignCommand.fromForm(supervisor, form, SHANGHAI));
        return ((CampaignOutcome.Done) outcome).campaign();
    }

    private CampaignDetails view(CampaignId id) {
        return hexmall.viewCampaign.view(id, 1, 1).orElseThrow();
    }

    private CampaignActionCommand because(CampaignId id, String reason) {
        return CampaignActionCommand.fromForm(supervisor, id, reason);
    }

    @Test
    void aSupervisorCreatesAFestival_itRunsInItsWindowOfShanghaiTime_andTheCreationIsAudited() {
        CampaignId id = created(festivalForm(TODAY + "T00:00", "2025-11-20T00:00"));

        CampaignDetails details = view(id);
        assertThat(details.summary().status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(details.summary().campaign().window().startsAt()).isEqualTo(Instant.parse("2025-11-10T16:00:00Z"));
        assertThat(details.summary().campaign().benefit()).isEqualTo(new Benefit.AmountOff(Money.ofYuan(50, 0)));
        assertThat(details.summary().campaign().conditions().minimumSpend()).isEqualTo(Money.ofYuan(300, 0));
        assertThat(details.summary().campaign().conditions().wallets()).containsExactly(WalletProvider.ALIPAY);
        assertThat(details.history()).extracting(CampaignAuditEntry::action, CampaignAuditEntry::agentUsername,
                        CampaignAuditEntry::reason)
                .containsExactly(tuple(AgentAction.CREATE_CAMPAIGN, "zhang.wei",
                        "Double 11 encore for Alipay payers"));
        assertThat(hexmall.listCampaigns.list(1).items()).extracting(summary -> summary.campaign().id())
                .containsExactly(id);
    }

    @Test
    void aCampaignWhoseWindowOpensLater_isScheduled_untilTheClockReachesIt() {
        CampaignId id = created(festivalForm("2025-11-12T00:00", "2025-11-20T00:00"));
        assertThat(view(id).summary().status()).isEqualTo(CampaignStatus.SCHEDULED);
        assertThat(view(id).spending()).isEmpty();

        hexmall.clock.advance(Duration.ofHours(6));

        assertThat(view(id).summary().status()).isEqualTo(CampaignStatus.RUNNING);
    }

    @Test
    void aPlainAgent_cannotCreateOrChangeACampaign() {
        CampaignId id = created(festivalForm(TODAY + "T00:00", "2025-11-20T00:00"));

        assertThat(hexmall.createCampaign.create(CreateCampaignCommand.fromForm(agent,
                festivalForm(TODAY + "T00:00", "2025-11-20T00:00"), SHANGHAI)))
                .isInstanceOf(CampaignOutcome.NotSupervisor.class);
        assertThat(hexmall.pauseCampaign.pause(CampaignActionCommand.fromForm(agent, id, "trying")))
                .isInstanceOf(CampaignOutcome.NotSupervisor.class);
        assertThat(hexmall.changeCampaign.change(ChangeCampaignCommand.budgetFromForm(agent, id, "1", "trying")))
                .isInstanceOf(CampaignOutcome.NotSupervisor.class);

        assertThat(hexmall.listCampaigns.list(1).total()).isEqualTo(1);
        assertThat(view(id).summary().status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(view(id).summary().campaign().budget()).isEqualTo(Money.ofYuan(50_000, 0));
        assertThat(view(id).history()).hasSize(1);
    }

    @Test
    void everyBadValueOfTheForm_isNamedBesideItsField() {
        CampaignForm bad = new CampaignForm(" ", "双".repeat(61), "FESTIVAL", Set.of("PAYPAL"), "3o0",
                Set.of("FOOD"), "ELEC-1, not-an-id", false, false, "PERCENT_OFF", "", "120", "0", "", "", "", "", "",
                "2025-13-01T00:00", "tomorrow", "Festival!", "0", "0", " ");

        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> CreateCampaignCommand.fromForm(supervisor, bad, SHANGHAI))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactlyInAnyOrder(
                                tuple("nameEn", "promotion.name-length"),
                                tuple("nameZh", "promotion.name-length"),
                                tuple("wallets", "campaign.wallet.unknown"),
                                tuple("minimumSpend", "campaign.amount.format"),
                                tuple("categories", "campaign.category.unknown"),
                                tuple("products", "campaign.product.format"),
                                tuple("percentOff", "promotion.percent-range"),
                                tuple("startsAt", "campaign.time.format"),
                                tuple("endsAt", "campaign.time.format"),
                                tuple("stackingGroup",
                                        "promotion.stacking-group-format"),
                                tuple("budget", "promotion.budget-zero"),
                                tuple("usesPerCustomer", "promotion.uses-range"),
                                tuple("reason", "audit.reason.required")));
    }

    @Test
    void aCampaignOnProductsTheCatalogDoesNotHave_isRefused_namingThem_andNothingIsCreated() {
        hexmall.stock(Shelf.CHARGER);
        CampaignForm form = new CampaignForm("Charger week", "充电器周", "FESTIVAL", Set.of("ALIPAY"), "", Set.of(),
                "nope-0001, ELEC-0001\nNOPE-0002", false, false, "AMOUNT_OFF", "5", "", "", "", "", "", "", "",
                TODAY + "T00:00", "2025-11-20T00:00", "chargers", "5000", "1", "Charger week");

        assertThat(hexmall.createCampaign.create(CreateCampaignCommand.fromForm(supervisor, form, SHANGHAI)))
                .isEqualTo(new CampaignOutcome.UnknownProducts(
                        List.of(new ProductId("NOPE-0001"), new ProductId("NOPE-0002"))));
        assertThat(hexmall.listCampaigns.list(1).total()).isZero();

        CampaignId stocked = created(new CampaignForm("Charger week", "充电器周", "FESTIVAL", Set.of("ALIPAY"), "",
                Set.of(), "elec-0001", false, false, "AMOUNT_OFF", "5", "", "", "", "", "", "", "", TODAY + "T00:00",
                "2025-11-20T00:00", "chargers", "5000", "1", "Charger week"));
        assertThat(view(stocked).summary().campaign().conditions().products())
                .containsExactly(new ProductId("ELEC-0001"));
    }

    @Test
    void rulesOfTheCampaignAsAWhole_areNamedBesideTheFieldToFix() {
        CampaignForm emptyWindow = festivalForm(TODAY + "T00:00", TODAY + "T00:00");
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> CreateCampaignCommand.fromForm(supervisor, emptyWindow, SHANGHAI))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("endsAt", "promotion.window-order")));

        CampaignForm noWallet = new CampaignForm("Double 11 encore", "双十一返场", "FESTIVAL", Set.of(), "300", Set.of(),
                "", false, false, "AMOUNT_OFF", "50", "", "", "", "", "", "", "", TODAY + "T00:00",
                "2025-11-20T00:00", "festival", "50000", "1", "reason");
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> CreateCampaignCommand.fromForm(supervisor, noWallet, SHANGHAI))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("wallets", "promotion.wallet-required")));

        CampaignForm pointsFestival = new CampaignForm("Double 11 encore", "双十一返场", "FESTIVAL", Set.of(), "", Set.of(),
                "", false, false, "POINTS_MULTIPLIER", "", "", "", "", "", "", "2", "", TODAY + "T00:00",
                "2025-11-20T00:00", "festival", "50000", "1", "reason");
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> CreateCampaignCommand.fromForm(supervisor, pointsFestival, SHANGHAI))
                .satisfies(invalid -> assertThat(invalid.errors()).extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("benefit", "promotion.benefit-kind")));
    }

    @Test
    void aWalletCouponCampaign_keepsItsCouponValidity_andACashbackItsVoucher() {
        CampaignId coupon = created(new CampaignForm("JD Pay electronics coupon", "京东支付数码券", "WALLET_COUPON",
                Set.of("JD_PAY"), "299", Set.of("ELECTRONICS"), "", false, false, "AMOUNT_OFF", "30", "", "", "",
                "", "", "", "30", TODAY + "T00:00", "2025-12-11T00:00", "coupon", "50000", "1", "reason"));
        CampaignId cashback = created(new CampaignForm("Spend 200, get 20 back", "满200返20元券", "CASHBACK_VOUCHER",
                Set.of(), "200", Set.of(), "", false, false, "CASHBACK_VOUCHER", "", "", "", "20", "100", "30", "",
                "", TODAY + "T00:00", "2025-12-11T00:00", "cashback", "50000", "3", "reason"));

        assertThat(view(coupon).summary().campaign().couponValidityDays()).isEqualTo(30);
        assertThat(view(coupon).summary().campaign().conditions().categories()).hasSize(1);
        assertThat(view(cashback).summary().campaign().benefit()).isEqualTo(
                new Benefit.CashbackVoucher(Money.ofYuan(20, 0), Money.ofYuan(100, 0), 30));
        assertThat(view(cashback).summary().campaign().kind()).isEqualTo(CampaignKind.CASHBACK_VOUCHER);
    }

    @Test
    void pauseResumeAndEnd_changeTheStatus_eachWithItsReasonInTheAuditLog_andRefuseWhatTheRulesForbid() {
        CampaignId id = created(festivalForm(TODAY + "T00:00", "2025-11-20T00:00"));

        assertThat(hexmall.pauseCampaign.pause(because(id, "Budget check"))).isEqualTo(new CampaignOutcome.Done(id));
        assertThat(view(id).summary().status()).isEqualTo(CampaignStatus.PAUSED);
        assertThat(hexmall.pauseCampaign.pause(because(id, "again")))
                .isEqualTo(new CampaignOutcome.Refused("promotion.already-paused", List.of()));

        assertThat(hexmall.resumeCampaign.resume(because(id, "Budget confirmed"))).isInstanceOf(
                CampaignOutcome.Done.class);
        assertThat(view(id).summary().status()).isEqualTo(CampaignStatus.RUNNING);

        hexmall.clock.advance(Duration.ofMinutes(5));
        assertThat(hexmall.endCampaign.end(because(id, "Stock sold out"))).isInstanceOf(CampaignOutcome.Done.class);
        assertThat(view(id).summary().status()).isEqualTo(CampaignStatus.ENDED);
        assertThat(hexmall.resumeCampaign.resume(because(id, "oops")))
                .isEqualTo(new CampaignOutcome.Refused("promotion.ended", List.of()));

        assertThat(view(id).history()).extracting(CampaignAuditEntry::action, CampaignAuditEntry::reason)
                .containsExactly(
                        tuple(AgentAction.END_CAMPAIGN, "Stock sold out"),
                        tuple(AgentAction.RESUME_CAMPAIGN, "Budget confirmed"),
                        tuple(AgentAction.PAUSE_CAMPAIGN, "Budget check"),
                        tuple(AgentAction.CREATE_CAMPAIGN,
                                "Double 11 encore for Alipay payers"));
        assertThat(hexmall.pauseCampaign.pause(because(new CampaignId(UUID.randomUUID()), "none")))
                .isInstanceOf(CampaignOutcome.NotFound.class);
    }

    @Test
    void changes_moveTheWindow_setBudgetAndLimit_butNeverABudgetBelowWhatPaymentsUsed() {
        CampaignId id = created(festivalForm(TODAY + "T00:00", "2025-11-20T00:00"));
        reserveAndCommit(id, Money.ofYuan(600, 0), hexmall.clock.instant());

        CampaignOutcome tooLow = hexmall.changeCampaign.change(
                ChangeCampaignCommand.budgetFromForm(supervisor, id, "500", "Cut the budget"));
        assertThat(tooLow).isEqualTo(new CampaignOutcome.Refused("promotion.budget-below-used",
                List.of(Money.ofYuan(600, 0))));
        assertThat(hexmall.changeCampaign.change(
                ChangeCampaignCommand.budgetFromForm(supervisor, id, "60,000.00", "More for the weekend")))
                .isInstanceOf(CampaignOutcome.Done.class);
        assertThat(hexmall.changeCampaign.change(
                ChangeCampaignCommand.usesFromForm(supervisor, id, "2", "Twice per customer")))
                .isInstanceOf(CampaignOutcome.Done.class);
        assertThat(hexmall.changeCampaign.change(ChangeCampaignCommand.windowFromForm(supervisor, id,
                TODAY + " 00:00", "2025-11-25 00:00", "Extended", SHANGHAI))).isInstanceOf(CampaignOutcome.Done.class);

        CampaignDetails details = view(id);
        assertThat(details.summary().campaign().budget()).isEqualTo(Money.ofYuan(60_000, 0));
        assertThat(details.summary().campaign().usesPerCustomer()).isEqualTo(2);
        assertThat(details.summary().campaign().window().endsAt()).isEqualTo(Instant.parse("2025-11-24T16:00:00Z"));
        assertThat(details.summary().budgetUsed()).isEqualTo(Money.ofYuan(600, 0));
        assertThat(details.summary().percentUsed()).isEqualTo(1);
        assertThat(details.history()).extracting(CampaignAuditEntry::subject).first().isEqualTo(
                "window 2025-11-11 00:00 to 2025-11-20 00:00 -> 2025-11-11 00:00 to 2025-11-25 00:00 (Asia/Shanghai)");
        assertThat(details.history()).extracting(CampaignAuditEntry::subject)
                .contains("budget ¥50,000.00 -> ¥60,000.00", "uses per customer 1 -> 2");
    }

    @Test
    void theCampaignsPage_showsWhatItSpentOnEachDayOfShanghaiTime_itsRedemptionsAndTheRefundsThatReversedThem() {
        CampaignId id = created(festivalForm("2025-11-09T00:00", "2025-11-20T00:00"));
        // 2025-11-09 23:30 and 2025-11-10 00:30 in Shanghai: two different days there, one day in UTC.
        PaymentId late = reserveAndCommit(id, Money.ofYuan(50, 0), Instant.parse("2025-11-09T15:30:00Z"));
        reserveAndCommit(id, Money.ofYuan(30, 0), Instant.parse("2025-11-09T16:30:00Z"));
        reserveAndCommit(id, Money.ofYuan(20, 0), Instant.parse("2025-11-09T17:30:00Z"));
        hexmall.storage.promotionBudgets().recordReversal(late, id, Money.ofYuan(50, 0), hexmall.clock.instant());

        CampaignDetails details = view(id);

        assertThat(details.spending()).containsExactly(
                new DailySpending(LocalDate.parse("2025-11-09"), Money.ofYuan(50, 0)),
                new DailySpending(LocalDate.parse("2025-11-10"), Money.ofYuan(50, 0)),
                new DailySpending(LocalDate.parse(TODAY), Money.ZERO));
        assertThat(hexmall.viewCampaign.view(id, 1, 1).orElseThrow().redemptions().total()).isEqualTo(3);
        assertThat(details.reversals().items()).extracting(CampaignRedemption::payment, CampaignRedemption::reversed)
                .containsExactly(tuple(late, Money.ofYuan(50, 0)));
    }

    private PaymentId reserveAndCommit(CampaignId campaign, Money amount, Instant at) {
        PaymentId payment = new PaymentId(UUID.randomUUID());
        var budgets = hexmall.storage.promotionBudgets();
        assertThat(hexmall.storage.transactions().inTransaction(() -> budgets.reserve(payment,
                new CustomerId(UUID.randomUUID()), List.of(new Claim(campaign, amount, 1)), at.minusSeconds(60)))
                .isReserved()).isTrue();
        budgets.commit(payment, at);
        return payment;
    }
}
