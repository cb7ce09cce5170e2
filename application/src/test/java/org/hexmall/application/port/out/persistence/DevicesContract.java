package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;

import java.time.Duration;
import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.DeviceName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Devices} adapter must do. Each test starts with empty stores; devices belong to customers that
 * exist, so the tests add them through {@link #customers()}.
 */
public abstract class DevicesContract {

    private static final DeviceName CHROME_ON_ANDROID =
            new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID);
    private static final DeviceName SAFARI_ON_IPHONE =
            new DeviceName(DeviceName.Browser.SAFARI, DeviceName.Platform.IPHONE);

    protected abstract Devices devices();

    protected abstract Customers customers();

    @Test
    void aSavedDevice_isFoundByItsCookieHashWithEveryDetail() {
        CustomerId liLei = storedCustomer("13800000001");
        Device device = Device.firstSeen(newId(), liLei, "hash-a", CHROME_ON_ANDROID, "203.0.113.7", NOW)
                .trusted(NOW.plusSeconds(1));
        save(device);

        assertThat(devices().findByToken(liLei, "hash-a")).contains(device);
        assertThat(devices().find(liLei, device.id())).contains(device);
    }

    @Test
    void savingAgain_replacesTheStoredDevice() {
        CustomerId liLei = storedCustomer("13800000001");
        Device device = Device.firstSeen(newId(), liLei, "hash-a", CHROME_ON_ANDROID, "203.0.113.7", NOW);
        save(device);
        Device later = device.seenAgain(SAFARI_ON_IPHONE, "2001:db8::1", NOW.plusSeconds(60))
                .awaitingCode(NOW.plusSeconds(60));
        save(later);

        assertThat(devices().find(liLei, device.id())).contains(later);
        assertThat(devices().listFor(liLei)).containsExactly(later);
    }

    @Test
    void aDeviceTrustedAfterACode_isFoundAsTrustedWithACode() {
        CustomerId liLei = storedCustomer("13800000001");
        Device device = Device.firstSeen(newId(), liLei, "hash-a", CHROME_ON_ANDROID, "203.0.113.7", NOW)
                .awaitingCode(NOW).verified(true, NOW.plusSeconds(30));
        save(device);

        assertThat(devices().find(liLei, device.id())).hasValueSatisfying(found -> {
            assertThat(found).isEqualTo(device);
            assertThat(found.trustedWithCode()).isTrue();
        });
    }

    @Test
    void anotherCustomersDevice_isNeverFound_evenByItsId() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        Device hers = Device.firstSeen(newId(), hanMeimei, "hash-a", CHROME_ON_ANDROID, "203.0.113.7", NOW);
        save(hers);

        assertThat(devices().find(liLei, hers.id())).isEmpty();
        assertThat(devices().findByToken(liLei, "hash-a")).isEmpty();
        assertThat(devices().listFor(liLei)).isEmpty();
    }

    @Test
    void oneBrowserUsedByTwoCustomers_isOneDeviceOfEach() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        Device his = Device.firstSeen(newId(), liLei, "shared", CHROME_ON_ANDROID, "203.0.113.7", NOW);
        Device hers = Device.firstSeen(newId(), hanMeimei, "shared", CHROME_ON_ANDROID, "203.0.113.7", NOW);
        save(his);
        save(hers);

        assertThat(devices().findByToken(liLei, "shared")).contains(his);
        assertThat(devices().findByToken(hanMeimei, "shared")).contains(hers);
    }

    @Test
    void theList_isTheUnrevokedDevices_mostRecentlySeenFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        Device old = Device.firstSeen(newId(), liLei, "hash-old", CHROME_ON_ANDROID, "203.0.113.7", NOW);
        Device recent = Device.firstSeen(newId(), liLei, "hash-new", SAFARI_ON_IPHONE, "203.0.113.8",
                NOW.plus(Duration.ofHours(1)));
        Device revoked = Device.firstSeen(newId(), liLei, "hash-gone", CHROME_ON_ANDROID, "203.0.113.9",
                NOW.plus(Duration.ofHours(2))).trusted(NOW).revoked(NOW.plus(Duration.ofHours(3)));
        save(old);
        save(recent);
        save(revoked);

        assertThat(devices().listFor(liLei)).containsExactly(recent, old);
    }

    @Test
    void theDeviceAwaitingACode_isFoundByItsCookieAlone_theLatestRequestFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        save(Device.firstSeen(newId(), liLei, "shared", CHROME_ON_ANDROID, "203.0.113.7", NOW).awaitingCode(NOW));
        Device hers = Device.firstSeen(newId(), hanMeimei, "shared", CHROME_ON_ANDROID, "203.0.113.7", NOW)
                .awaitingCode(NOW.plusSeconds(30));
        save(hers);
        save(Device.firstSeen(newId(), liLei, "other", CHROME_ON_ANDROID, "203.0.113.7", NOW));

        assertThat(devices().findAwaitingCode("shared")).contains(hers);
        assertThat(devices().findAwaitingCode("other")).isEmpty();
        assertThat(devices().findAwaitingCode("unknown")).isEmpty();
    }

    @Test
    void aDeviceKnownByANewToken_isFoundByItAlone() {
        CustomerId liLei = storedCustomer("13800000001");
        Device brought = Device.firstSeen(newId(), liLei, "brought", CHROME_ON_ANDROID, "203.0.113.7", NOW);
        save(brought);

        Device renewed = brought.verified(true, NOW).knownBy("renewed");
        save(renewed);

        assertThat(devices().findByToken(liLei, "renewed")).contains(renewed);
        assertThat(devices().findByToken(liLei, "brought")).isEmpty();
        assertThat(devices().listFor(liLei)).containsExactly(renewed);
    }

    @Test
    void abandoningTheWaitingLogins_endsEveryLoginOfTheCustomerWaitingForACode_andNoOneElses() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        Device phone = Device.firstSeen(newId(), liLei, "phone", CHROME_ON_ANDROID, "203.0.113.7", NOW);
        save(phone.awaitingCode(NOW));
        save(Device.firstSeen(newId(), liLei, "tablet", CHROME_ON_ANDROID, "203.0.113.8", NOW).awaitingCode(NOW));
        Device hers = Device.firstSeen(newId(), hanMeimei, "hers", CHROME_ON_ANDROID, "203.0.113.9", NOW)
                .awaitingCode(NOW);
        save(hers);

        devices().abandonWaitingLogins(liLei);

        assertThat(devices().findAwaitingCode("phone")).isEmpty();
        assertThat(devices().findAwaitingCode("tablet")).isEmpty();
        assertThat(devices().findAwaitingCode("hers")).contains(hers);
        assertThat(devices().findByToken(liLei, "phone")).contains(phone.awaitingCode(NOW).codeAbandoned());
    }

    @Test
    void anAccountHasTrusted_whenADeviceIsTrustedOrWasRevoked() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        CustomerId neverTrusted = storedCustomer("13700000003");
        save(Device.firstSeen(newId(), liLei, "a", CHROME_ON_ANDROID, "203.0.113.7", NOW).trusted(NOW));
        save(Device.firstSeen(newId(), hanMeimei, "b", CHROME_ON_ANDROID, "203.0.113.7", NOW).trusted(NOW)
                .revoked(NOW.plusSeconds(5)));
        save(Device.firstSeen(newId(), neverTrusted, "c", CHROME_ON_ANDROID, "203.0.113.7", NOW).awaitingCode(NOW));

        assertThat(devices().hasTrustedAny(liLei)).isTrue();
        assertThat(devices().hasTrustedAny(hanMeimei)).isTrue();
        assertThat(devices().hasTrustedAny(neverTrusted)).isFalse();
    }

    @Test
    void everyBrowserAndSystem_isStoredAndReadBack() {
        CustomerId liLei = storedCustomer("13800000001");
        for (DeviceName.Browser browser : DeviceName.Browser.values()) {
            for (DeviceName.Platform platform : DeviceName.Platform.values()) {
                Device device = Device.firstSeen(newId(), liLei, browser + "-" + platform,
                        new DeviceName(browser, platform), "203.0.113.7", NOW);
                save(device);
                assertThat(devices().find(liLei, device.id())).contains(device);
            }
        }
    }

    private void save(Device device) {
        devices().save(device);
    }

    private static DeviceId newId() {
        return new DeviceId(UUID.randomUUID());
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
