package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.risk.AlertQuery;
import org.hexmall.application.port.in.risk.QueuedAlert;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.StartBindingCommand;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskAlertId;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.face.FaceCheckAnswer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A payment the risk rules step up goes ahead once the customer passes the step-up for paying, and the alert that
 * asked records how the customer's side ended.
 */
class RiskStepUpTest {

    private static final String PHONE = "13800138000";
    private static final DeviceName CHROME_ON_ANDROID =
            new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID);
    private static final String PASSWORD = "tea-4two-pots";
    /** ¥3,000.00: far above a customer who buys tea, so the rules ask for a face check. */
    private static final Product TEA_SET = new Product(new ProductId("HOME-0001"), "Porcelain tea set", "瓷茶具",
            Category.HOME, Money.ofYuan(3_000, 0));

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.withRiskRules(RiskSettings.defaults());
    private final UseCases useCases = hexmall.anotherServer();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, null, "李雷", PASSWORD);
    private final Principal signedIn = new Principal.Customer(customer);
    private Session session;
    private OrderId teaSet;

    @BeforeEach
    void aTeaBuyerAboutToPayForATeaSet() {
        hexmall.stock(TEA, TEA_SET);
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        for (int order = 0; order < 2; order++) {
            hexmall.clock.advance(Duration.ofMinutes(11));
            hexmall.paid(customer, hexmall.orderOf(customer, TEA), ALIPAY);
        }
        hexmall.clock.advance(Duration.ofMinutes(11));
        session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        teaSet = hexmall.orderOf(customer, TEA_SET);
    }

    @Test
    void afterThePassedFaceCheck_theLargePaymentGoesToTheWallet_andTheAlertSaysVerified() {
        var asked = (PayResult.VerificationRequired) hexmall.pay(customer, teaSet);
        assertThat(asked.factor()).isEqualTo(StepUpFactor.FACE);

        assertThat(faceCheck(StepUpAction.PAY, FaceCheckAnswer.IT_IS_ME)).isInstanceOf(StepUpProgress.Passed.class);

        assertThat(hexmall.pay(customer, teaSet)).isInstanceOf(PayResult.GoToWallet.class);
        assertThat(outcomeOf(asked.alert())).isEqualTo(AlertOutcome.VERIFIED);
        assertThat(hexmall.countOpenRiskAlerts.count()).as("no second alert for the verified payment").isEqualTo(1);
    }

    @Test
    void theStepUpAllowsOnePayment_theNextLargeOneAsksAgain() {
        hexmall.pay(customer, teaSet);
        faceCheck(StepUpAction.PAY, FaceCheckAnswer.IT_IS_ME);
        assertThat(hexmall.pay(customer, teaSet)).isInstanceOf(PayResult.GoToWallet.class);

        assertThat(hexmall.pay(customer, hexmall.orderOf(customer, TEA_SET)))
                .isInstanceOf(PayResult.VerificationRequired.class);
    }

    @Test
    void aStepUpPassedForAnotherAction_doesNotLetThePaymentGoAhead() {
        var asked = (PayResult.VerificationRequired) hexmall.pay(customer, teaSet);

        assertThat(faceCheck(StepUpAction.CHANGE_PASSWORD, FaceCheckAnswer.IT_IS_ME))
                .isInstanceOf(StepUpProgress.Passed.class);

        assertThat(hexmall.pay(customer, teaSet)).isInstanceOf(PayResult.VerificationRequired.class);
        assertThat(outcomeOf(asked.alert())).isEqualTo(AlertOutcome.VERIFICATION_ASKED);
        assertThat(useCases.checkStepUp().hasPassed(customer, StepUpAction.CHANGE_PASSWORD))
                .as("the other action's step-up is not used up").isTrue();
    }

    @Test
    void aFaceThatIsNotTheCustomers_failsTheAlert_andNothingIsPaid() {
        var asked = (PayResult.VerificationRequired) hexmall.pay(customer, teaSet);

        assertThat(faceCheck(StepUpAction.PAY, FaceCheckAnswer.NOT_ME))
                .isInstanceOf(StepUpProgress.FaceNotMatched.class);

        assertThat(outcomeOf(asked.alert())).isEqualTo(AlertOutcome.VERIFICATION_FAILED);
        assertThat(hexmall.pay(customer, teaSet)).isInstanceOf(PayResult.VerificationRequired.class);
        assertThat(hexmall.order(teaSet).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void codesUsedUp_failTheAlert() {
        var asked = (PayResult.VerificationRequired) hexmall.pay(customer, teaSet);
        var sent = (StepUpProgress.CodeSent) useCases.startStepUp().start(customer, StepUpAction.PAY,
                StepUpFactor.SMS_CODE, id -> URI.create("/unused"), Language.ENGLISH);
        String wrong = hexmall.codeSentTo(PHONE).equals("000000") ? "111111" : "000000";

        StepUpProgress last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            last = useCases.enterStepUpCode().enter(sent.stepUp(), signedIn, wrong, session.id(),
                    InMemoryHexmall.CLIENT_ADDRESS);
        }

        assertThat(last).isEqualTo(new StepUpProgress.CodeUsedUp(sent.stepUp()));
        assertThat(outcomeOf(asked.alert())).isEqualTo(AlertOutcome.VERIFICATION_FAILED);
    }

    @Test
    void aPaymentTheRulesAllow_usesNoStepUp() {
        faceCheck(StepUpAction.PAY, FaceCheckAnswer.IT_IS_ME);

        assertThat(hexmall.pay(customer, hexmall.orderOf(customer, TEA))).isInstanceOf(PayResult.GoToWallet.class);

        assertThat(useCases.checkStepUp().hasPassed(customer, StepUpAction.PAY)).isTrue();
    }

    @Test
    void aBindingFromANewDevice_goesAheadAfterAnSmsCodeForBinding_andTheAlertSaysVerified() {
        StartBindingCommand fromNewDevice = weChatFromANewDevice();
        var asked = (BindingStart.VerificationRequired) hexmall.startWalletBinding.start(fromNewDevice);
        assertThat(asked.factor()).isEqualTo(StepUpFactor.SMS_CODE);

        hexmall.clock.advance(Duration.ofMinutes(1));
        assertThat(passTheBindingStepUpBySms()).isInstanceOf(StepUpProgress.Passed.class);

        hexmall.clock.advance(Duration.ofMinutes(1));
        assertThat(hexmall.startWalletBinding.start(fromNewDevice)).isInstanceOf(BindingStart.CodeSent.class);
        assertThat(outcomeOf(asked.alert())).isEqualTo(AlertOutcome.VERIFIED);
    }

    @Test
    void aBindingStartedWithinTheMinuteOfTheStepUpsCode_isToldToWait_andKeepsThePassedStepUpForLater() {
        StartBindingCommand fromNewDevice = weChatFromANewDevice();
        var asked = (BindingStart.VerificationRequired) hexmall.startWalletBinding.start(fromNewDevice);
        hexmall.clock.advance(Duration.ofMinutes(1));
        passTheBindingStepUpBySms();

        assertThat(hexmall.startWalletBinding.start(fromNewDevice))
                .as("the phone takes one code a minute, and the step-up's came just now")
                .isInstanceOf(BindingStart.TooSoon.class);
        assertThat(useCases.checkStepUp().hasPassed(customer, StepUpAction.BIND_WALLET)).isTrue();

        hexmall.clock.advance(Duration.ofMinutes(1));
        assertThat(hexmall.startWalletBinding.start(fromNewDevice))
                .as("no second step-up asked").isInstanceOf(BindingStart.CodeSent.class);
        assertThat(outcomeOf(asked.alert())).isEqualTo(AlertOutcome.VERIFIED);
    }

    @Test
    void aStepUpLeftUnanswered_showsTheAlertAbandoned_onceNothingCanAnswerIt() {
        var asked = (PayResult.VerificationRequired) hexmall.pay(customer, teaSet);
        useCases.startStepUp().start(customer, StepUpAction.PAY, StepUpFactor.FACE,
                id -> URI.create("/verify/" + id + "/face-return"), Language.ENGLISH);

        hexmall.clock.advance(RiskAlert.ANSWERABLE_FOR);
        assertThat(hexmall.viewRiskAlert.view(asked.alert()).orElseThrow().abandoned())
                .as("still answerable at the last moment").isFalse();
        assertThat(queued(asked.alert()).abandoned()).isFalse();

        hexmall.clock.advance(Duration.ofSeconds(1));
        var seen = hexmall.viewRiskAlert.view(asked.alert()).orElseThrow();
        assertThat(seen.abandoned()).isTrue();
        assertThat(queued(asked.alert()).abandoned()).as("in the agents' queue too").isTrue();
        assertThat(seen.alert().outcome()).as("until housekeeping stores it").isEqualTo(AlertOutcome.VERIFICATION_ASKED);
        assertThat(hexmall.order(teaSet).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
    }

    @Test
    void housekeepingStoresAnUnansweredStepUpAsAbandoned_andTheQueueListsItByThatOutcome() {
        var asked = (PayResult.VerificationRequired) hexmall.pay(customer, teaSet);
        hexmall.clock.advance(RiskAlert.ANSWERABLE_FOR);
        assertThat(useCases.markAbandonedAlerts().mark()).as("still answerable at the last moment").isZero();

        hexmall.clock.advance(Duration.ofSeconds(1));
        assertThat(useCases.markAbandonedAlerts().mark()).isEqualTo(1);

        assertThat(outcomeOf(asked.alert())).isEqualTo(AlertOutcome.ABANDONED);
        assertThat(queued(asked.alert()).abandoned()).isTrue();
        assertThat(hexmall.listRiskAlerts.queue(AlertQuery.of(null, null, null, null, "ABANDONED")).items())
                .extracting(row -> row.alert().id()).containsExactly(asked.alert());
        assertThat(hexmall.listRiskAlerts.queue(AlertQuery.of(null, null, null, null, "VERIFICATION_ASKED"))
                .total()).isZero();
        assertThat(useCases.markAbandonedAlerts().mark()).as("once").isZero();
    }

    @Test
    void aVerifiedAlert_isNeverShownAbandoned() {
        var asked = (PayResult.VerificationRequired) hexmall.pay(customer, teaSet);
        faceCheck(StepUpAction.PAY, FaceCheckAnswer.IT_IS_ME);
        hexmall.pay(customer, teaSet);

        hexmall.clock.advance(Duration.ofDays(1));

        assertThat(hexmall.viewRiskAlert.view(asked.alert()).orElseThrow().abandoned()).isFalse();
    }

    @Test
    void aSmallPaymentFromADeviceTheCustomerDoesNotTrust_asksForAnSmsCode() {
        var asked = hexmall.payFrom(deviceNotTrusted(), customer, hexmall.orderOf(customer, TEA));

        assertThat(asked).isInstanceOfSatisfying(PayResult.VerificationRequired.class,
                verify -> assertThat(verify.factor()).isEqualTo(StepUpFactor.SMS_CODE));
    }

    @Test
    void aSmallPaymentFromATrustedDevice_goesToTheWallet() {
        Device trusted = Device.firstSeen(new DeviceId(UUID.randomUUID()), customer, "trusted-phone", CHROME_ON_ANDROID,
                "203.0.113.7", hexmall.clock.instant()).trusted(hexmall.clock.instant());
        hexmall.storage.devices().save(trusted);

        assertThat(hexmall.payFrom(trusted.id(), customer, hexmall.orderOf(customer, TEA)))
                .isInstanceOf(PayResult.GoToWallet.class);
    }

    /** The customer binds a WeChat Pay account, which the store keeps ready, from a device it does not trust. */
    private StartBindingCommand weChatFromANewDevice() {
        hexmall.walletAccountAt(WECHAT_PAY, "13800000001");
        return new StartBindingCommand(customer, WECHAT_PAY, WalletAccountIdentifier.parse(WECHAT_PAY, "13800000001"),
                true, Language.ENGLISH, Optional.of(deviceNotTrusted()), InMemoryHexmall.RECONFIRMATION_RETURN);
    }

    /** The customer asks for the binding step-up's SMS code and types it in. */
    private StepUpProgress passTheBindingStepUpBySms() {
        var sent = (StepUpProgress.CodeSent) useCases.startStepUp().start(customer, StepUpAction.BIND_WALLET,
                StepUpFactor.SMS_CODE, id -> URI.create("/unused"), Language.ENGLISH);
        return useCases.enterStepUpCode().enter(sent.stepUp(), signedIn, hexmall.codeSentTo(PHONE), session.id(),
                InMemoryHexmall.CLIENT_ADDRESS);
    }

    /** A browser the customer logged in on with a code, without ticking "trust this device". */
    private DeviceId deviceNotTrusted() {
        Device device = Device.firstSeen(new DeviceId(UUID.randomUUID()), customer, "new-phone", CHROME_ON_ANDROID,
                "203.0.113.7", hexmall.clock.instant());
        hexmall.storage.devices().save(device);
        return device.id();
    }

    /** Starts a face check for the action, lets the simulated service answer, and comes back from it. */
    private StepUpProgress faceCheck(StepUpAction action, FaceCheckAnswer answer) {
        var opened = (StepUpProgress.FaceCheckOpened) useCases.startStepUp().start(customer, action,
                StepUpFactor.FACE, id -> URI.create("/verify/" + id + "/face-return"), Language.ENGLISH);
        String path = opened.page().getPath();
        hexmall.faces.answer(path.substring(path.lastIndexOf('/') + 1), answer);
        StepUpId stepUp = opened.stepUp();
        StepUpProgress progress = useCases.finishFaceCheck().finish(stepUp, signedIn, session.id(),
                InMemoryHexmall.CLIENT_ADDRESS);
        if (progress instanceof StepUpProgress.Passed passed) {
            session = passed.session();
        }
        return progress;
    }

    private AlertOutcome outcomeOf(RiskAlertId alert) {
        return hexmall.viewRiskAlert.view(alert).orElseThrow().alert().outcome();
    }

    /** The alert's row in the agents' queue. */
    private QueuedAlert queued(RiskAlertId alert) {
        return hexmall.listRiskAlerts.queue(AlertQuery.of(null, null, null, null)).items().stream()
                .filter(row -> row.alert().id().equals(alert)).findFirst().orElseThrow();
    }
}
