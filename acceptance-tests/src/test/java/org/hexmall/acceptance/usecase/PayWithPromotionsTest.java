package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.NOVEL;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PaymentOptions;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.payment.PaymentAmount;
import org.hexmall.application.port.in.payment.PaymentReturn;
import org.hexmall.application.port.out.persistence.PromotionBudgets.ListedRedemption;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Redemption;
import org.hexmall.application.port.out.persistence.PromotionBudgets.RedemptionState;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.promotion.AppliedDiscount;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.Coupon;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.promotion.CouponOrigin;
import org.hexmall.domain.promotion.CouponStatus;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The customer pays with promotions: the price of the wallet that pays is frozen on the payment when it starts and
 * is what the wallet app asks for; what the price gives away (budget, coupons, points) is held while the payment is
 * under way, spent when it succeeds and given back when it does not.
 */
class PayWithPromotionsTest {

    private static final String PHONE = "13800138000";
    /** ¥329: over a festival's ¥300 threshold. */
    private static final Product RICE_COOKER = new Product(new ProductId("HOME-0001"), "Rice cooker 4 L",
            "电饭煲 4升", Category.HOME, Money.ofYuan(329, 0));

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.allowingWallets(3);
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final WalletAccountIdentifier alipayAccount = hexmall.walletAccountAt(ALIPAY, "13800000001");
    private final BindingId alipay = hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");

    PayWithPromotionsTest() {
        hexmall.stock(TEA, CHARGER, NOVEL, RICE_COOKER);
    }

    @Test
    void theFirstAlipayPaymentOverFifty_isChargedTenLess_andTheSecondIsNot() {
        run(RunningCampaigns.firstWalletPayment());
        OrderId first = hexmall.orderOf(customer, CHARGER);

        assertThat(amountInTheWalletApp(ALIPAY, hexmall.pay(customer, first))).isEqualTo(Money.ofYuan(79, 0));
        hexmall.paid(customer, first, ALIPAY);
        PaymentId second = hexmall.paid(customer, hexmall.orderOf(customer, CHARGER), ALIPAY);

        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - 79_00 - 89_00);
        assertThat(frozen(second).discounts()).isEmpty();
        assertThat(frozen(second).notApplied()).isEmpty();
    }

    @Test
    void weChatPay_isPricedOnItsOwn_itsFirstPaymentGetsTheOfferAfterAlipaysDid() {
        Campaign firstPayment = run(RunningCampaigns.firstWalletPayment());
        BindingId weChat = weChatBound();
        hexmall.paid(customer, hexmall.orderOf(customer, CHARGER), ALIPAY);
        OrderId second = hexmall.orderOf(customer, CHARGER);

        PayResult withWeChat = hexmall.payWith(customer, second, weChat);

        assertThat(amountInTheWalletApp(WECHAT_PAY, withWeChat)).isEqualTo(Money.ofYuan(79, 0));
        assertThat(frozen(InMemoryHexmall.paymentOf(withWeChat)).discounts())
                .singleElement().satisfies(discount -> {
                    assertThat(discount.nameEn()).isEqualTo(firstPayment.nameEn());
                    assertThat(discount.amount()).isEqualTo(Money.ofYuan(10, 0));
                });
    }

    @Test
    void aCampaignThatEndsAfterThePaymentStarted_doesNotChangeTheAmountCharged() {
        Campaign firstPayment = run(RunningCampaigns.firstWalletPayment());
        OrderId order = hexmall.orderOf(customer, CHARGER);
        URI payPage = InMemoryHexmall.payPage(hexmall.pay(customer, order));

        firstPayment.end(hexmall.clock.instant());
        hexmall.storage.campaigns().update(firstPayment);
        hexmall.clock.advance(Duration.ofMinutes(2));
        PaymentReturn back = hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, payPage));

        assertThat(back).isInstanceOfSatisfying(PaymentReturn.Paid.class,
                paid -> assertThat(paid.payment().amount()).isEqualTo(Money.ofYuan(79, 0)));
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - 79_00);
        assertThat(redemptionsOf(firstPayment)).extracting(Redemption::state)
                .containsExactly(RedemptionState.COMMITTED);
    }

    @Test
    void theBudget_isHeldWhileThePaymentIsUnderWay_andSpentWhenItSucceeds() {
        Campaign firstPayment = run(RunningCampaigns.firstWalletPayment());
        OrderId order = hexmall.orderOf(customer, CHARGER);
        URI payPage = InMemoryHexmall.payPage(hexmall.pay(customer, order));

        assertThat(budgetUsed(firstPayment)).isEqualTo(Money.ofYuan(10, 0));
        assertThat(redemptionsOf(firstPayment)).extracting(Redemption::state)
                .containsExactly(RedemptionState.RESERVED);

        hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, payPage));

        assertThat(budgetUsed(firstPayment)).isEqualTo(Money.ofYuan(10, 0));
        assertThat(redemptionsOf(firstPayment)).extracting(Redemption::state)
                .containsExactly(RedemptionState.COMMITTED);
        // The campaign's page lists the redemption by the order it paid for, as the rest of the console does.
        assertThat(hexmall.viewCampaign.view(firstPayment.id(), 1, 1).orElseThrow().redemptions().items())
                .singleElement().satisfies(redemption -> assertThat(redemption.order())
                        .hasValueSatisfying(paid -> assertThat(paid.id()).isEqualTo(order)));
    }

    @Test
    void aPaymentThatFails_givesTheBudgetBack_andTheNextPaymentGetsTheOfferAgain() {
        Campaign firstPayment = run(RunningCampaigns.firstWalletPayment());
        String phone = "13900139000";
        CustomerId hanMeimei = hexmall.registeredCustomer(phone, "", "韩梅梅", "other-pass-99");
        hexmall.walletAccountAt(ALIPAY, "13900000009", 50_00);
        hexmall.boundWallet(hanMeimei, phone, ALIPAY, "13900000009");
        OrderId order = hexmall.orderOf(hanMeimei, CHARGER);
        URI payPage = InMemoryHexmall.payPage(hexmall.pay(hanMeimei, order));

        PaymentReturn back = hexmall.comeBackFromPaying(hanMeimei, InMemoryHexmall.backToStore(
                hexmall.typePaymentPassword(ALIPAY, payPage, InMemoryHexmall.WALLET_PAYMENT_PASSWORD)));

        assertThat(back).isInstanceOf(PaymentReturn.NotPaid.class);
        assertThat(budgetUsed(firstPayment)).isEqualTo(Money.ZERO);
        assertThat(redemptionsOf(firstPayment)).extracting(Redemption::state)
                .containsExactly(RedemptionState.RELEASED);
        assertThat(amountInTheWalletApp(ALIPAY, hexmall.pay(hanMeimei, order))).isEqualTo(Money.ofYuan(79, 0));
    }

    @Test
    void aPaymentTheProviderCannotStart_givesTheBudgetBackAtOnce() {
        Campaign firstPayment = run(RunningCampaigns.firstWalletPayment());
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);

        PayResult result = hexmall.pay(customer, hexmall.orderOf(customer, CHARGER));

        assertThat(result).isInstanceOf(PayResult.Failed.class);
        assertThat(budgetUsed(firstPayment)).isEqualTo(Money.ZERO);
        assertThat(redemptionsOf(firstPayment)).extracting(Redemption::state)
                .containsExactly(RedemptionState.RELEASED);
    }

    @Test
    void aPaymentTheCustomerCancels_givesTheBudgetBack() {
        Campaign firstPayment = run(RunningCampaigns.firstWalletPayment());
        OrderId order = hexmall.orderOf(customer, CHARGER);
        URI payPage = InMemoryHexmall.payPage(hexmall.pay(customer, order));

        hexmall.comeBackFromPaying(customer, hexmall.leavePayPage(ALIPAY, payPage));

        assertThat(budgetUsed(firstPayment)).isEqualTo(Money.ZERO);
        assertThat(redemptionsOf(firstPayment)).extracting(Redemption::state)
                .containsExactly(RedemptionState.RELEASED);
    }

    @Test
    void aPaymentClosedBecauseAnotherWalletWasChosen_givesItsBudgetBack_andTheOtherWalletIsPricedAfresh() {
        Campaign firstPayment = run(RunningCampaigns.firstWalletPayment());
        BindingId weChat = weChatBound();
        OrderId order = hexmall.orderOf(customer, CHARGER);
        PaymentId withAlipay = InMemoryHexmall.paymentOf(hexmall.payWith(customer, order, alipay));

        PayResult withWeChat = hexmall.payWith(customer, order, weChat);

        assertThat(hexmall.paymentSeenBy(customer, withAlipay).status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(amountInTheWalletApp(WECHAT_PAY, withWeChat)).isEqualTo(Money.ofYuan(79, 0));
        assertThat(hexmall.storage.promotionBudgets().ofPayment(withAlipay)).extracting(Redemption::state)
                .containsExactly(RedemptionState.RELEASED);
        assertThat(budgetUsed(firstPayment)).isEqualTo(Money.ofYuan(10, 0));
    }

    @Test
    void aPaymentLeftInTheWalletAppPastItsWindow_isClosedByReconciliation_andGivesItsBudgetBack() {
        Campaign firstPayment = run(RunningCampaigns.firstWalletPayment());
        PaymentId payment = InMemoryHexmall.paymentOf(hexmall.pay(customer, hexmall.orderOf(customer, CHARGER)));

        hexmall.clock.advance(InMemoryHexmall.PAYMENTS.confirmationWindow().plus(Duration.ofMinutes(1)));
        hexmall.reconcilePayments.reconcile();

        assertThat(hexmall.paymentSeenBy(customer, payment).status()).isEqualTo(PaymentStatus.CLOSED);
        assertThat(budgetUsed(firstPayment)).isEqualTo(Money.ZERO);
    }

    @Test
    void aBudgetWithTooLittleLeft_isNotOffered_andTheFullPriceIsCharged() {
        Campaign almostSpent = run(RunningCampaigns.firstWalletPayment(RunningCampaigns.THIS_WEEK,
                Money.ofYuan(9, 0)));
        OrderId order = hexmall.orderOf(customer, CHARGER);

        assertThat(amountInTheWalletApp(ALIPAY, hexmall.pay(customer, order))).isEqualTo(Money.ofYuan(89, 0));
        assertThat(budgetUsed(almostSpent)).isEqualTo(Money.ZERO);
    }

    @Test
    void doublePointsWithWeChatPayOnGroceries_areEarnedWhenThePaymentSucceeds() {
        run(RunningCampaigns.doublePoints());
        BindingId weChat = weChatBound();
        OrderId order = hexmall.orderOf(customer, TEA, CHARGER);
        URI payPage = InMemoryHexmall.payPage(hexmall.payWith(customer, order, weChat));

        assertThat(pointsBalance()).isZero();
        hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(WECHAT_PAY, payPage));

        // ¥29.90 of tea earns 29 points twice; the ¥89 charger 89 once.
        assertThat(pointsBalance()).isEqualTo(29 * 2 + 89);
    }

    @Test
    void pointsSpent_takeTheirValueOff_andComeBackWhenThePaymentFails() {
        hexmall.storage.pointsLedger().append(List.of(new PointsEntry(customer, PointsEntryKind.COMPENSATION, 2000,
                Optional.empty(), "Late parcel", hexmall.clock.instant())));
        OrderId order = hexmall.orderOf(customer, CHARGER);
        PayResult started = payWithPoints(order, Optional.of(alipay), 1500);

        assertThat(amountInTheWalletApp(ALIPAY, started)).isEqualTo(Money.ofYuan(74, 0));
        assertThat(pointsBalance()).isEqualTo(500);

        hexmall.comeBackFromPaying(customer, hexmall.leavePayPage(ALIPAY, InMemoryHexmall.payPage(started)));

        assertThat(pointsBalance()).isEqualTo(2000);
        assertThat(hexmall.storage.pointsLedger().ofPayment(InMemoryHexmall.paymentOf(started)))
                .extracting(PointsEntry::kind)
                .containsExactly(PointsEntryKind.SPENT, PointsEntryKind.SPENDING_RELEASED);
    }

    @Test
    void theAnswerToPaying_saysWhatTheWalletAppCharges_andThePointsSpent_asDoesPayingAgain_whichGoesBackToIt() {
        hexmall.storage.pointsLedger().append(List.of(new PointsEntry(customer, PointsEntryKind.COMPENSATION, 2000,
                Optional.empty(), "Late parcel", hexmall.clock.instant())));
        OrderId order = hexmall.orderOf(customer, CHARGER);

        PayResult started = payWithPoints(order, Optional.of(alipay), 1500);
        PayResult again = payWithPoints(order, Optional.of(alipay), 0);

        PaymentAmount charge = new PaymentAmount(Money.ofYuan(74, 0), 1500);
        assertThat(started).isInstanceOfSatisfying(PayResult.GoToWallet.class,
                going -> assertThat(going.charge()).isEqualTo(charge));
        assertThat(amountInTheWalletApp(ALIPAY, started)).isEqualTo(charge.amount());
        assertThat(again).as("the payment waiting in the wallet app, at its own price and points")
                .isEqualTo(started);
    }

    @Test
    void aCashbackVoucher_isGrantedWhenThePaymentSucceeds_andTakesItsValueOffTheNextOrder() {
        Campaign cashback = run(RunningCampaigns.cashback());
        PaymentId first = hexmall.paid(customer, hexmall.orderOf(customer, CHARGER), ALIPAY);

        List<Coupon> vouchers = hexmall.storage.coupons().grantedFor(first);
        assertThat(vouchers).singleElement().satisfies(voucher -> {
            assertThat(voucher.origin()).isEqualTo(CouponOrigin.CASHBACK);
            assertThat(voucher.campaignId()).contains(cashback.id());
            assertThat(voucher.status()).isEqualTo(CouponStatus.AVAILABLE);
        });
        OrderId next = hexmall.orderOf(customer, CHARGER);
        PayResult started = hexmall.pay(customer, next);

        assertThat(amountInTheWalletApp(ALIPAY, started)).isEqualTo(Money.ofYuan(69, 0));
        hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, InMemoryHexmall.payPage(started)));
        assertThat(hexmall.storage.coupons().findById(vouchers.getFirst().id()).orElseThrow().status())
                .isEqualTo(CouponStatus.USED);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00 - 89_00 - 69_00);
    }

    @Test
    void aCouponUsed_isHeldByThePayment_andBackWithTheCustomerWhenThePaymentIsCancelled() {
        Coupon coupon = Coupon.compensation(new CouponId(UUID.randomUUID()), customer, "¥15 off, with our apologies",
                "补偿券 减15元", new Benefit.AmountOff(Money.ofYuan(15, 0)), Conditions.none(), 30,
                hexmall.clock.instant());
        hexmall.storage.coupons().add(coupon);
        OrderId order = hexmall.orderOf(customer, CHARGER);
        PayResult started = hexmall.pay(customer, order);

        assertThat(amountInTheWalletApp(ALIPAY, started)).isEqualTo(Money.ofYuan(74, 0));
        assertThat(couponStatus(coupon)).isEqualTo(CouponStatus.RESERVED);

        hexmall.comeBackFromPaying(customer, hexmall.leavePayPage(ALIPAY, InMemoryHexmall.payPage(started)));

        assertThat(couponStatus(coupon)).isEqualTo(CouponStatus.AVAILABLE);
    }

    @Test
    void anOrderACouponCoversInFull_isPaidAtOnce_withoutTheWalletCharging() {
        Coupon coupon = Coupon.compensation(new CouponId(UUID.randomUUID()), customer, "¥100 off, with our apologies",
                "补偿券 减100元", new Benefit.AmountOff(Money.ofYuan(100, 0)), Conditions.none(), 30,
                hexmall.clock.instant());
        hexmall.storage.coupons().add(coupon);
        OrderId order = hexmall.orderOf(customer, CHARGER);
        long balanceBefore = hexmall.balanceOf(ALIPAY, alipayAccount);

        PayResult paid = hexmall.pay(customer, order);

        assertThat(paid).isInstanceOf(PayResult.Paid.class);
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.PAID);
        assertThat(couponStatus(coupon)).isEqualTo(CouponStatus.USED);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(balanceBefore);
        Payment payment = hexmall.storage.payments().findById(((PayResult.Paid) paid).payment()).orElseThrow();
        assertThat(payment.amount()).isEqualTo(Money.ZERO);
        assertThat(payment.status()).isEqualTo(PaymentStatus.SUCCEEDED);
        assertThat(hexmall.pay(customer, order)).as("paid already").isInstanceOf(PayResult.AlreadyPaid.class);
    }

    @Test
    void festival_takesFiftyOffOverThreeHundred_withAlipay() {
        run(RunningCampaigns.festival());
        OrderId order = hexmall.orderOf(customer, RICE_COOKER);

        assertThat(amountInTheWalletApp(ALIPAY, hexmall.pay(customer, order))).isEqualTo(Money.ofYuan(279, 0));
    }

    @Test
    void aResumedPayment_keepsThePriceItStartedWith_thoughTheCampaignEndedMeanwhile() {
        Campaign firstPayment = run(RunningCampaigns.firstWalletPayment());
        OrderId order = hexmall.orderOf(customer, CHARGER);
        PayResult started = hexmall.pay(customer, order);
        firstPayment.end(hexmall.clock.instant());
        hexmall.storage.campaigns().update(firstPayment);

        PayResult resumed = hexmall.pay(customer, order);

        assertThat(InMemoryHexmall.paymentOf(resumed)).isEqualTo(InMemoryHexmall.paymentOf(started));
        assertThat(amountInTheWalletApp(ALIPAY, resumed)).isEqualTo(Money.ofYuan(79, 0));
    }

    @Test
    void whileAPaymentWaitsInTheWalletApp_thePaymentOptionsPriceThatWalletAtThePaymentsOwnPrice() {
        hexmall.storage.pointsLedger().append(List.of(new PointsEntry(customer, PointsEntryKind.COMPENSATION, 2000,
                Optional.empty(), "Late parcel", hexmall.clock.instant())));
        OrderId order = hexmall.orderOf(customer, CHARGER);
        PayResult started = payWithPoints(order, Optional.of(alipay), 1500);

        PaymentOptions options = hexmall.viewPaymentOptions.options(customer, order).orElseThrow();

        assertThat(options.waitingInWalletApp()).map(PaymentView::id).contains(InMemoryHexmall.paymentOf(started));
        assertThat(options.priceWith(alipay).orElseThrow().amountToPay())
                .as("what the wallet app charges, with the points the payment spends, which paying again goes back to")
                .isEqualTo(Money.ofYuan(74, 0));
        assertThat(options.priceWith(alipay)).contains(frozen(InMemoryHexmall.paymentOf(started)));
    }

    @Test
    void aChargeForAnOrderThatClosedMeanwhile_isRefunded_earnsNoPoints_andGivesItsBudgetBack() {
        Campaign firstPayment = run(RunningCampaigns.firstWalletPayment());
        OrderId order = hexmall.orderOf(customer, CHARGER);
        URI payPage = InMemoryHexmall.payPage(hexmall.pay(customer, order));
        hexmall.clock.advance(InMemoryHexmall.CHECKOUT.unpaidOrderTimeout());
        hexmall.closeOverdueOrders.close();

        PaymentReturn late = hexmall.comeBackFromPaying(customer, hexmall.payInWalletApp(ALIPAY, payPage));

        assertThat(late).isInstanceOf(PaymentReturn.ChargedAndRefunded.class);
        assertThat(hexmall.balanceOf(ALIPAY, alipayAccount)).isEqualTo(500_00);
        assertThat(pointsBalance()).isZero();
        assertThat(budgetUsed(firstPayment)).isEqualTo(Money.ZERO);
        assertThat(redemptionsOf(firstPayment)).extracting(Redemption::state)
                .containsExactly(RedemptionState.RELEASED);
    }

    @Test
    void aPaymentWithoutPromotions_stillEarnsAPointAYuan() {
        hexmall.paid(customer, hexmall.orderOf(customer, TEA, CHARGER), ALIPAY);

        assertThat(pointsBalance()).isEqualTo(118);
    }

    @Test
    void thePaymentOptions_priceTheOrderForEachWallet_andOfferHalfTheAmountInPoints() {
        run(RunningCampaigns.festival());
        run(RunningCampaigns.doublePoints());
        BindingId weChat = weChatBound();
        hexmall.storage.pointsLedger().append(List.of(new PointsEntry(customer, PointsEntryKind.COMPENSATION, 50_000,
                Optional.empty(), "Late parcel", hexmall.clock.instant())));
        OrderId order = hexmall.orderOf(customer, RICE_COOKER, TEA);

        PaymentOptions options = hexmall.viewPaymentOptions.options(customer, order).orElseThrow();

        PriceBreakdown withAlipay = options.priceWith(alipay).orElseThrow();
        PriceBreakdown withWeChat = options.priceWith(weChat).orElseThrow();
        assertThat(withAlipay.amountToPay()).isEqualTo(Money.ofYuan(308, 90));
        assertThat(withAlipay.discounts()).extracting(AppliedDiscount::amount).containsExactly(Money.ofYuan(50, 0));
        assertThat(withWeChat.amountToPay()).isEqualTo(Money.ofYuan(358, 90));
        assertThat(withWeChat.pointsToEarn()).isEqualTo(329 + 29 * 2);
        assertThat(withWeChat.notApplied()).extracting(offer -> offer.reason().code())
                .contains("promotion.not-applied.wallet");
        assertThat(options.pointsBalance()).isEqualTo(50_000);
        assertThat(options.pointsToSpend()).isEqualTo(15_400);
    }

    /** The customer binds WeChat Pay too, a minute later, so that the phone may receive its code. */
    private BindingId weChatBound() {
        hexmall.clock.advance(Duration.ofMinutes(1));
        return hexmall.walletBound(customer, PHONE, WECHAT_PAY, "13800000002");
    }

    private Campaign run(Campaign campaign) {
        hexmall.storage.campaigns().add(campaign, RunningCampaigns.setUpAt());
        return campaign;
    }

    private PayResult payWithPoints(OrderId order, Optional<BindingId> wallet, long points) {
        return hexmall.payForOrder.pay(new PayCommand(customer, order, wallet, Optional.empty(),
                InMemoryHexmall.PAYMENT_RETURN, Optional.empty(), InMemoryHexmall.RECONFIRMATION_RETURN, points));
    }

    private Money amountInTheWalletApp(WalletProvider provider, PayResult started) {
        SimulatedPayment shown = hexmall.wallets.payments()
                .onPage(provider, InMemoryHexmall.lastSegmentOf(InMemoryHexmall.payPage(started))).orElseThrow();
        return Money.ofFen(shown.amountFen());
    }

    private PriceBreakdown frozen(PaymentId payment) {
        return hexmall.storage.paymentPricings().find(payment).orElseThrow();
    }

    private Money budgetUsed(Campaign campaign) {
        return hexmall.storage.promotionBudgets().used(campaign.id());
    }

    private List<Redemption> redemptionsOf(Campaign campaign) {
        return hexmall.storage.promotionBudgets().redemptions(campaign.id(), 1, 50).items().stream()
                .map(ListedRedemption::redemption).toList();
    }

    private long pointsBalance() {
        return hexmall.storage.pointsLedger().balanceOf(customer);
    }

    private CouponStatus couponStatus(Coupon coupon) {
        return hexmall.storage.coupons().findById(coupon.id()).orElseThrow().status();
    }
}
