package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.payment.Payment;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.risk.DeviceTrust;
import org.hexmall.domain.risk.HeldAttempts;
import org.hexmall.domain.risk.RecentPayment;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletOnNewDevice;
import org.hexmall.domain.wallet.WalletReconfirmation;

/** The risk rules' facts, computed over the other in-memory stores as the database adapter's queries do. */
final class InMemoryRiskFacts implements RiskFacts {

    private static final Set<PaymentFailureReason> WRONG_PASSWORDS =
            EnumSet.of(PaymentFailureReason.WRONG_PAYMENT_PASSWORD, PaymentFailureReason.PAYMENT_PASSWORD_LOCKED);
    /** Bindings that ended without binding anything, which the binding velocity rule does not count. */
    private static final Set<BindingStatus> NOTHING_BOUND = EnumSet.of(BindingStatus.FAILED, BindingStatus.EXPIRED);
    private static final Set<LoginOutcome> FAILED_LOGINS =
            EnumSet.of(LoginOutcome.WRONG_PASSWORD, LoginOutcome.REFUSED_LOCKED);

    private final StoreLock lock;
    private final InMemoryPayments payments;
    private final InMemoryWalletBindings bindings;
    private final InMemoryLoginHistory logins;
    private final InMemoryDevices devices;
    private final InMemoryWalletReconfirmations reconfirmations;
    private final InMemoryRiskHolds holds;

    InMemoryRiskFacts(StoreLock lock, InMemoryPayments payments, InMemoryWalletBindings bindings,
                      InMemoryLoginHistory logins, InMemoryDevices devices,
                      InMemoryWalletReconfirmations reconfirmations, InMemoryRiskHolds holds) {
        this.holds = holds;
        this.lock = lock;
        this.payments = payments;
        this.bindings = bindings;
        this.logins = logins;
        this.devices = devices;
        this.reconfirmations = reconfirmations;
    }

    @Override
    public PaymentSignals paymentSignals(CustomerId customerId, Optional<DeviceId> device, BindingId paying,
                                         Instant usualSince, int usualSample, Instant velocitySince,
                                         Instant wrongPasswordSince) {
        return lock.call(() -> {
            List<Payment> own = payments.stored().filter(payment -> payment.customerId().equals(customerId)).toList();
            var usual = own.stream()
                    .filter(payment -> payment.status() == PaymentStatus.SUCCEEDED)
                    .filter(payment -> !payment.createdAt().isBefore(usualSince))
                    .sorted(Comparator.comparing(Payment::createdAt).reversed())
                    .limit(usualSample)
                    .map(Payment::amount)
                    .toList();
            int recent = (int) own.stream().filter(payment -> !payment.createdAt().isBefore(velocitySince)).count();
            int wrong = (int) own.stream()
                    .filter(payment -> !payment.createdAt().isBefore(wrongPasswordSince))
                    .filter(payment -> payment.failureReason().filter(WRONG_PASSWORDS::contains).isPresent())
                    .count();
            Optional<Instant> lastBound = bindings.stored()
                    .filter(binding -> binding.customerId().equals(customerId))
                    .filter(binding -> binding.status() == BindingStatus.ACTIVE)
                    .flatMap(binding -> binding.history().stream()
                            .filter(step -> step.status() == BindingStatus.ACTIVE)
                            .map(BindingEvent::at))
                    .max(Comparator.naturalOrder());
            return new PaymentSignals(usual, recent, wrong, lastBound, trust(customerId, device),
                    device.map(used -> walletOnDevice(customerId, used, paying))
                            .orElse(WalletOnNewDevice.NOTHING_TO_ASK),
                    holds.heldUntil(customerId, HeldAttempts.PAYING_AND_BINDING), holds.lastLiftedAt(customerId));
        });
    }

    @Override
    public WalletOnNewDevice walletOnDevice(CustomerId customerId, DeviceId device, BindingId wallet) {
        return lock.call(() -> new WalletOnNewDevice(devices.find(customerId, device)
                .filter(Device::trustedWithCode)
                .map(Device::trustedSince),
                reconfirmations.stored().anyMatch(reconfirmation -> reconfirmation.device().equals(device)
                        && reconfirmation.binding().equals(wallet)
                        && reconfirmation.status() == WalletReconfirmation.Status.CONFIRMED),
                bindings.stored()
                        .filter(binding -> binding.id().equals(wallet) && binding.customerId().equals(customerId))
                        .filter(binding -> binding.device().equals(Optional.of(device)))
                        .flatMap(binding -> binding.boundAt().stream())
                        .findFirst()));
    }

    @Override
    public BindingSignals bindingSignals(CustomerId customerId, Optional<DeviceId> device, Instant since) {
        return lock.call(() -> new BindingSignals((int) bindings.stored()
                .filter(binding -> binding.customerId().equals(customerId))
                .filter(binding -> !binding.startedAt().isBefore(since))
                .filter(binding -> !NOTHING_BOUND.contains(binding.status()))
                .count(), trust(customerId, device), holds.heldUntil(customerId, HeldAttempts.PAYING_AND_BINDING),
                holds.lastLiftedAt(customerId)));
    }

    /** No device is unknown; one that is not the customer's, or that they do not trust, is untrusted. */
    private DeviceTrust trust(CustomerId customerId, Optional<DeviceId> device) {
        if (device.isEmpty()) {
            return DeviceTrust.UNKNOWN;
        }
        return devices.find(customerId, device.get()).filter(Device::isTrusted).isPresent()
                ? DeviceTrust.TRUSTED : DeviceTrust.UNTRUSTED;
    }

    @Override
    public LoginSignals loginSignals(CustomerId customerId, String clientAddress, Instant failedSince,
                                     int recentLogins) {
        String address = clientAddress == null ? "" : clientAddress;
        return lock.call(() -> {
            int failed = (int) logins.stored()
                    .filter(login -> login.clientAddress().equals(address))
                    .filter(login -> !login.customerId().equals(customerId))
                    .filter(login -> !login.at().isBefore(failedSince))
                    .filter(login -> FAILED_LOGINS.contains(login.outcome()))
                    .count()
                    + (int) logins.storedUnknownFailures()
                    .filter(failure -> failure.clientAddress().equals(address))
                    .filter(failure -> !failure.at().isBefore(failedSince))
                    .count();
            List<String> recent = logins.stored().toList().reversed().stream()
                    .filter(login -> login.customerId().equals(customerId))
                    .filter(login -> login.outcome() == LoginOutcome.SUCCEEDED)
                    .sorted(Comparator.comparing(LoginRecord::at).reversed())
                    .limit(recentLogins)
                    .map(LoginRecord::clientAddress)
                    .toList();
            return new LoginSignals(failed, recent);
        });
    }

    @Override
    public List<RecentPayment> recentPayments(CustomerId customerId, int limit) {
        return lock.call(() -> payments.stored()
                .filter(payment -> payment.customerId().equals(customerId))
                .sorted(Comparator.comparing(Payment::createdAt).reversed()
                        .thenComparing(payment -> payment.id().toString()))
                .limit(limit)
                .map(payment -> new RecentPayment(payment.id(), payment.orderNumber(), payment.provider(),
                        payment.amount(), payment.status(), payment.failureReason(), payment.createdAt()))
                .toList());
    }
}
