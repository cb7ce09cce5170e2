package org.hexmall.application.port.out.notification;

import java.time.Instant;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Language;

/** Tells a customer by SMS that their account was logged in to from a new device, so that they notice a stranger. */
public interface LoginNotices {

    void newDeviceLogin(PhoneNumber phone, DeviceName device, Instant at, Language language);
}
