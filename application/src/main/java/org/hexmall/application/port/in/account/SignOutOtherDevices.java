package org.hexmall.application.port.in.account;

import java.util.Objects;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.Session;
import org.hexmall.domain.security.SessionId;

/**
 * "Sign out all other devices" (退出其他所有设备): after a step-up, every device of the account but the one asking loses
 * its trust and its sessions at once, as does any other session of the account; the customer stays signed in here.
 */
public interface SignOutOtherDevices {

    Result signOut(Command command);

    /**
     * @param session         the session of the customer asking, which stays signed in under a new id
     * @param thisDeviceToken the device cookie of the browser asking, which is kept
     * @param clientAddress   where the customer asks from, for the account's security events
     */
    record Command(CustomerId customer, SessionId session, String thisDeviceToken, String clientAddress) {
        public Command {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(thisDeviceToken, "thisDeviceToken");
            clientAddress = clientAddress == null ? "" : clientAddress;
        }
    }

    /** What became of the request. */
    sealed interface Result {

        /** Done: {@code devicesRevoked} devices were revoked; the customer goes on in {@code session}. */
        record SignedOut(int devicesRevoked, Session session) implements Result {
        }

        /** No step-up for it passed in the last minutes: the customer proves it is them first. */
        record StepUpNeeded() implements Result {
        }
    }
}
