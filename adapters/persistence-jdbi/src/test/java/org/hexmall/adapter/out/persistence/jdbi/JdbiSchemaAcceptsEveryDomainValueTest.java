package org.hexmall.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.hexmall.application.port.in.IdempotencyKey;
import org.hexmall.application.port.out.persistence.CouponShelf;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentEvent;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Refund;
import org.hexmall.domain.payment.RefundReason;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.CouponOrigin;
import org.hexmall.domain.promotion.CouponStatus;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.PricingLevel;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.AlertSeverity;
import org.hexmall.domain.risk.AttemptKind;
import org.hexmall.domain.risk.FiredRule;
import org.hexmall.domain.risk.Resolution;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskAttempt;
import org.hexmall.domain.risk.RiskDecision;
import org.hexmall.domain.risk.RiskReason;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.StepUp;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.security.StepUpState;
import org.hexmall.domain.security.VerificationCode;
import org.hexmall.domain.security.VerificationCodeId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;
import org.hexmall.domain.support.CompensationKind;
import org.hexmall.domain.support.CompensationStatus;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schema's CHECK constraints list the domain's enum values. A value added to the domain without a
 * migration would make storing it fail in production; these tests fail first.
 */
class JdbiSchemaAcceptsEveryDomainValueTest {

    private static final Instant NOW = Instant.parse("2025-11-11T08:00:00Z");
    private static final WalletAccountIdentifier PHONE = new WalletAccountIdentifier(IdentifierKind.PHONE,
            "13800000001");

    private static final org.hexmall.domain.security.StepUpFactor[] RISK_FACTORS =
            org.hexmall.domain.security.StepUpFactor.values();

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Test
    void bindingsOfEveryProviderStatusAndFailureReason_canBeStored() {
        CustomerId liLei = storedCustomer();
        for (WalletProvider provider : WalletProvider.values()) {
            store(liLei, provider, BindingStatus.CODE_SENT, Optional.empty());
        }
        for (BindingStatus status : BindingStatus.values()) {
            store(liLei, WalletProvider.WECHAT_PAY, status, Optional.empty());
        }
        for (BindingFailureReason reason : BindingFailureReason.values()) {
            store(liLei, WalletProvider.WECHAT_PAY, BindingStatus.FAILED, Optional.of(reason));
        }

        assertThat(database.persistence().walletBindings().findByCustomer(liLei)).hasSize(
                WalletProvider.values().length + BindingStatus.values().length + BindingFailureReason.values().length);
    }

    @Test
    void bindingsAndStepsAtEveryStageOfTheAgreementsCancellation_canBeStored() {
        CustomerId liLei = storedCustomer();
        for (AgreementCancellation cancellation : AgreementCancellation.values()) {
            database.persistence().walletBindings().add(WalletBinding.reconstitute(new BindingId(UUID.randomUUID()),
                    liLei, WalletProvider.ALIPAY, PHONE, NOW, BindingStatus.UNBOUND, Optional.empty(),
                    Optional.of("agreement-" + cancellation), false, Optional.of(cancellation), Optional.of(NOW),
                    List.of(new BindingEvent(NOW, BindingStatus.UNBOUND, Optional.empty(),
                            Optional.of(cancellation)))));
        }

        assertThat(database.persistence().walletBindings().findByCustomer(liLei))
                .extracting(binding -> binding.agreementCancellation().orElseThrow())
                .containsExactlyInAnyOrder(AgreementCancellation.values());
    }

    @Test
    void accountsOfEveryKind_canBeStored() {
        CustomerId liLei = storedCustomer();
        List<WalletAccountIdentifier> accounts = List.of(PHONE,
                new WalletAccountIdentifier(IdentifierKind.EMAIL, "lilei@example.com"),
                new WalletAccountIdentifier(IdentifierKind.ACCOUNT_ID, "lilei_wx"));
        assertThat(accounts).extracting(WalletAccountIdentifier::kind)
                .containsExactlyInAnyOrder(IdentifierKind.values());

        accounts.forEach(account -> database.persistence().walletBindings().add(WalletBinding.reconstitute(
                new BindingId(UUID.randomUUID()), liLei, WalletProvider.WECHAT_PAY, account, NOW,
                BindingStatus.CODE_SENT, Optional.empty(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                List.of(new BindingEvent(NOW, BindingStatus.CODE_SENT, Optional.empty())))));

        assertThat(database.persistence().walletBindings().findByCustomer(liLei)).hasSize(accounts.size());
    }

    @Test
    void loginsOfEveryOutcome_canBeStored() {
        CustomerId liLei = storedCustomer();
        Arrays.stream(LoginOutcome.values()).forEach(outcome -> database.persistence().loginHistory().record(
                new LoginRecord(liLei, NOW, outcome, "203.0.113.7")));

        assertThat(database.persistence().loginHistory().latest(liLei, 100)).extracting(LoginRecord::outcome)
                .containsExactlyInAnyOrder(LoginOutcome.values());
    }

    @Test
    void auditEntriesOfEveryAgentAction_canBeStored() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        Arrays.stream(AgentAction.values()).forEach(action -> database.persistence().auditLog().append(
                new AuditEntry(NOW, new AgentId(UUID.randomUUID()), "wang.fang", liLei, action, "subject", "reason")));

        assertThat(database.persistence().auditLog().forCustomer(liLei, 100)).extracting(AuditEntry::action)
                .containsExactlyInAnyOrder(AgentAction.values());
    }

    @Test
    void verificationCodesOfEveryPurpose_canBeStored() {
        PhoneNumber phone = new PhoneNumber("13800000001");
        for (CodePurpose purpose : CodePurpose.values()) {
            database.persistence().verificationCodes().save(VerificationCode.sent(
                    new VerificationCodeId(UUID.randomUUID()), phone, purpose, "code-hash", NOW));
        }

        for (CodePurpose purpose : CodePurpose.values()) {
            assertThat(database.persistence().verificationCodes().latestFor(phone, purpose))
                    .hasValueSatisfying(code -> assertThat(code.purpose()).isEqualTo(purpose));
        }
    }

    @Test
    void securityEventsOfEveryKindAndSource_canBeStored() {
        CustomerId liLei = storedCustomer();
        for (SecurityEventKind kind : SecurityEventKind.values()) {
            database.persistence().securityEvents().record(new SecurityEvent(liLei, NOW, kind,
                    SecurityEvent.Source.CUSTOMER, kind.name(), "203.0.113.7"));
        }
        for (SecurityEvent.Source source : SecurityEvent.Source.values()) {
            database.persistence().securityEvents().record(new SecurityEvent(liLei, NOW,
                    SecurityEventKind.ACCOUNT_FROZEN, source, "", ""));
        }

        int stored = SecurityEventKind.values().length + SecurityEvent.Source.values().length;
        var events = database.persistence().securityEvents().newestFirst(liLei, 1, stored).items();
        assertThat(events).extracting(SecurityEvent::kind).containsOnly(SecurityEventKind.values());
        assertThat(events).extracting(SecurityEvent::source).containsOnly(SecurityEvent.Source.values());
    }

    @Test
    void riskAlertsOfEveryAttemptDecisionFactorSeverityOutcomeRuleAndResolution_canBeStored() {
        CustomerId liLei = storedCustomer();
        RiskAlerts alerts = database.persistence().riskAlerts();
        List<FiredRule> everyRule = Arrays.stream(RiskRule.values())
                .map(rule -> new FiredRule(rule, 10, RiskReason.of(rule, "1", "2"))).toList();
        List<RiskAlertId> raised = new ArrayList<>();
        for (AttemptKind kind : AttemptKind.values()) {
            for (RiskDecision decision : RiskDecision.values()) {
                for (AlertSeverity severity : AlertSeverity.values()) {
                    for (AlertOutcome outcome : AlertOutcome.values()) {
                        Optional<org.hexmall.domain.security.StepUpFactor> factor = decision == RiskDecision.STEP_UP
                                ? Optional.of(RISK_FACTORS[raised.size() % RISK_FACTORS.length])
                                : Optional.empty();
                        var alert = new RiskAlert(new RiskAlertId(UUID.randomUUID()), liLei, NOW,
                                new RiskAttempt(kind, Optional.of(Money.ofFen(1)), "subject", "192.0.2.1"),
                                everyRule, decision, factor, severity, outcome, Optional.empty());
                        alerts.raise(alert);
                        raised.add(alert.id());
                    }
                }
            }
        }
        for (AlertResolution resolution : AlertResolution.values()) {
            assertThat(alerts.resolve(raised.get(resolution.ordinal()),
                    new Resolution(resolution, "note", new AgentId(UUID.randomUUID()), "agent", NOW))).isTrue();
        }

        assertThat(alerts.findById(raised.getLast()).orElseThrow().rules()).containsExactly(RiskRule.values());
    }

    @Test
    void stepUpsOfEveryActionFactorAndStoredState_canBeStored() {
        CustomerId liLei = storedCustomer();
        var stepUps = database.persistence().stepUps();
        for (StepUpAction action : StepUpAction.values()) {
            for (StepUpFactor factor : StepUpFactor.values()) {
                StepUp started = StepUp.start(new StepUpId(UUID.randomUUID()), liLei, action, factor, NOW);
                stepUps.save(started);
                stepUps.save(started.failed(NOW));
                StepUp passed = StepUp.start(new StepUpId(UUID.randomUUID()), liLei, action, factor, NOW)
                        .passed(NOW);
                stepUps.save(passed);
                stepUps.save(passed.consumed(action, NOW));
                assertThat(stepUps.findById(passed.id()).orElseThrow().state()).isEqualTo(StepUpState.CONSUMED);
                assertThat(stepUps.findById(started.id()).orElseThrow().state()).isEqualTo(StepUpState.FAILED);
            }
        }
    }

    @Test
    void productsOfEveryCategory_canBeStored() {
        for (Category category : Category.values()) {
            ProductId id = new ProductId("CAT-%04d".formatted(category.ordinal()));
            database.persistence().products().save(new Product(id, "Product", "商品", category, Money.ofFen(100)));
        }

        assertThat(database.persistence().products().findAll()).extracting(Product::category)
                .containsExactly(Category.values());
    }

    @Test
    void ordersOfEveryStatus_withLinesOfEveryCategory_canBeStored() {
        CustomerId liLei = storedCustomer();
        List<OrderLine> linesOfEveryCategory = Arrays.stream(Category.values())
                .map(category -> new OrderLine(new ProductId("CAT-0001"), "Product", "商品", category,
                        Money.ofFen(100), 1))
                .toList();
        for (OrderStatus status : OrderStatus.values()) {
            // A seed per status: different numbers, and the same ones on every run.
            OrderNumber number = OrderNumber.generate(LocalDate.of(2025, 11, 11),
                    new SplittableRandom(status.ordinal()));
            database.persistence().orders().add(Order.reconstitute(new OrderId(UUID.randomUUID()), number, liLei,
                    linesOfEveryCategory, NOW, status, NOW));
        }

        assertThat(database.persistence().orders().findByCustomer(liLei)).extracting(Order::status)
                .containsExactlyInAnyOrder(OrderStatus.values());
        assertThat(database.persistence().orders().findByCustomer(liLei).getFirst().lines())
                .extracting(OrderLine::category).containsExactly(Category.values());
    }

    @Test
    void paymentsOfEveryProviderStatusAndFailureReason_withRefundsOfEveryReason_canBeStored() {
        OrderId orderId = storedOrder(storedCustomer());
        for (WalletProvider provider : WalletProvider.values()) {
            store(orderId, provider, PaymentStatus.CREATED, Optional.empty(), List.of());
        }
        for (PaymentStatus status : PaymentStatus.values()) {
            store(orderId, WalletProvider.WECHAT_PAY, status,
                    status == PaymentStatus.FAILED ? Optional.of(PaymentFailureReason.DECLINED) : Optional.empty(),
                    List.of());
        }
        for (PaymentFailureReason reason : PaymentFailureReason.values()) {
            store(orderId, WalletProvider.WECHAT_PAY, PaymentStatus.FAILED, Optional.of(reason), List.of());
        }
        List<Refund> refundsOfEveryReason = Arrays.stream(RefundReason.values())
                .map(reason -> new Refund("R-" + reason.ordinal(), Money.ofFen(100), reason, NOW, "refund-0001"))
                .toList();
        store(orderId, WalletProvider.WECHAT_PAY, PaymentStatus.SUCCEEDED, Optional.empty(), refundsOfEveryReason);

        List<Payment> stored = database.persistence().payments().findByOrder(orderId);
        assertThat(stored).hasSize(WalletProvider.values().length + PaymentStatus.values().length
                + PaymentFailureReason.values().length + 1);
        assertThat(stored).flatExtracting(Payment::refunds).extracting(Refund::reason)
                .containsExactly(RefundReason.values());
        assertThat(stored).allSatisfy(payment -> assertThat(payment.timeline()).hasSize(PaymentNote.values().length + 1));
    }

    @Test
    void campaignsOfEveryKindBenefitWalletAndCategory_canBeStored() {
        CampaignWindow window = new CampaignWindow(NOW, NOW.plusSeconds(3600));
        Conditions everywhere = Conditions.none().withWallets(Set.of(WalletProvider.values()))
                .withCategories(Set.of(Category.values()));
        Map<CampaignKind, Benefit> benefits = Map.of(
                CampaignKind.FIRST_WALLET_PAYMENT, new Benefit.AmountOff(Money.ofYuan(10, 0)),
                CampaignKind.WALLET_COUPON, new Benefit.PercentOff(8, Money.ofYuan(30, 0)),
                CampaignKind.FESTIVAL, new Benefit.AmountOff(Money.ofYuan(50, 0)),
                CampaignKind.POINTS_MULTIPLIER, new Benefit.PointsMultiplier(2),
                CampaignKind.CASHBACK_VOUCHER, new Benefit.CashbackVoucher(Money.ofYuan(20, 0), Money.ZERO, 30));
        List<Campaign> campaigns = new ArrayList<>();
        for (CampaignKind kind : CampaignKind.values()) {
            Conditions conditions = kind == CampaignKind.FIRST_WALLET_PAYMENT
                    ? everywhere.firstPaymentWithWalletOnly() : everywhere;
            campaigns.add(Campaign.create(new CampaignId(UUID.randomUUID()), "Campaign " + kind, "活动", kind,
                    conditions, benefits.get(kind), new StackingGroup("group"),
                    kind == CampaignKind.WALLET_COUPON ? 7 : 0, window, Money.ofYuan(1000, 0), 1));
        }
        for (Campaign campaign : campaigns) {
            database.persistence().campaigns().add(campaign, NOW);
        }

        assertThat(database.persistence().campaigns().list(1, 100).items())
                .extracting(standing -> standing.campaign().kind())
                .containsExactlyInAnyOrder(CampaignKind.values());
        assertThat(Set.copyOf(benefits.values().stream().map(Object::getClass).toList()))
                .containsExactlyInAnyOrder(Benefit.class.getPermittedSubclasses());
    }

    @Test
    void couponsOfEveryOriginStatusAndLevel_andPointsOfEveryKind_canBeStored() {
        CustomerId liLei = storedCustomer();
        Campaign campaign = Campaign.create(new CampaignId(UUID.randomUUID()), "Voucher", "返现", CampaignKind.FESTIVAL,
                Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY)), new Benefit.AmountOff(Money.ofFen(1)),
                new StackingGroup("group"), 0, new CampaignWindow(NOW, NOW.plusSeconds(60)), Money.ofFen(100), 1);
        database.persistence().campaigns().add(campaign, NOW);
        int stored = 0;
        for (CouponOrigin origin : CouponOrigin.values()) {
            for (CouponStatus status : CouponStatus.values()) {
                for (PricingLevel level : PricingLevel.values()) {
                    Coupon coupon = Coupon.reconstitute(new CouponId(UUID.randomUUID()), liLei, origin,
                            Optional.of(campaign.id()), Optional.empty(), "Coupon", "优惠券",
                            new Benefit.AmountOff(Money.ofFen(100)), Conditions.none(), level,
                            new StackingGroup("voucher"), NOW, NOW.plusSeconds(60), status, Optional.empty(), NOW);
                    if (origin == CouponOrigin.CLAIMED) {
                        assertThat(database.persistence().coupons().claim(coupon, 1000)).isTrue();
                    } else {
                        database.persistence().coupons().add(coupon);
                    }
                    stored++;
                }
            }
        }
        List<PointsEntry> entries = Arrays.stream(PointsEntryKind.values())
                .map(kind -> new PointsEntry(liLei, kind, 100, Optional.empty(), "", NOW)).toList();
        database.persistence().pointsLedger().append(entries);

        assertThat(database.persistence().coupons().ofCustomer(liLei, CouponShelf.AVAILABLE, NOW, 1, 1).total()
                + database.persistence().coupons().ofCustomer(liLei, CouponShelf.USED, NOW, 1, 1).total()
                + database.persistence().coupons().ofCustomer(liLei, CouponShelf.EXPIRED, NOW, 1, 1).total())
                .isEqualTo(stored);
        assertThat(database.persistence().pointsLedger().ofCustomer(liLei, 1, 100).items())
                .extracting(PointsEntry::kind).containsExactlyInAnyOrder(PointsEntryKind.values());
    }

    private static void store(OrderId orderId, WalletProvider provider, PaymentStatus status,
                              Optional<PaymentFailureReason> failureReason, List<Refund> refunds) {
        Order order = database.persistence().orders().findById(orderId).orElseThrow();
        List<PaymentEvent> timeline = new ArrayList<>();
        timeline.add(new PaymentEvent.Moved(NOW, status, failureReason));
        for (PaymentNote note : PaymentNote.values()) {
            timeline.add(PaymentEvent.noted(NOW, status, note));
        }
        database.persistence().payments().add(Payment.reconstitute(new PaymentId(UUID.randomUUID()), orderId,
                order.number(), order.customerId(), new BindingId(UUID.randomUUID()), provider, Money.ofFen(10_000),
                status, failureReason, Optional.empty(), Optional.empty(), false, refunds, timeline));
    }

    @Test
    void aPaymentThatPromotionsCoverInFull_isStoredAtZero() {
        OrderId orderId = storedOrder(storedCustomer());
        Order order = database.persistence().orders().findById(orderId).orElseThrow();
        PaymentId id = new PaymentId(UUID.randomUUID());
        database.persistence().payments().add(Payment.reconstitute(id, orderId, order.number(), order.customerId(),
                new BindingId(UUID.randomUUID()), WalletProvider.ALIPAY, Money.ZERO, PaymentStatus.SUCCEEDED,
                Optional.empty(), Optional.of(Payment.COVERED_IN_FULL), Optional.empty(), false, List.of(),
                List.of(new PaymentEvent.Moved(NOW, PaymentStatus.SUCCEEDED, Optional.empty()))));

        assertThat(database.persistence().payments().findById(id).orElseThrow().amount()).isEqualTo(Money.ZERO);
    }

    @Test
    void compensationsOfEveryKindAndStatus_canBeStored() {
        CustomerId customer = new CustomerId(UUID.randomUUID());
        AgentId agent = new AgentId(UUID.randomUUID());
        AgentId supervisor = new AgentId(UUID.randomUUID());
        var compensations = database.persistence().compensations();
        for (CompensationKind kind : CompensationKind.values()) {
            for (CompensationStatus status : CompensationStatus.values()) {
                boolean coupon = kind == CompensationKind.COUPON;
                Compensation requested = new Compensation(new CompensationId(UUID.randomUUID()), customer, kind,
                        coupon ? Optional.of(new CampaignId(UUID.randomUUID())) : Optional.empty(),
                        coupon ? "Coupon" : "", coupon ? "优惠券" : "", coupon ? 0 : 100, Money.ofFen(100),
                        "Late delivery", agent, "li.na", NOW, CompensationStatus.PENDING, Optional.empty());
                switch (status) {
                    case GRANTED -> compensations.grantWithinLimit(new Compensation(requested.id(), customer, kind,
                            requested.campaignId(), requested.nameEn(), requested.nameZh(), requested.points(),
                            requested.value(), requested.reason(), agent, "li.na", NOW, CompensationStatus.GRANTED,
                            Optional.empty()), kind.ordinal()
                            + "x".repeat(IdempotencyKey.MAX_LENGTH - 1), NOW, Money.ofYuan(1_000, 0));
                    case PENDING -> compensations.add(requested, UUID.randomUUID().toString());
                    case APPROVED, REJECTED -> {
                        compensations.add(requested, UUID.randomUUID().toString());
                        compensations.decide(new Compensation(requested.id(), customer, kind, requested.campaignId(),
                                requested.nameEn(), requested.nameZh(), requested.points(), requested.value(),
                                requested.reason(), agent, "li.na", NOW, status, Optional.of(
                                new Compensation.Decision(supervisor, "zhang.wei", "Checked", NOW))));
                    }
                }
            }
        }

        List<Compensation> stored = compensations.ofCustomer(customer, 1, 100).items();
        assertThat(stored).extracting(Compensation::status).containsOnly(CompensationStatus.values());
        assertThat(stored).extracting(Compensation::kind).containsOnly(CompensationKind.values());
        assertThat(stored).hasSize(CompensationKind.values().length * CompensationStatus.values().length);
    }

    private static OrderId storedOrder(CustomerId customerId) {
        Order order = Order.settle(new OrderId(UUID.randomUUID()),
                OrderNumber.generate(LocalDate.of(2025, 11, 11), new SplittableRandom(1)), customerId,
                List.of(new OrderLine(new ProductId("ELEC-0001"), "Product", "商品", Category.ELECTRONICS,
                        Money.ofFen(10_000), 1)), NOW);
        database.persistence().orders().add(order);
        return order.id();
    }

    private static void store(CustomerId customerId, WalletProvider provider, BindingStatus status,
                              Optional<BindingFailureReason> failureReason) {
        database.persistence().walletBindings().add(WalletBinding.reconstitute(new BindingId(UUID.randomUUID()),
                customerId, provider, PHONE, NOW, status, failureReason, Optional.empty(), false, Optional.empty(),
                Optional.empty(), List.of(new BindingEvent(NOW, status, failureReason.map(Enum::name)))));
    }

    private static CustomerId storedCustomer() {
        Customer liLei = Customer.register(new CustomerId(UUID.randomUUID()), new PhoneNumber("13800000001"),
                Optional.empty(), new DisplayName("Li Lei"), new PasswordHash("$argon2id$v=19$example"), NOW);
        database.persistence().customers().add(liLei);
        return liLei.id();
    }
}
