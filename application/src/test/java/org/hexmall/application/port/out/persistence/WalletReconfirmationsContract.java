package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.binding;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.walletPhone;

import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.wallet.ReconfirmationId;
import org.hexmall.domain.wallet.ReplacementWallet;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.domain.wallet.WalletReconfirmation;
import org.junit.jupiter.api.Test;

/** What every {@link WalletReconfirmations} adapter must do. */
public abstract class WalletReconfirmationsContract {

    protected abstract WalletReconfirmations walletReconfirmations();

    protected abstract Customers customers();

    protected abstract Devices devices();

    protected abstract WalletBindings walletBindings();

    @Test
    void anAddedRequest_isFoundWithEveryDetail_andItsAnswerIsKept() {
        CustomerId liLei = storedCustomer("13800000001");
        WalletReconfirmation asked = request(liLei, Optional.of(new OrderId(UUID.randomUUID())));
        assertThat(asked.purpose()).isEqualTo(WalletReconfirmation.Purpose.PAYMENT);
        walletReconfirmations().add(asked);

        assertThat(walletReconfirmations().find(liLei, asked.id())).contains(asked);

        WalletReconfirmation confirmed = asked.confirmed(NOW.plusSeconds(40));
        walletReconfirmations().update(confirmed);
        assertThat(walletReconfirmations().find(liLei, asked.id())).contains(confirmed);
    }

    @Test
    void aPaymentsRequest_keepsThePointsTheCustomerChose_throughItsAnswer() {
        CustomerId liLei = storedCustomer("13800000001");
        WalletBinding wallet = binding(liLei, WalletProvider.ALIPAY, walletPhone("13800000001"), NOW);
        walletBindings().add(wallet);
        Device device = Device.firstSeen(new DeviceId(UUID.randomUUID()), liLei, "hash-" + UUID.randomUUID(),
                new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID), "203.0.113.7", NOW);
        devices().save(device);
        WalletReconfirmation asked = WalletReconfirmation.beforePaying(new ReconfirmationId(UUID.randomUUID()),
                wallet, device.id(), new OrderId(UUID.randomUUID()), 5_000, NOW.plusSeconds(30));
        walletReconfirmations().add(asked);
        walletReconfirmations().update(asked.confirmed(NOW.plusSeconds(45)));

        assertThat(walletReconfirmations().find(liLei, asked.id()))
                .hasValueSatisfying(found -> assertThat(found.pointsToSpend()).isEqualTo(5_000));
    }

    @Test
    void aRequestBeforeReplacingTheWallet_namesNoOrder() {
        CustomerId liLei = storedCustomer("13800000001");
        WalletReconfirmation asked = request(liLei, Optional.empty());
        walletReconfirmations().add(asked);
        walletReconfirmations().update(asked.rejected(NOW.plusSeconds(5)));

        assertThat(walletReconfirmations().find(liLei, asked.id())).hasValueSatisfying(found -> {
            assertThat(found.order()).isEmpty();
            assertThat(found.purpose()).isEqualTo(WalletReconfirmation.Purpose.REPLACEMENT);
            assertThat(found.status()).isEqualTo(WalletReconfirmation.Status.REJECTED);
        });
    }

    @Test
    void aReplacementKeepsTheNewWalletAsTyped_throughItsAnswer() {
        CustomerId liLei = storedCustomer("13800000001");
        WalletBinding current = binding(liLei, WalletProvider.ALIPAY, walletPhone("13800000001"), NOW);
        walletBindings().add(current);
        Device device = Device.firstSeen(new DeviceId(UUID.randomUUID()), liLei, "hash-" + UUID.randomUUID(),
                new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID), "203.0.113.7", NOW);
        devices().save(device);
        var newWallet = new ReplacementWallet(WalletProvider.WECHAT_PAY, walletPhone("13900000077"));
        WalletReconfirmation asked = WalletReconfirmation.beforeReplacing(new ReconfirmationId(UUID.randomUUID()),
                current, device.id(), newWallet, NOW.plusSeconds(30));
        walletReconfirmations().add(asked);
        walletReconfirmations().update(asked.confirmed(NOW.plusSeconds(45)));

        assertThat(walletReconfirmations().find(liLei, asked.id())).hasValueSatisfying(found -> {
            assertThat(found.replacement()).contains(newWallet);
            assertThat(found.status()).isEqualTo(WalletReconfirmation.Status.CONFIRMED);
        });
    }

    @Test
    void anotherCustomersRequest_isNeverFound_evenByItsId() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        WalletReconfirmation his = request(liLei, Optional.empty());
        walletReconfirmations().add(his);

        assertThat(walletReconfirmations().find(hanMeimei, his.id())).isEmpty();
    }

    private WalletReconfirmation request(CustomerId customerId, Optional<OrderId> order) {
        WalletBinding wallet = binding(customerId, WalletProvider.ALIPAY, walletPhone("13800000001"), NOW);
        walletBindings().add(wallet);
        Device device = Device.firstSeen(new DeviceId(UUID.randomUUID()), customerId, "hash-" + UUID.randomUUID(),
                new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID), "203.0.113.7", NOW);
        devices().save(device);
        var id = new ReconfirmationId(UUID.randomUUID());
        return order.map(paying -> WalletReconfirmation.beforePaying(id, wallet, device.id(), paying, 200,
                        NOW.plusSeconds(30)))
                .orElseGet(() -> WalletReconfirmation.before(WalletReconfirmation.Purpose.REPLACEMENT, id, wallet,
                        device.id(), NOW.plusSeconds(30)));
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }
}
