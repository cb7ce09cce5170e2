package org.hexmall.application.port.in.account;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;

/** The devices a customer logs in from, for the customer's "Login devices" and for customer service. */
public interface ListDevices {

    /**
     * @param thisDeviceToken the device cookie of the browser looking, to mark its line; empty for customer service
     */
    List<DeviceView> list(CustomerId customer, Optional<String> thisDeviceToken);
}
