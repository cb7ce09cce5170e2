package org.hexmall.application.port.out.notification;

import java.time.Duration;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Language;

/** Sends a verification code to a phone by SMS. The digits are never stored or logged by hexmall. */
public interface VerificationCodeSender {

    void send(PhoneNumber phone, String digits, Duration validFor, Language language);
}
