package org.hexmall.domain.wallet;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.shared.DomainException;

/**
 * A request to the customer to re-confirm a bound wallet in its app, with its payment password, before the wallet
 * is used from a new device: asked once, answered once. Confirmed, the wallet is not asked about again on that
 * device.
 *
 * @param purpose    what waits for the answer
 * @param order      the order whose payment waits for the answer; empty for any other purpose
 * @param pointsToSpend the points the customer chose to spend on that payment, kept here rather than sent through
 *                    the wallet app and the browser, so that the payment goes ahead at the price the payment page
 *                    quoted; 0 for none, and for any other purpose. Pricing checks them again when the payment starts
 * @param answeredAt when the wallet app's answer came; {@code null} while pending
 * @param replacement the wallet to bind in place of this one, as the customer typed it; only for a replacement, and
 *                    empty for one asked before the store kept it
 */
public record WalletReconfirmation(
        ReconfirmationId id,
        CustomerId customerId,
        DeviceId device,
        BindingId binding,
        WalletProvider provider,
        Purpose purpose,
        Optional<OrderId> order,
        long pointsToSpend,
        Instant requestedAt,
        Status status,
        Instant answeredAt,
        Optional<ReplacementWallet> replacement) {

    /** What waits for the customer's answer. */
    public enum Purpose {
        /** A payment of the order, with the wallet. */
        PAYMENT,
        /** Unbinding the wallet. */
        UNBINDING,
        /** Binding another wallet in place of this one. */
        REPLACEMENT
    }

    /** Where the request stands. */
    public enum Status { PENDING, CONFIRMED, REJECTED }

    public WalletReconfirmation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(binding, "binding");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(order, "order");
        if (order.isPresent() != (purpose == Purpose.PAYMENT)) {
            throw new IllegalArgumentException("a payment, and only a payment, names its order");
        }
        if (pointsToSpend < 0 || pointsToSpend > 0 && purpose != Purpose.PAYMENT) {
            throw new IllegalArgumentException("only a payment spends points, and never fewer than none");
        }
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(replacement, "replacement");
        if (replacement.isPresent() && purpose != Purpose.REPLACEMENT) {
            throw new IllegalArgumentException("only a replacement names the wallet to bind");
        }
    }

    /**
     * A new request, before the customer pays the order with the wallet on the device, spending
     * {@code pointsToSpend} of their points as they chose on the payment page (0 for none).
     */
    public static WalletReconfirmation beforePaying(ReconfirmationId id, WalletBinding wallet, DeviceId device,
                                                    OrderId order, long pointsToSpend, Instant now) {
        return new WalletReconfirmation(id, wallet.customerId(), device, wallet.id(), wallet.provider(),
                Purpose.PAYMENT, Optional.of(order), pointsToSpend, now, Status.PENDING, null, Optional.empty());
    }

    /** A new request, before the customer unbinds the wallet, or binds another in its place, on the device. */
    public static WalletReconfirmation before(Purpose change, ReconfirmationId id, WalletBinding wallet,
                                              DeviceId device, Instant now) {
        return new WalletReconfirmation(id, wallet.customerId(), device, wallet.id(), wallet.provider(), change,
                Optional.empty(), 0, now, Status.PENDING, null, Optional.empty());
    }

    /**
     * A new request, before the customer binds {@code replacement} in place of the wallet on the device: once it is
     * confirmed, the binding goes on with the wallet the customer typed, never asked for again.
     */
    public static WalletReconfirmation beforeReplacing(ReconfirmationId id, WalletBinding wallet, DeviceId device,
                                                       ReplacementWallet replacement, Instant now) {
        return new WalletReconfirmation(id, wallet.customerId(), device, wallet.id(), wallet.provider(),
                Purpose.REPLACEMENT, Optional.empty(), 0, now, Status.PENDING, null, Optional.of(replacement));
    }

    public boolean isPending() {
        return status == Status.PENDING;
    }

    /** The customer approved in the wallet app with the payment password. */
    public WalletReconfirmation confirmed(Instant now) {
        return answered(Status.CONFIRMED, now);
    }

    /** The customer said no in the wallet app. */
    public WalletReconfirmation rejected(Instant now) {
        return answered(Status.REJECTED, now);
    }

    private WalletReconfirmation answered(Status answer, Instant now) {
        if (!isPending()) {
            throw new DomainException("wallet.reconfirmation.answered");
        }
        return new WalletReconfirmation(id, customerId, device, binding, provider, purpose, order, pointsToSpend,
                requestedAt, answer, now, replacement);
    }
}
