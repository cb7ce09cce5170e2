package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.account.ChangePassword;
import org.hexmall.application.port.in.account.ChangePasswordCommand;
import org.hexmall.application.port.in.account.ConfirmPhoneChange;
import org.hexmall.application.port.in.account.ReportNotMeCommand;
import org.hexmall.application.port.in.account.RequestPasswordResetCommand;
import org.hexmall.application.port.in.account.StartPhoneChange;
import org.hexmall.application.port.in.account.StartSelfUnfreeze;
import org.hexmall.application.port.in.account.UnfreezeMyAccount;
import org.hexmall.application.port.in.account.ViewPasswordReminder.Due;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.FrozenBy;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PasswordReminder;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;
import org.hexmall.simulator.face.FaceCheckAnswer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * Step-up verification and the actions that need it: a code by SMS or the simulated face check proves the customer
 * once more, for one action, once, for five minutes; change password, change phone and self-unfreeze use it.
 */
class StepUpTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final String NEW_PASSWORD = "river-7stones-calm";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final UseCases useCases = hexmall.anotherServer();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, null, "李雷", PASSWORD);
    private final Principal signedIn = new Principal.Customer(customer);

    @Test
    void theRightCode_passesTheStepUp_movesTheVisitorToANewSession_andAllowsItsOneActionOnce() {
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        StepUpId stepUp = startedBySms(StepUpAction.CHANGE_PASSWORD);

        var passed = useCases.enterStepUpCode().enter(stepUp, signedIn, hexmall.codeSentTo(PHONE), session.id(),
                InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(passed).isInstanceOf(StepUpProgress.Passed.class);
        Session rotated = ((StepUpProgress.Passed) passed).session();
        assertThat(rotated.id()).isNotEqualTo(session.id());
        assertThat(rotated.principal()).isEqualTo(signedIn);
        assertThat(hexmall.resumeSession.resume(Optional.of(session.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(useCases.checkStepUp().hasPassed(customer, StepUpAction.CHANGE_PASSWORD)).isTrue();
        assertThat(useCases.checkStepUp().hasPassed(customer, StepUpAction.CHANGE_PHONE)).isFalse();
        assertThat(securityEvents()).contains(SecurityEventKind.STEP_UP_PASSED);

        assertThat(changePassword(rotated)).isInstanceOf(ChangePassword.Changed.class);
        assertThat(changePassword(rotated)).isEqualTo(new ChangePassword.StepUpNeeded());
    }

    @Test
    void aPassedStepUp_allowsNothingFiveMinutesLater() {
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        StepUpId stepUp = startedBySms(StepUpAction.CHANGE_PASSWORD);
        var passed = (StepUpProgress.Passed) useCases.enterStepUpCode().enter(stepUp, signedIn,
                hexmall.codeSentTo(PHONE), session.id(), InMemoryHexmall.CLIENT_ADDRESS);

        hexmall.clock.advance(Duration.ofMinutes(5));

        assertThat(useCases.checkStepUp().hasPassed(customer, StepUpAction.CHANGE_PASSWORD)).isFalse();
        assertThat(changePassword(passed.session())).isEqualTo(new ChangePassword.StepUpNeeded());
    }

    @Test
    void fiveWrongCodes_failTheStepUp_andItStaysFailed() {
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        StepUpId stepUp = startedBySms(StepUpAction.CHANGE_PHONE);
        String wrong = hexmall.codeSentTo(PHONE).equals("000000") ? "111111" : "000000";
        for (int left = 4; left >= 1; left--) {
            assertThat(useCases.enterStepUpCode().enter(stepUp, signedIn, wrong, session.id(),
                    InMemoryHexmall.CLIENT_ADDRESS))
                    .isEqualTo(new StepUpProgress.WrongCode(stepUp, left));
        }

        assertThat(useCases.enterStepUpCode().enter(stepUp, signedIn, wrong, session.id(),
                InMemoryHexmall.CLIENT_ADDRESS))
                .isEqualTo(new StepUpProgress.CodeUsedUp(stepUp));
        assertThat(useCases.enterStepUpCode().enter(stepUp, signedIn, hexmall.codeSentTo(PHONE), session.id(),
                InMemoryHexmall.CLIENT_ADDRESS))
                .isEqualTo(new StepUpProgress.Over(stepUp));
        assertThat(securityEvents()).contains(SecurityEventKind.STEP_UP_FAILED);
    }

    @Test
    void aCodeForAnotherPurposeAMomentAgo_holdsTheStepUpsCodeBack_andSaysNoneWasSentForIt_untilOneWas() {
        sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        hexmall.requestPasswordReset.requestCode(RequestPasswordResetCommand.fromForm(PHONE, Language.ENGLISH));
        hexmall.clock.advance(Duration.ofSeconds(20));

        var heldBack = (StepUpProgress.CodeNotSentYet) useCases.startStepUp().start(customer,
                StepUpAction.CHANGE_PASSWORD, StepUpFactor.SMS_CODE, id -> URI.create("/unused"), Language.ENGLISH);

        assertThat(heldBack.earlierCode()).isEqualTo(StepUpProgress.EarlierCode.NONE);
        assertThat(heldBack.retryAt()).isEqualTo(hexmall.clock.instant().plusSeconds(40));
        hexmall.clock.advance(Duration.ofSeconds(40));
        assertThat(useCases.sendStepUpCode().send(heldBack.stepUp(), signedIn, Language.ENGLISH))
                .isInstanceOf(StepUpProgress.CodeSent.class);
        hexmall.clock.advance(Duration.ofSeconds(20));
        assertThat(useCases.sendStepUpCode().send(heldBack.stepUp(), signedIn, Language.ENGLISH))
                .isInstanceOfSatisfying(StepUpProgress.CodeNotSentYet.class, notYet -> assertThat(
                        notYet.earlierCode()).isEqualTo(StepUpProgress.EarlierCode.WORKS));
        hexmall.clock.advance(Duration.ofMinutes(5));
        hexmall.requestPasswordReset.requestCode(RequestPasswordResetCommand.fromForm(PHONE, Language.ENGLISH));
        assertThat(useCases.sendStepUpCode().send(heldBack.stepUp(), signedIn, Language.ENGLISH))
                .isInstanceOfSatisfying(StepUpProgress.CodeNotSentYet.class, notYet -> assertThat(
                        notYet.earlierCode()).isEqualTo(StepUpProgress.EarlierCode.NO_LONGER_WORKS));
    }

    @Test
    void anotherCustomer_cannotSeeOrUseSomeoneElsesStepUp() {
        CustomerId other = hexmall.registeredCustomer("13900139000", null, "韩梅梅", PASSWORD);
        Session theirs = sessionAfter(hexmall.logIn("13900139000", PASSWORD, hexmall.newVisitor()));
        StepUpId stepUp = startedBySms(StepUpAction.CHANGE_PASSWORD);

        assertThat(useCases.viewStepUp().view(stepUp, new Principal.Customer(other))).isEmpty();
        assertThat(useCases.enterStepUpCode().enter(stepUp, new Principal.Customer(other), hexmall.codeSentTo(PHONE),
                theirs.id(), InMemoryHexmall.CLIENT_ADDRESS)).isEqualTo(new StepUpProgress.NotFound());
        assertThat(useCases.viewStepUp().view(stepUp, Principal.ANONYMOUS)).isEmpty();
    }

    @Test
    void theFaceCheck_passesOnlyWhenTheServiceSaysItIsTheCustomer_whateverTheBrowserClaims() {
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        var opened = (StepUpProgress.FaceCheckOpened) useCases.startStepUp().start(customer,
                StepUpAction.CHANGE_PASSWORD, StepUpFactor.FACE, id -> URI.create("/verify/" + id + "/face-return"),
                Language.ENGLISH);
        String reference = opened.page().getPath().substring(opened.page().getPath().lastIndexOf('/') + 1);

        assertThat(useCases.finishFaceCheck().finish(opened.stepUp(), signedIn, session.id(),
                InMemoryHexmall.CLIENT_ADDRESS))
                .isEqualTo(new StepUpProgress.FaceCheckPending(opened.stepUp()));

        hexmall.faces.answer(reference, FaceCheckAnswer.IT_IS_ME);
        assertThat(useCases.finishFaceCheck().finish(opened.stepUp(), signedIn, session.id(),
                InMemoryHexmall.CLIENT_ADDRESS))
                .isInstanceOf(StepUpProgress.Passed.class);
    }

    @Test
    void aFaceThatIsNotTheCustomers_failsTheStepUp_andACameraThatFails_leavesItOpenForACode() {
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        var notMe = openedFaceCheck(StepUpAction.CHANGE_PASSWORD);
        hexmall.faces.answer(notMe.reference(), FaceCheckAnswer.NOT_ME);
        assertThat(useCases.finishFaceCheck().finish(notMe.id(), signedIn, session.id(),
                InMemoryHexmall.CLIENT_ADDRESS))
                .isEqualTo(new StepUpProgress.FaceNotMatched(notMe.id()));
        assertThat(useCases.checkStepUp().hasPassed(customer, StepUpAction.CHANGE_PASSWORD)).isFalse();

        var noCamera = openedFaceCheck(StepUpAction.CHANGE_PHONE);
        hexmall.faces.answer(noCamera.reference(), FaceCheckAnswer.CAMERA_UNAVAILABLE);
        assertThat(useCases.finishFaceCheck().finish(noCamera.id(), signedIn, session.id(),
                InMemoryHexmall.CLIENT_ADDRESS))
                .isEqualTo(new StepUpProgress.CameraUnavailable(noCamera.id()));
        assertThat(useCases.sendStepUpCode().send(noCamera.id(), signedIn, Language.ENGLISH))
                .isInstanceOf(StepUpProgress.CodeSent.class);
        assertThat(useCases.enterStepUpCode().enter(noCamera.id(), signedIn, hexmall.codeSentTo(PHONE),
                session.id(), InMemoryHexmall.CLIENT_ADDRESS)).isInstanceOf(StepUpProgress.Passed.class);
    }

    @Test
    void aNewPhoneNumber_needsTheStepUp_andACodeSentToIt_andMustBeNobodyElses() {
        hexmall.registeredCustomer("13900139000", null, "韩梅梅", PASSWORD);
        PhoneNumber newPhone = PhoneNumber.parse("13700137000");
        assertThat(useCases.startPhoneChange().start(customer, newPhone, Language.ENGLISH))
                .isEqualTo(new StartPhoneChange.StepUpNeeded());
        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        var passed = (StepUpProgress.Passed) useCases.enterStepUpCode().enter(startedBySms(StepUpAction.CHANGE_PHONE),
                signedIn, hexmall.codeSentTo(PHONE), session.id(), InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(useCases.startPhoneChange().start(customer, PhoneNumber.parse("13900139000"), Language.ENGLISH))
                .isEqualTo(new StartPhoneChange.NumberTaken());
        assertThat(useCases.startPhoneChange().start(customer, newPhone, Language.ENGLISH))
                .isInstanceOf(StartPhoneChange.CodeSent.class);
        assertThat(useCases.confirmPhoneChange().confirm(customer, newPhone, hexmall.codeSentTo("13700137000"),
                passed.session().id(), InMemoryHexmall.CLIENT_ADDRESS))
                .isInstanceOfSatisfying(ConfirmPhoneChange.Changed.class,
                        changed -> assertThat(changed.maskedPhone()).isEqualTo("137****7000"));

        assertThat(hexmall.logIn("13700137000", PASSWORD, hexmall.newVisitor()))
                .isInstanceOf(LoginResult.SignedIn.class);
        assertThat(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()))
                .isInstanceOf(LoginResult.WrongCredentials.class);
    }

    @Test
    void aCustomerWhoFrozeTheirAccount_unfreezesItWithPasswordAndCode() {
        hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD), InMemoryHexmall.CLIENT_ADDRESS);

        var started = (StartSelfUnfreeze.StepUpStarted) useCases.startSelfUnfreeze().start(PhoneNumber.parse(PHONE),
                new PlainPassword(PASSWORD), Language.ENGLISH);
        StepUpId stepUp = ((StepUpProgress.CodeSent) started.progress()).stepUp();
        assertThat(useCases.unfreezeMyAccount().unfreeze(stepUp, InMemoryHexmall.CLIENT_ADDRESS))
                .isEqualTo(new UnfreezeMyAccount.StepUpNeeded());
        Session visitor = hexmall.newVisitor();
        assertThat(useCases.enterStepUpCode().enter(stepUp, Principal.ANONYMOUS, hexmall.codeSentTo(PHONE),
                visitor.id(), InMemoryHexmall.CLIENT_ADDRESS)).isInstanceOf(StepUpProgress.Passed.class);

        assertThat(useCases.unfreezeMyAccount().unfreeze(stepUp, InMemoryHexmall.CLIENT_ADDRESS))
                .isEqualTo(new UnfreezeMyAccount.Unfrozen());
        assertThat(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor())).isInstanceOf(LoginResult.SignedIn.class);
        assertThat(securityEvents()).contains(SecurityEventKind.ACCOUNT_UNFROZEN);
    }

    @Test
    void anAccountCustomerServiceFroze_isNotSelfUnfreezable_andAWrongPasswordLearnsNothing() {
        var agent = hexmall.registeredAgent("wang.fang");
        hexmall.freezeAccount.freeze(AccountSupportCommand.fromForm(agent, customer, "Confirmed fraud on the account"));

        assertThat(useCases.startSelfUnfreeze().start(PhoneNumber.parse(PHONE), new PlainPassword("guess-1"),
                Language.ENGLISH)).isEqualTo(new StartSelfUnfreeze.WrongCredentials());
        assertThat(useCases.startSelfUnfreeze().start(PhoneNumber.parse("13700137000"), new PlainPassword(PASSWORD),
                Language.ENGLISH)).isEqualTo(new StartSelfUnfreeze.WrongCredentials());
        assertThat(useCases.startSelfUnfreeze().start(PhoneNumber.parse(PHONE), new PlainPassword(PASSWORD),
                Language.ENGLISH)).isEqualTo(new StartSelfUnfreeze.ForCustomerServiceToUnfreeze(
                FrozenBy.CUSTOMER_SERVICE));
    }

    @Test
    void wrongPasswordsOnTheUnfreezeForm_lockANumberWithoutAnAccountAsTheyLockOneWithAnAccount() {
        hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD), InMemoryHexmall.CLIENT_ADDRESS);
        String nobodysPhone = "13700137000";

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(unfreezeWith(nobodysPhone, "guess-" + attempt)).as("attempt %d", attempt)
                    .isEqualTo(unfreezeWith(PHONE, "guess-" + attempt))
                    .isEqualTo(new StartSelfUnfreeze.WrongCredentials());
        }

        assertThat(unfreezeWith(nobodysPhone, "guess-5")).isInstanceOf(StartSelfUnfreeze.Locked.class);
        assertThat(unfreezeWith(PHONE, "guess-5")).isInstanceOf(StartSelfUnfreeze.Locked.class);
        assertThat(hexmall.logIn(nobodysPhone, "guess-6", hexmall.newVisitor())).as("the login form's lock")
                .isInstanceOf(LoginResult.Locked.class);
    }

    @Test
    void anAccountFrozenBecauseTheCustomerReportedSomethingNotThem_isForCustomerServiceToUnfreeze() {
        useCases.reportNotMe().report(new ReportNotMeCommand(customer, SecurityEventKind.PASSWORD_CHANGED.name(),
                hexmall.clock.instant(), InMemoryHexmall.CLIENT_ADDRESS));

        assertThat(useCases.startSelfUnfreeze().start(PhoneNumber.parse(PHONE), new PlainPassword(PASSWORD),
                Language.ENGLISH)).isEqualTo(new StartSelfUnfreeze.ForCustomerServiceToUnfreeze(
                FrozenBy.NOT_ME_REPORT));
    }

    private StartSelfUnfreeze.Result unfreezeWith(String phone, String password) {
        return useCases.startSelfUnfreeze().start(PhoneNumber.parse(phone), new PlainPassword(password),
                Language.ENGLISH);
    }

    @Test
    void changingThePassword_endsTheCustomersOtherSessions_andAWrongCurrentPasswordKeepsTheStepUp() {
        Session here = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        Session elsewhere = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        var passed = (StepUpProgress.Passed) useCases.enterStepUpCode().enter(
                startedBySms(StepUpAction.CHANGE_PASSWORD), signedIn, hexmall.codeSentTo(PHONE), here.id(),
                InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(useCases.changePassword().change(ChangePasswordCommand.fromForm(customer, "not-mine",
                NEW_PASSWORD, NEW_PASSWORD, InMemoryHexmall.CLIENT_ADDRESS), passed.session().id()))
                .isEqualTo(new ChangePassword.WrongCurrentPassword());
        var changed = (ChangePassword.Changed) changePassword(passed.session());

        assertThat(hexmall.resumeSession.resume(Optional.of(changed.session().id())).principal()).isEqualTo(signedIn);
        assertThat(hexmall.resumeSession.resume(Optional.of(elsewhere.id())).principal())
                .isEqualTo(Principal.ANONYMOUS);
        assertThat(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()))
                .isInstanceOf(LoginResult.WrongCredentials.class);
        assertThat(securityEvents()).contains(SecurityEventKind.PASSWORD_CHANGED);
    }

    @Test
    void changingThePhoneNumber_isInTheActivityWithTheNewNumberMasked_andEndsTheCustomersOtherSessions() {
        Session here = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        Session elsewhere = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        var passed = (StepUpProgress.Passed) useCases.enterStepUpCode().enter(startedBySms(StepUpAction.CHANGE_PHONE),
                signedIn, hexmall.codeSentTo(PHONE), here.id(), InMemoryHexmall.CLIENT_ADDRESS);
        PhoneNumber newPhone = PhoneNumber.parse("13700137000");
        useCases.startPhoneChange().start(customer, newPhone, Language.ENGLISH);

        var changed = (ConfirmPhoneChange.Changed) useCases.confirmPhoneChange().confirm(customer, newPhone,
                hexmall.codeSentTo("13700137000"), passed.session().id(), InMemoryHexmall.CLIENT_ADDRESS);

        assertThat(changed.session().id()).isNotEqualTo(passed.session().id());
        assertThat(hexmall.resumeSession.resume(Optional.of(changed.session().id())).principal()).isEqualTo(signedIn);
        assertThat(hexmall.resumeSession.resume(Optional.of(passed.session().id())).principal())
                .isEqualTo(Principal.ANONYMOUS);
        assertThat(hexmall.resumeSession.resume(Optional.of(elsewhere.id())).principal())
                .isEqualTo(Principal.ANONYMOUS);
        SecurityEvent newest = hexmall.storage.securityEvents().newestFirst(customer, 1, 1).items().getFirst();
        assertThat(newest.kind()).isEqualTo(SecurityEventKind.PHONE_CHANGED);
        assertThat(newest.source()).isEqualTo(SecurityEvent.Source.CUSTOMER);
        assertThat(newest.detail()).isEqualTo("137****7000").doesNotContain("13700137000");
    }

    @Test
    void aWrongCodeForTheNewNumber_changesNothing_andRecordsNothing() {
        Session here = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        Session elsewhere = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        var passed = (StepUpProgress.Passed) useCases.enterStepUpCode().enter(startedBySms(StepUpAction.CHANGE_PHONE),
                signedIn, hexmall.codeSentTo(PHONE), here.id(), InMemoryHexmall.CLIENT_ADDRESS);
        PhoneNumber newPhone = PhoneNumber.parse("13700137000");
        useCases.startPhoneChange().start(customer, newPhone, Language.ENGLISH);
        String wrong = hexmall.codeSentTo("13700137000").equals("000000") ? "111111" : "000000";

        assertThat(useCases.confirmPhoneChange().confirm(customer, newPhone, wrong, passed.session().id(),
                InMemoryHexmall.CLIENT_ADDRESS))
                .isInstanceOf(ConfirmPhoneChange.WrongCode.class);

        assertThat(hexmall.resumeSession.resume(Optional.of(elsewhere.id())).principal()).isEqualTo(signedIn);
        assertThat(securityEvents()).doesNotContain(SecurityEventKind.PHONE_CHANGED);
    }

    @Test
    void thePasswordReminder_comesAfter180Days_staysAwayForAMonthWhenDismissed_andEndsWithAChange() {
        assertThat(useCases.viewPasswordReminder().due(customer)).isEmpty();
        hexmall.clock.advance(Duration.ofDays(180));
        assertThat(useCases.viewPasswordReminder().due(customer).map(Due::reason))
                .contains(PasswordReminder.Reason.PASSWORD_OLD);

        useCases.dismissPasswordReminder().dismiss(customer);
        assertThat(useCases.viewPasswordReminder().due(customer)).isEmpty();
        hexmall.clock.advance(Duration.ofDays(30));
        assertThat(useCases.viewPasswordReminder().due(customer).map(Due::reason))
                .contains(PasswordReminder.Reason.PASSWORD_OLD);

        Session session = sessionAfter(hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor()));
        var passed = (StepUpProgress.Passed) useCases.enterStepUpCode().enter(
                startedBySms(StepUpAction.CHANGE_PASSWORD), signedIn, hexmall.codeSentTo(PHONE), session.id(),
                InMemoryHexmall.CLIENT_ADDRESS);
        changePassword(passed.session());
        assertThat(useCases.viewPasswordReminder().due(customer)).isEmpty();
    }

    @Test
    void aLoginLockSinceThePasswordChanged_bringsTheReminderAtOnce_untilDismissed() {
        assertThat(useCases.viewPasswordReminder().due(customer)).isEmpty();
        hexmall.clock.advance(Duration.ofMinutes(1));
        hexmall.storage.transactions().inTransaction(() -> hexmall.storage.securityEvents().record(new SecurityEvent(
                customer, hexmall.clock.instant(), SecurityEventKind.LOGIN_LOCKED, SecurityEvent.Source.SYSTEM, "",
                "")));

        assertThat(useCases.viewPasswordReminder().due(customer).map(Due::reason))
                .contains(PasswordReminder.Reason.LOGIN_LOCKED);
        hexmall.clock.advance(Duration.ofMinutes(1));
        useCases.dismissPasswordReminder().dismiss(customer);
        assertThat(useCases.viewPasswordReminder().due(customer)).isEmpty();
    }

    @Test
    void aRiskHoldSinceThePasswordChanged_bringsTheReminderForThatReason() {
        hexmall.clock.advance(Duration.ofMinutes(1));
        hexmall.storage.transactions().inTransaction(() -> hexmall.storage.securityEvents().record(new SecurityEvent(
                customer, hexmall.clock.instant(), SecurityEventKind.RISK_HOLD, SecurityEvent.Source.SYSTEM, "",
                "")));

        assertThat(useCases.viewPasswordReminder().due(customer).map(Due::reason))
                .contains(PasswordReminder.Reason.RISK_HOLD);
    }

    private ChangePassword.Result changePassword(Session session) {
        return useCases.changePassword().change(ChangePasswordCommand.fromForm(customer, PASSWORD, NEW_PASSWORD,
                NEW_PASSWORD, InMemoryHexmall.CLIENT_ADDRESS), session.id());
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

    private record OpenedCheck(StepUpId id, String reference) {
    }

    private OpenedCheck openedFaceCheck(StepUpAction action) {
        var opened = (StepUpProgress.FaceCheckOpened) useCases.startStepUp().start(customer, action,
                StepUpFactor.FACE, id -> URI.create("/verify/" + id + "/face-return"), Language.ENGLISH);
        String path = opened.page().getPath();
        return new OpenedCheck(opened.stepUp(), path.substring(path.lastIndexOf('/') + 1));
    }

    private List<SecurityEventKind> securityEvents() {
        return hexmall.storage.securityEvents().newestFirst(customer, 1, 50).items().stream()
                .map(SecurityEvent::kind).toList();
    }
}
