package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;

import java.net.URI;
import java.util.Optional;
import org.hexmall.application.port.in.account.CustomerLoginCommand;
import org.hexmall.application.port.in.account.FindNewDeviceLogin;
import org.hexmall.application.port.in.account.LoginDevice;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.ResendNewDeviceCode;
import org.hexmall.application.port.in.account.VerifyNewDeviceByFace;
import org.hexmall.application.port.in.account.VerifyNewDeviceByFace.FaceLogin;
import org.hexmall.application.port.in.account.VerifyNewDeviceByFace.Opened;
import org.hexmall.application.port.in.risk.AlertQuery;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.RiskAlert;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.shared.Language;
import org.hexmall.simulator.face.FaceCheckAnswer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A login the risk rules find risky enough for the stronger proof (here a store whose rules ask for a face check from
 * the score a login from another region reaches) waits on its device for a face check, not for a code: no code is
 * sent unless the customer asks for one instead. The face that is theirs signs them in; one that is not ends the
 * login; a camera that cannot be used leaves the code as the way on.
 */
class LoginFaceCheckTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final String HOME = "192.0.2.10";
    private static final String ELSEWHERE = "203.0.113.20";
    private static final String LAPTOP = NewDeviceLoginTest.LAPTOP;
    private static final URI FACE_RETURN = URI.create("/login/device/face-return");

    @AutoClose
    private final InMemoryHexmall hexmall = InMemoryHexmall.withRiskRules(RiskSettings.defaults()
            .withScores(RiskSettings.REGION_CHANGE_SCORE, RiskSettings.REGION_CHANGE_SCORE, 100));
    private final UseCases useCases = hexmall.anotherServer();
    private final VerifyNewDeviceByFace byFace = useCases.verifyNewDeviceByFace();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, null, "李雷", PASSWORD);
    private Session visitor;

    @BeforeEach
    void aLoginFromAnotherRegionOnTheCustomersOwnLaptop() {
        sessionAfter(logIn(HOME, hexmall.newVisitor()));
        visitor = hexmall.newVisitor();

        assertThat(logIn(ELSEWHERE, visitor)).isEqualTo(new LoginResult.NewDeviceCodeRequired("138****8000", false));
    }

    @Test
    void theLogin_waitsForAFaceCheck_andNoCodeIsSent() {
        assertThat(loginAlert().factor()).contains(StepUpFactor.FACE);
        assertThat(hexmall.findNewDeviceLogin.waitingOn(LAPTOP))
                .contains(new FindNewDeviceLogin.WaitingLogin("138****8000", false));
        assertThat(useCases.findNewDeviceLogin().asksForFace(LAPTOP)).isTrue();
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).isEmpty();
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().recentLogins())
                .extracting(LoginRecord::outcome).as("no code said to be sent")
                .containsExactly(LoginOutcome.FACE_CHECK_ASKED, LoginOutcome.SUCCEEDED);
    }

    @Test
    void theCustomersFace_signsThemIn_trustsTheDeviceAsAsked_andTheAlertSaysVerified() {
        Opened opened = open(true);
        hexmall.faces.answer(referenceOf(opened), FaceCheckAnswer.IT_IS_ME);

        FaceLogin finished = byFace.finish(LAPTOP, opened.ticket(), visitor.id(), ELSEWHERE);

        Session session = ((VerifyNewDeviceByFace.SignedIn) finished).session();
        assertThat(session.principal()).isEqualTo(new Principal.Customer(customer));
        assertThat(session.id()).as("a new session id").isNotEqualTo(visitor.id());
        assertThat(loginAlert().outcome()).isEqualTo(AlertOutcome.VERIFIED);
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).as("the new-login notice").hasSize(1);
        assertThat(useCases.findNewDeviceLogin().asksForFace(LAPTOP)).isFalse();
    }

    @Test
    void aFaceThatIsNotTheCustomers_endsTheLogin_andTheAlertSaysTheProofFailed() {
        Opened opened = open(false);
        hexmall.faces.answer(referenceOf(opened), FaceCheckAnswer.NOT_ME);

        assertThat(byFace.finish(LAPTOP, opened.ticket(), visitor.id(), ELSEWHERE))
                .isEqualTo(new VerifyNewDeviceByFace.NotMatched());
        assertThat(loginAlert().outcome()).isEqualTo(AlertOutcome.VERIFICATION_FAILED);
        assertThat(hexmall.findNewDeviceLogin.waitingOn(LAPTOP)).isEmpty();
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
    }

    @Test
    void whenTheCameraCannotBeUsed_theLoginStillWaits_andACodeAskedForInsteadSignsIn() {
        Opened opened = open(false);
        hexmall.faces.answer(referenceOf(opened), FaceCheckAnswer.CAMERA_UNAVAILABLE);
        assertThat(byFace.finish(LAPTOP, opened.ticket(), visitor.id(), ELSEWHERE))
                .isEqualTo(new VerifyNewDeviceByFace.CameraUnavailable());

        assertThat(useCases.resendNewDeviceCode().resend(LAPTOP, Language.ENGLISH))
                .isInstanceOf(ResendNewDeviceCode.Resent.Sent.class);
        NewDeviceResult entered = hexmall.verifyNewDevice.verify(NewDeviceCodeCommand.fromForm(LAPTOP,
                hexmall.codeSentTo(PHONE), false, visitor.id(), ELSEWHERE));

        assertThat(entered).isInstanceOf(NewDeviceResult.SignedIn.class);
        assertThat(loginAlert().outcome()).isEqualTo(AlertOutcome.VERIFIED);
    }

    @Test
    void aCheckTheCustomerHasNotFinished_leavesTheLoginWaiting() {
        Opened opened = open(false);

        assertThat(byFace.finish(LAPTOP, opened.ticket(), visitor.id(), ELSEWHERE))
                .isEqualTo(new VerifyNewDeviceByFace.NotFinished());
        assertThat(loginAlert().outcome()).isEqualTo(AlertOutcome.VERIFICATION_ASKED);
    }

    @Test
    void aTicketNotSealedForThisLogin_opensNothing_evenForAFaceThatMatched() {
        Opened opened = open(false);
        hexmall.faces.answer(referenceOf(opened), FaceCheckAnswer.IT_IS_ME);
        String reference = referenceOf(opened);

        for (String forged : new String[] {reference + ".trust." + opened.ticket().split("\\.")[2],
                reference + ".once.forged-seal", "", "no-dots-here"}) {
            assertThat(byFace.finish(LAPTOP, forged, visitor.id(), ELSEWHERE)).as(forged)
                    .isEqualTo(new VerifyNewDeviceByFace.NotFinished());
        }
        assertThat(byFace.finish("another-device-cookie-0123456789abcdef", opened.ticket(), visitor.id(), ELSEWHERE))
                .isEqualTo(new VerifyNewDeviceByFace.StartAgain());
        assertThat(hexmall.resumeSession.resume(Optional.of(visitor.id())).principal()).isEqualTo(Principal.ANONYMOUS);
    }

    private Opened open(boolean trust) {
        return (Opened) byFace.open(LAPTOP, trust, FACE_RETURN, Language.ENGLISH);
    }

    private static String referenceOf(Opened opened) {
        String path = opened.page().getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private LoginResult logIn(String address, Session from) {
        return hexmall.logInCustomer.logIn(CustomerLoginCommand.fromForm(PHONE, PASSWORD, address, from.id(),
                Optional.of(new LoginDevice(LAPTOP, NewDeviceLoginTest.CHROME_ON_WINDOWS))));
    }

    private RiskAlert loginAlert() {
        return hexmall.listRiskAlerts.list(AlertQuery.of(null, null, null, null)).items().getFirst();
    }
}
