package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;
import static org.hexmall.acceptance.usecase.NewDeviceLoginTest.CHROME_ON_ANDROID;
import static org.hexmall.acceptance.usecase.NewDeviceLoginTest.CHROME_ON_WINDOWS;
import static org.hexmall.acceptance.usecase.NewDeviceLoginTest.LAPTOP;
import static org.hexmall.acceptance.usecase.NewDeviceLoginTest.PHONE_BROWSER;
import static org.hexmall.acceptance.usecase.NewDeviceLoginTest.logInOn;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.account.DeviceView;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.SignOutOtherDevices;
import org.hexmall.application.port.in.security.StepUpProgress;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.bootstrap.UseCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.security.StepUpId;
import org.hexmall.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** "Sign out all other devices": after a step-up, every other device is logged out and must prove the phone again. */
class SignOutOtherDevicesTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final String TABLET = "tablet-device-cookie-0123456789abcdef";
    private static final String HOME = "203.0.113.7";

    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final UseCases useCases = hexmall.anotherServer();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, null, "李雷", PASSWORD);
    private final Principal signedIn = new Principal.Customer(customer);
    private final Session onLaptop = sessionAfter(logInOn(hexmall, PHONE, PASSWORD, LAPTOP, CHROME_ON_WINDOWS,
            hexmall.newVisitor()));
    private final Session onPhone = signedInOn(PHONE_BROWSER, true);
    private final Session onTablet = signedInOn(TABLET, false);

    @Test
    void withoutAStepUp_nothingIsSignedOut() {
        var result = useCases.signOutOtherDevices().signOut(
                new SignOutOtherDevices.Command(customer, onLaptop.id(), LAPTOP, HOME));

        assertThat(result).isEqualTo(new SignOutOtherDevices.Result.StepUpNeeded());
        assertThat(principalOf(onPhone)).isEqualTo(signedIn);
        assertThat(principalOf(onTablet)).isEqualTo(signedIn);
    }

    @Test
    void afterAStepUp_everyOtherDeviceIsLoggedOutAndUntrusted_andThisOneStaysSignedIn() {
        Session verified = passedStepUp(onLaptop);

        var result = useCases.signOutOtherDevices().signOut(
                new SignOutOtherDevices.Command(customer, verified.id(), LAPTOP, HOME));

        var done = (SignOutOtherDevices.Result.SignedOut) result;
        assertThat(done.devicesRevoked()).isEqualTo(2);
        assertThat(done.session().principal()).isEqualTo(signedIn);
        assertThat(done.session().id()).isNotEqualTo(verified.id());
        assertThat(principalOf(done.session())).isEqualTo(signedIn);
        assertThat(principalOf(onPhone)).isEqualTo(Principal.ANONYMOUS);
        assertThat(principalOf(onTablet)).isEqualTo(Principal.ANONYMOUS);
        assertThat(hexmall.listDevices.list(customer, Optional.of(LAPTOP))).extracting(DeviceView::thisDevice)
                .containsExactly(true);
        assertThat(hexmall.storage.securityEvents().newestFirst(customer, 1, 10).items())
                .filteredOn(event -> event.kind() == SecurityEventKind.DEVICE_REVOKED)
                .extracting(SecurityEvent::detail, SecurityEvent::source)
                .containsExactlyInAnyOrder(
                        tuple("Chrome on Android", SecurityEvent.Source.CUSTOMER),
                        tuple("Chrome on Android", SecurityEvent.Source.CUSTOMER));
        assertThat(logInOn(hexmall, PHONE, PASSWORD, PHONE_BROWSER, CHROME_ON_ANDROID, hexmall.newVisitor()))
                .isInstanceOf(LoginResult.NewDeviceCodeRequired.class);
    }

    @Test
    void moreDevicesThanTheListShows_areAllSignedOut() {
        int many = Devices.LIST_LIMIT + 10;
        for (int i = 0; i < many; i++) {
            hexmall.storage.devices().save(Device.firstSeen(new DeviceId(UUID.randomUUID()), customer,
                    "old-phone-" + i, new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID), HOME,
                    hexmall.clock.instant()).trusted(hexmall.clock.instant()));
        }
        Session verified = passedStepUp(onLaptop);

        var done = (SignOutOtherDevices.Result.SignedOut) useCases.signOutOtherDevices().signOut(
                new SignOutOtherDevices.Command(customer, verified.id(), LAPTOP, HOME));

        assertThat(done.devicesRevoked()).isEqualTo(many + 2);
        assertThat(hexmall.listDevices.list(customer, Optional.of(LAPTOP))).extracting(DeviceView::thisDevice)
                .containsExactly(true);
    }

    @Test
    void theStepUpAllowsItOnce() {
        Session verified = passedStepUp(onLaptop);
        var first = (SignOutOtherDevices.Result.SignedOut) useCases.signOutOtherDevices().signOut(
                new SignOutOtherDevices.Command(customer, verified.id(), LAPTOP, HOME));

        assertThat(useCases.signOutOtherDevices().signOut(
                new SignOutOtherDevices.Command(customer, first.session().id(), LAPTOP, HOME)))
                .isEqualTo(new SignOutOtherDevices.Result.StepUpNeeded());
    }

    private Principal principalOf(Session session) {
        return hexmall.resumeSession.resume(Optional.of(session.id())).principal();
    }

    private Session signedInOn(String device, boolean trust) {
        hexmall.clock.advance(Duration.ofMinutes(2));
        Session visitor = hexmall.newVisitor();
        logInOn(hexmall, PHONE, PASSWORD, device, CHROME_ON_ANDROID, visitor);
        return ((NewDeviceResult.SignedIn) hexmall.verifyNewDevice.verify(
                NewDeviceCodeCommand.fromForm(device, hexmall.codeSentTo(PHONE), trust, visitor.id(),
                        InMemoryHexmall.CLIENT_ADDRESS))).session();
    }

    private Session passedStepUp(Session session) {
        hexmall.clock.advance(Duration.ofMinutes(2));
        var progress = useCases.startStepUp().start(customer, StepUpAction.REVOKE_ALL_DEVICES, StepUpFactor.SMS_CODE,
                id -> URI.create("/unused"), Language.ENGLISH);
        StepUpId stepUp = ((StepUpProgress.CodeSent) progress).stepUp();
        return ((StepUpProgress.Passed) useCases.enterStepUpCode().enter(stepUp, signedIn,
                hexmall.codeSentTo(PHONE), session.id(), InMemoryHexmall.CLIENT_ADDRESS)).session();
    }
}
