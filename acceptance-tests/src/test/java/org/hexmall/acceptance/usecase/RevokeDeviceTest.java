package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.sessionAfter;
import static org.hexmall.acceptance.usecase.NewDeviceLoginTest.CHROME_ON_ANDROID;
import static org.hexmall.acceptance.usecase.NewDeviceLoginTest.CHROME_ON_WINDOWS;
import static org.hexmall.acceptance.usecase.NewDeviceLoginTest.LAPTOP;
import static org.hexmall.acceptance.usecase.NewDeviceLoginTest.PHONE_BROWSER;
import static org.hexmall.acceptance.usecase.NewDeviceLoginTest.logInOn;

import java.util.Optional;
import org.hexmall.application.port.in.account.DeviceView;
import org.hexmall.application.port.in.account.NewDeviceCodeCommand;
import org.hexmall.application.port.in.account.NewDeviceResult;
import org.hexmall.application.port.in.account.RevokeMyDevice;
import org.hexmall.application.port.in.account.RevokeMyDevice.Revocation;
import org.hexmall.application.port.in.session.LoginResult;
import org.hexmall.application.port.in.support.AccountSupportCommand;
import org.hexmall.application.port.in.support.CustomerDetails;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentId;
import org.junit.jupiter.api.Test;

/** A customer, or customer service for them, removes a login device: its sessions end and it must verify again. */
class RevokeDeviceTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final String HER_PHONE = "13900139000";
    private static final String HER_PASSWORD = "milk-3tea-cups";
    private static final String HOME = "203.0.113.7";

    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, null, "李雷", PASSWORD);
    private final Session onLaptop = sessionAfter(logInOn(hexmall, PHONE, PASSWORD, LAPTOP, CHROME_ON_WINDOWS,
            hexmall.newVisitor()));
    private final Session onPhone = signedInOnThePhone();

    @Test
    void theList_marksTheDeviceItIsLookedAtOn() {
        assertThat(hexmall.listDevices.list(customer, Optional.of(LAPTOP)))
                .extracting(device -> device.name().toString(), DeviceView::thisDevice)
                .containsExactlyInAnyOrder(
                        tuple("Chrome on Windows", true),
                        tuple("Chrome on Android", false));
    }

    @Test
    void revokingAnotherDevice_endsItsSessionsAtOnce_andLeavesThisOnesAlone() {
        Revocation result = hexmall.revokeMyDevice.revoke(
                new RevokeMyDevice.Command(customer, phoneDevice(), LAPTOP, HOME));

        assertThat(result).isInstanceOf(Revocation.Revoked.class);
        assertThat(((Revocation.Revoked) result).sessionsEnded()).isEqualTo(1);
        assertThat(hexmall.resumeSession.resume(Optional.of(onPhone.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        assertThat(hexmall.resumeSession.resume(Optional.of(onLaptop.id())).principal())
                .isEqualTo(new Principal.Customer(customer));
        assertThat(hexmall.listDevices.list(customer, Optional.of(LAPTOP))).extracting(DeviceView::thisDevice)
                .containsExactly(true);
        assertThat(hexmall.storage.securityEvents().newestFirst(customer, 1, 10).items()).first()
                .satisfies(event -> {
                    assertThat(event.kind()).isEqualTo(SecurityEventKind.DEVICE_REVOKED);
                    assertThat(event.source()).isEqualTo(SecurityEvent.Source.CUSTOMER);
                    assertThat(event.detail()).isEqualTo("Chrome on Android");
                });
    }

    @Test
    void aRevokedDevice_mustProveThePhoneAgain() {
        hexmall.revokeMyDevice.revoke(new RevokeMyDevice.Command(customer, phoneDevice(), LAPTOP, HOME));

        assertThat(logInOn(hexmall, PHONE, PASSWORD, PHONE_BROWSER, CHROME_ON_ANDROID, hexmall.newVisitor()))
                .isInstanceOf(LoginResult.NewDeviceCodeRequired.class);
    }

    @Test
    void theDeviceInUse_cannotRevokeItself() {
        DeviceId laptop = hexmall.listDevices.list(customer, Optional.of(LAPTOP)).stream()
                .filter(DeviceView::thisDevice).findFirst().orElseThrow().id();

        assertThat(hexmall.revokeMyDevice.revoke(new RevokeMyDevice.Command(customer, laptop, LAPTOP, HOME)))
                .isEqualTo(new Revocation.ThisDevice());
        assertThat(hexmall.resumeSession.resume(Optional.of(onLaptop.id())).principal())
                .isEqualTo(new Principal.Customer(customer));
    }

    @Test
    void anotherCustomersDevice_cannotBeRevokedOrSeen_byChangingTheId() {
        CustomerId her = hexmall.registeredCustomer(HER_PHONE, null, "韩梅梅", HER_PASSWORD);
        Session hers = sessionAfter(logInOn(hexmall, HER_PHONE, HER_PASSWORD, "her-device-cookie-0123456789abcdef",
                CHROME_ON_ANDROID, hexmall.newVisitor()));
        DeviceId herDevice = hexmall.listDevices.list(her, Optional.empty()).getFirst().id();

        assertThat(hexmall.revokeMyDevice.revoke(new RevokeMyDevice.Command(customer, herDevice, LAPTOP, HOME)))
                .isEqualTo(new Revocation.NotFound());
        assertThat(hexmall.listDevices.list(customer, Optional.of(LAPTOP))).extracting(DeviceView::id)
                .doesNotContain(herDevice);
        assertThat(hexmall.resumeSession.resume(Optional.of(hers.id())).principal())
                .isEqualTo(new Principal.Customer(her));
        assertThat(hexmall.listDevices.list(her, Optional.empty())).extracting(DeviceView::id).contains(herDevice);
    }

    @Test
    void anAgent_revokesADeviceWithAReason_thatGoesToTheAuditLog() {
        AgentId agent = hexmall.registeredAgent("wang.fang");
        DeviceId lostPhone = phoneDevice();

        boolean revoked = hexmall.revokeCustomerDevice.revoke(
                AccountSupportCommand.fromForm(agent, customer, "Customer lost the phone, called at 14:00"),
                lostPhone);

        assertThat(revoked).isTrue();
        assertThat(hexmall.resumeSession.resume(Optional.of(onPhone.id())).principal()).isEqualTo(Principal.ANONYMOUS);
        CustomerDetails details = hexmall.viewCustomerDetails.view(customer).orElseThrow();
        assertThat(details.auditTrail()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AgentAction.REVOKE_DEVICE);
            assertThat(entry.reason()).isEqualTo("Customer lost the phone, called at 14:00");
        });
        assertThat(hexmall.storage.securityEvents().newestFirst(customer, 1, 10).items()).first()
                .satisfies(event -> {
                    assertThat(event.kind()).isEqualTo(SecurityEventKind.DEVICE_REVOKED);
                    assertThat(event.source()).isEqualTo(SecurityEvent.Source.AGENT);
                });
        assertThat(hexmall.revokeCustomerDevice.revoke(
                AccountSupportCommand.fromForm(agent, customer, "Asked twice"), lostPhone)).isFalse();
    }

    private DeviceId phoneDevice() {
        return hexmall.listDevices.list(customer, Optional.of(LAPTOP)).stream()
                .filter(device -> !device.thisDevice()).findFirst().orElseThrow().id();
    }

    private Session signedInOnThePhone() {
        Session visitor = hexmall.newVisitor();
        logInOn(hexmall, PHONE, PASSWORD, PHONE_BROWSER, CHROME_ON_ANDROID, visitor);
        return signedInBy(hexmall.verifyNewDevice.verify(
                NewDeviceCodeCommand.fromForm(PHONE_BROWSER, hexmall.codeSentTo(PHONE), true, visitor.id(),
                        InMemoryHexmall.CLIENT_ADDRESS)));
    }

    private static Session signedInBy(NewDeviceResult result) {
        return ((NewDeviceResult.SignedIn) result).session();
    }
}
