package org.hexmall.application.port.in.account;

import java.util.Objects;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;

/**
 * A customer takes away the trust of one of their other devices (a lost phone, a shared computer): its sessions end
 * at once, and its next login must prove the phone again.
 */
public interface RevokeMyDevice {

    Revocation revoke(Command command);

    /**
     * @param thisDeviceToken the device cookie of the browser asking, which cannot revoke itself
     * @param clientAddress   where the customer asks from, for the account's security events
     */
    record Command(CustomerId customer, DeviceId device, String thisDeviceToken, String clientAddress) {
        public Command {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(device, "device");
            Objects.requireNonNull(thisDeviceToken, "thisDeviceToken");
            clientAddress = clientAddress == null ? "" : clientAddress;
        }
    }

    /** What became of the request. */
    sealed interface Revocation {

        /** Done; {@code sessionsEnded} sessions were open on it. */
        record Revoked(DeviceView device, int sessionsEnded) implements Revocation {
        }

        /** The customer has no such device (or it was revoked already). */
        record NotFound() implements Revocation {
        }

        /** The device asking: logging out is the way to end its session. */
        record ThisDevice() implements Revocation {
        }
    }
}
