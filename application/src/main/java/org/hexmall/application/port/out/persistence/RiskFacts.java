package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.risk.DeviceTrust;
import org.hexmall.domain.risk.RecentPayment;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletOnNewDevice;

/**
 * The facts the risk rules look at, and the recent activity agents read beside an alert: each a bounded aggregate
 * over a time window, on indexed columns, never a customer's whole history.
 */
public interface RiskFacts {

    /**
     * What the payment rules need, in one round trip, with the customer's risk hold on paying and binding.
     *
     * @param device             the device the customer pays from; empty for a client that is no device
     * @param paying             the bound wallet that pays, whose re-confirmation on the device is read too
     * @param usualSince         successful payments from then on tell the customer's usual amount…
     * @param usualSample        …the latest this many of them
     * @param velocitySince      payments started from then on are counted
     * @param wrongPasswordSince payments that failed on a wrong or locked payment password from then on are counted
     */
    PaymentSignals paymentSignals(CustomerId customerId, Optional<DeviceId> device, BindingId paying,
                                  Instant usualSince, int usualSample, Instant velocitySince,
                                  Instant wrongPasswordSince);

    /**
     * Whether the customer must re-confirm the wallet on the device before using it there, in one round trip; what
     * {@link PaymentSignals#walletOnDevice()} tells, for when the other facts are not read.
     */
    WalletOnNewDevice walletOnDevice(CustomerId customerId, DeviceId device, BindingId wallet);

    /**
     * What the binding rules need, in one round trip: how many wallet bindings the customer started from
     * {@code since} on, whether the customer trusts the device they bind from (empty for a client that is no
     * device), and the customer's risk hold on paying and binding.
     */
    BindingSignals bindingSignals(CustomerId customerId, Optional<DeviceId> device, Instant since);

    /**
     * What the login rules need: failed logins from the address since then on every other account, and those that
     * named no account (the account's own wrong passwords are its login lock's to count), and the addresses of the
     * account's latest successful logins, newest first.
     */
    LoginSignals loginSignals(CustomerId customerId, String clientAddress, Instant failedSince, int recentLogins);

    /** The customer's latest payments, newest first, at most {@code limit}. */
    List<RecentPayment> recentPayments(CustomerId customerId, int limit);

    /**
     * @param usualAmounts  the latest successful amounts, newest first
     * @param lastBoundAt   when the latest binding that is bound now was started
     * @param device        whether the customer trusts the device paid from: {@link DeviceTrust#UNKNOWN} when the
     *                      client is no device, {@link DeviceTrust#UNTRUSTED} for one not trusted or not theirs
     * @param walletOnDevice what tells whether the paying wallet must first be re-confirmed on the device
     * @param heldUntil      the latest end of the customer's risk holds on paying and binding not lifted, ended or
     *                       not; empty when there is none
     * @param lastLiftedAt   when an agent last lifted one of the customer's risk holds; empty when none ever did
     */
    record PaymentSignals(List<Money> usualAmounts, int paymentsSince, int wrongPasswordsSince,
                          Optional<Instant> lastBoundAt, DeviceTrust device, WalletOnNewDevice walletOnDevice,
                          Optional<Instant> heldUntil, Optional<Instant> lastLiftedAt) {

        public PaymentSignals {
            usualAmounts = List.copyOf(usualAmounts);
            Objects.requireNonNull(lastBoundAt, "lastBoundAt");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(walletOnDevice, "walletOnDevice");
            Objects.requireNonNull(heldUntil, "heldUntil");
            Objects.requireNonNull(lastLiftedAt, "lastLiftedAt");
        }
    }

    /**
     * @param bindingsSince the bindings the customer started in the window that did not fail or expire: bound (and
     *                      perhaps ended since) or still under way. One refused by the wallet, the provider or the
     *                      store, or left unfinished, binds nothing, and trying again as the store's answer says
     *                      must not count as binding many wallets.
     * @param device        as in {@link PaymentSignals#device()}; {@code heldUntil} and {@code lastLiftedAt} too
     */
    record BindingSignals(int bindingsSince, DeviceTrust device, Optional<Instant> heldUntil,
                          Optional<Instant> lastLiftedAt) {

        public BindingSignals {
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(heldUntil, "heldUntil");
            Objects.requireNonNull(lastLiftedAt, "lastLiftedAt");
        }
    }

    record LoginSignals(int failedFromAddress, List<String> recentAddresses) {

        public LoginSignals {
            recentAddresses = List.copyOf(recentAddresses);
        }
    }
}
