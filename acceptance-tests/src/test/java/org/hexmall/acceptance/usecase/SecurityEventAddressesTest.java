package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.RequestPasswordResetCommand;
import org.hexmall.application.port.in.account.ResetPasswordCommand;
import org.hexmall.application.port.in.account.StartSelfUnfreeze;
import org.hexmall.application.port.in.account.UnfreezeMyAccount;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.ForceUnbindCommand;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion;
import org.hexmall.application.port.in.wallet.ReconfirmationResult;
import org.hexmall.application.port.in.wallet.Unbinding;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEvent.Source;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.face.FaceCheckAnswer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Every security event the customer causes names the client address of the request that caused it, so that their
 * activity and the agent's page say where each change came from; customer service's actions name none.
 */
class SecurityEventAddressesTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    /** Not the address the customer logs in from, so that each event shows the one of its own request. */
    private static final String FROM = "198.51.100.23";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final UseCases useCases = hexmall.anotherServer();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, null, "李雷", PASSWORD);
    private final Principal signedIn = new Principal.Customer(customer);

    @Test
    void bindingAWallet_namesTheAddressTheCustomerCameBackFromTheWalletAppTo() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000001"));

        AuthorizationCompletion completion = hexmall.completeWalletAuthorization.complete(customer, ALIPAY,
                hexmall.approveInWalletApp(ALIPAY, hexmall.walletAppPage(customer, binding)), FROM);

        assertThat(completion).isInstanceOf(AuthorizationCompletion.Bound.class);
        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::source, SecurityEvent::clientAddress)
                .containsExactly(tuple(SecurityEventKind.WALLET_BOUND, Source.CUSTOMER, FROM));
    }

    @Test
    void replacingAWallet_namesTheAddressOnTheNewWalletAndOnTheOneItReplaced() {
        boundAlipay("13800000001");
        hexmall.walletAccountAt(WECHAT_PAY, "13800000002");
        hexmall.clock.advance(Duration.ofMinutes(1));
        BindingId wechat = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startReplacing(customer, WECHAT_PAY, "13800000002"));

        assertThat(hexmall.completeWalletAuthorization.complete(customer, WECHAT_PAY,
                hexmall.approveInWalletApp(WECHAT_PAY, hexmall.walletAppPage(customer, wechat)), FROM))
                .isInstanceOf(AuthorizationCompletion.Bound.class);

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::detail, SecurityEvent::clientAddress)
                .startsWith(tuple(SecurityEventKind.WALLET_BOUND, "WECHAT_PAY 138****0002", FROM),
                        tuple(SecurityEventKind.WALLET_UNBOUND, "ALIPAY 138****0001", FROM));
    }

    @Test
    void unbindingAWallet_namesTheAddressTheCustomerUnboundItFrom_onEitherWay() {
        assertThat(hexmall.unbindWallet.unbind(customer, boundAlipay("13800000001"), FROM)).isTrue();
        assertThat(hexmall.unbindWallet.unbind(customer, boundAlipay("13800000002"), Optional.empty(),
                InMemoryHexmall.RECONFIRMATION_RETURN, "2001:db8::7")).isInstanceOf(Unbinding.Unbound.class);

        assertThat(events()).filteredOn(event -> event.kind() == SecurityEventKind.WALLET_UNBOUND)
                .extracting(SecurityEvent::detail, SecurityEvent::clientAddress)
                .containsExactly(tuple("ALIPAY 138****0002", "2001:db8::7"), tuple("ALIPAY 138****0001", FROM));
    }

    @Test
    void reconfirmingAWalletOnANewPhone_namesTheAddressTheCustomerCameBackFrom() {
        hexmall.stock(TEA);
        boundAlipay("13800000001");
        DeviceId phone = phoneTrustedWithACode();
        var asked = (PayResult.ReconfirmWallet) hexmall.payFrom(phone, customer, hexmall.orderOf(customer, TEA));

        ReconfirmationResult result = useCases.completeWalletReconfirmation().complete(customer, ALIPAY,
                hexmall.approveInWalletApp(ALIPAY, asked.walletPage()), FROM);

        assertThat(result).isInstanceOf(ReconfirmationResult.Reconfirmed.class);
        assertThat(events().getFirst()).extracting(SecurityEvent::kind, SecurityEvent::clientAddress)
                .containsExactly(SecurityEventKind.WALLET_RECONFIRMED, FROM);
    }

    @Test
    void unfreezingOnesOwnAccount_namesTheAddressOfTheCodeAndOfTheUnfreeze() {
        hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD), InMemoryHexmall.CLIENT_ADDRESS);
        var started = (StartSelfUnfreeze.StepUpStarted) useCases.startSelfUnfreeze().start(PhoneNumber.parse(PHONE),
                new PlainPassword(PASSWORD), Language.ENGLISH);
        StepUpId stepUp = ((StepUpProgress.CodeSent) started.progress()).stepUp();
        assertThat(useCases.enterStepUpCode().enter(stepUp, Principal.ANONYMOUS, hexmall.codeSentTo(PHONE),
                hexmall.newVisitor().id(), FROM)).isInstanceOf(StepUpProgress.Passed.class);

        assertThat(useCases.unfreezeMyAccount().unfreeze(stepUp, FROM)).isEqualTo(new UnfreezeMyAccount.Unfrozen());

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::clientAddress).containsExactly(
                tuple(SecurityEventKind.ACCOUNT_UNFROZEN, FROM),
                tuple(SecurityEventKind.STEP_UP_PASSED, FROM),
                tuple(SecurityEventKind.ACCOUNT_FROZEN, InMemoryHexmall.CLIENT_ADDRESS));
    }

    @Test
    void changingThePhoneNumber_namesTheAddressTheNewNumbersCodeWasTypedAt() {
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        var passed = (StepUpProgress.Passed) useCases.enterStepUpCode().enter(startedBySms(StepUpAction.CHANGE_PHONE),
                signedIn, hexmall.codeSentTo(PHONE), session.id(), FROM);
        PhoneNumber newPhone = PhoneNumber.parse("13700137000");
        useCases.startPhoneChange().start(customer, newPhone, Language.ENGLISH);

        useCases.confirmPhoneChange().confirm(customer, newPhone, hexmall.codeSentTo("13700137000"),
                passed.session().id(), "203.0.113.99");

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::clientAddress).startsWith(
                tuple(SecurityEventKind.PHONE_CHANGED, "203.0.113.99"),
                tuple(SecurityEventKind.STEP_UP_PASSED, FROM));
    }

    @Test
    void aPasswordReset_namesTheAddressTheNewPasswordWasTypedAt() {
        hexmall.requestPasswordReset.requestCode(RequestPasswordResetCommand.fromForm(PHONE, Language.ENGLISH));
        String code = hexmall.sms.latestCodeFor(PhoneNumber.parse(PHONE)).orElseThrow();

        hexmall.resetPassword.reset(ResetPasswordCommand.fromForm(PHONE, code, "green-tea-9cups", "green-tea-9cups",
                FROM));

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::clientAddress)
                .containsExactly(tuple(SecurityEventKind.PASSWORD_RESET, FROM));
    }

    @Test
    void aStepUpFailedByWrongCodes_namesTheAddressTheLastWrongCodeWasTypedAt() {
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        StepUpId stepUp = startedBySms(StepUpAction.CHANGE_PASSWORD);
        String wrong = hexmall.codeSentTo(PHONE).equals("000000") ? "111111" : "000000";
        for (int tries = 0; tries < 5; tries++) {
            useCases.enterStepUpCode().enter(stepUp, signedIn, wrong, session.id(), FROM);
        }

        assertThat(events().getFirst()).extracting(SecurityEvent::kind, SecurityEvent::clientAddress)
                .containsExactly(SecurityEventKind.STEP_UP_FAILED, FROM);
    }

    @Test
    void aFaceCheck_namesTheAddressTheCustomerCameBackFrom_whetherItPassedOrFailed() {
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        StepUpId notMe = openedFaceCheck(StepUpAction.CHANGE_PASSWORD, FaceCheckAnswer.NOT_ME);
        useCases.finishFaceCheck().finish(notMe, signedIn, session.id(), FROM);
        StepUpId me = openedFaceCheck(StepUpAction.CHANGE_PHONE, FaceCheckAnswer.IT_IS_ME);
        useCases.finishFaceCheck().finish(me, signedIn, session.id(), "203.0.113.99");

        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::detail, SecurityEvent::clientAddress)
                .containsExactly(
                        tuple(SecurityEventKind.STEP_UP_PASSED, "CHANGE_PHONE · FACE", "203.0.113.99"),
                        tuple(SecurityEventKind.STEP_UP_FAILED, "CHANGE_PASSWORD · FACE", FROM));
    }

    @Test
    void aNewDeviceVerifiedAndTrusted_namesTheAddressTheCodeWasTypedAt() {
        NewDeviceLoginTest.logInOn(hexmall, PHONE, PASSWORD, NewDeviceLoginTest.LAPTOP,
                NewDeviceLoginTest.CHROME_ON_WINDOWS, hexmall.newVisitor());
        Session visitor = hexmall.newVisitor();
        NewDeviceLoginTest.logInOn(hexmall, PHONE, PASSWORD, NewDeviceLoginTest.PHONE_BROWSER,
                NewDeviceLoginTest.CHROME_ON_ANDROID, visitor);

        NewDeviceResult result = hexmall.verifyNewDevice.verify(NewDeviceCodeCommand.fromForm(
                NewDeviceLoginTest.PHONE_BROWSER, hexmall.codeSentTo(PHONE), true, visitor.id(), FROM));

        assertThat(result).isInstanceOf(NewDeviceResult.SignedIn.class);
        assertThat(events()).extracting(SecurityEvent::kind, SecurityEvent::clientAddress)
                .containsExactlyInAnyOrder(tuple(SecurityEventKind.DEVICE_TRUSTED, FROM),
                        tuple(SecurityEventKind.NEW_DEVICE_VERIFIED, FROM));
    }

    @Test
    void customerServicesActions_nameNoAddress() {
        AgentId agent = hexmall.registeredAgent("wang.fang");
        BindingId alipay = boundAlipay("13800000001");
        hexmall.lockOut(PHONE);

        hexmall.forceUnbindWallet.forceUnbind(ForceUnbindCommand.fromForm(agent, customer, alipay,
                "Customer called: phone stolen"));
        hexmall.clearLoginLock.clear(AccountSupportCommand.fromForm(agent, customer, "Caller confirmed identity"));
        hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(agent, customer, "Customer reported a theft"));

        assertThat(events()).filteredOn(event -> event.source() == Source.AGENT)
                .extracting(SecurityEvent::kind, SecurityEvent::clientAddress).containsExactly(
                        tuple(SecurityEventKind.ACCOUNT_FROZEN, ""),
                        tuple(SecurityEventKind.LOGIN_LOCK_CLEARED, ""),
                        tuple(SecurityEventKind.WALLET_UNBOUND, ""));
    }

    /** The customer's security events, newest first. */
    private List<SecurityEvent> events() {
        return hexmall.storage.securityEvents().newestFirst(customer, 1, 50).items();
    }

    private BindingId boundAlipay(String account) {
        return boundWallet(ALIPAY, account);
    }

    /** A wallet bound with every step; the clock then moves on so that the next binding's code may be sent. */
    private BindingId boundWallet(WalletProvider provider, String account) {
        hexmall.walletAccountAt(provider, account);
        hexmall.clock.advance(Duration.ofMinutes(1));
        return hexmall.boundWallet(customer, PHONE, provider, account);
    }

    /** A phone trusted with an SMS code just now: its first payment re-confirms the wallet. */
    private DeviceId phoneTrustedWithACode() {
        Device seen = Device.firstSeen(new DeviceId(UUID.randomUUID()), customer, "new-phone-" + UUID.randomUUID(),
                new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID),
                InMemoryHexmall.CLIENT_ADDRESS, hexmall.clock.instant());
        Device trusted = seen.awaitingCode(hexmall.clock.instant()).verified(true, hexmall.clock.instant());
        hexmall.storage.devices().save(trusted);
        return trusted.id();
    }

    private StepUpId startedBySms(StepUpAction action) {
        var progress = useCases.startStepUp().start(customer, action, StepUpFactor.SMS_CODE,
                id -> URI.create("/unused"), Language.ENGLISH);
        if (progress instanceof StepUpProgress.CodeSent sent) {
            return sent.stepUp();
        }
        if (progress instanceof StepUpProgress.CodeNotSentYet notYet) {
            hexmall.clock.advance(Duration.ofMinutes(1));
            return ((StepUpProgress.CodeSent) useCases.sendStepUpCode().send(notYet.stepUp(), signedIn,
                    Language.ENGLISH)).stepUp();
        }
        throw new AssertionError("expected a code to be sent, but the answer was " + progress);
    }

    /** A face check opened for the action, which the simulated service answers as given. */
    private StepUpId openedFaceCheck(StepUpAction action, FaceCheckAnswer answer) {
        var opened = (StepUpProgress.FaceCheckOpened) useCases.startStepUp().start(customer, action,
                StepUpFactor.FACE, id -> URI.create("/verify/" + id + "/face-return"), Language.ENGLISH);
        String path = opened.page().getPath();
        hexmall.faces.answer(path.substring(path.lastIndexOf('/') + 1), answer);
        return opened.stepUp();
    }
}
