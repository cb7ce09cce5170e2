package org.hexmall.application.port.out.persistence;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;

/** The devices customers log in from, each under a keyed hash of its device cookie. */
public interface Devices {

    /** The most devices one customer's list shows; older ones are kept but not listed. */
    int LIST_LIMIT = 50;

    /** Stores the device, replacing the stored one with the same id. */
    void save(Device device);

    /** The customer's device that carries the cookie hashing to {@code tokenHash}. */
    Optional<Device> findByToken(CustomerId customer, String tokenHash);

    /** The customer's device with this id: another customer's is never found, whatever its id. */
    Optional<Device> find(CustomerId customer, DeviceId id);

    /**
     * The device carrying this cookie that most recently asked for a code to log in, for whichever customer; empty
     * when it asked for none.
     */
    Optional<Device> findAwaitingCode(String tokenHash);

    /**
     * Ends every login of the customer's still waiting for its code on a device (the device then asks for the
     * password again), as a new password must: such a login was begun with the password before.
     */
    void abandonWaitingLogins(CustomerId customer);

    /** The customer's devices that are not revoked, most recently seen first, at most {@link #LIST_LIMIT}. */
    List<Device> listFor(CustomerId customer);

    /** True when the customer trusts a device, or once trusted one that was revoked since. */
    boolean hasTrustedAny(CustomerId customer);
}
