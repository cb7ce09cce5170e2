package org.hexmall.application.port.in.account;

import java.util.Objects;
import java.util.Optional;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.security.SessionId;
import org.hexmall.domain.security.VerificationCode;

/**
 * The code a customer typed on a new device to finish logging in.
 *
 * @param deviceToken   the device cookie of the browser the code is typed in: the one the password was typed in
 * @param digits        the six digits, already read from what was typed
 * @param trust         whether the customer ticked "trust this device"
 * @param session       the visitor's session now; the login replaces it
 * @param clientAddress where the code was typed, shown beside the device's events in the customer's activity ("" when
 *                      unknown: then the address the password was typed at)
 * @param freshDeviceToken a new device cookie the browser is given when the device is trusted, so that it is trusted
 *                      under a cookie chosen now and not under one someone else may have set; empty to keep the token
 *                      (an app's, which hexmall issued it)
 */
public record NewDeviceCodeCommand(String deviceToken, String digits, boolean trust, SessionId session,
                                   String clientAddress, Optional<String> freshDeviceToken) {

    public NewDeviceCodeCommand {
        Objects.requireNonNull(deviceToken, "deviceToken");
        Objects.requireNonNull(session, "session");
        digits = VerificationCode.typedDigits(digits);
        Objects.requireNonNull(clientAddress, "clientAddress");
        Objects.requireNonNull(freshDeviceToken, "freshDeviceToken");
    }

    @Override
    public String toString() {
        return "NewDeviceCodeCommand[******, ******, trust=" + trust + ", " + clientAddress + "]";
    }

    public static NewDeviceCodeCommand fromForm(String deviceToken, String typedCode, boolean trust,
                                                SessionId session, String clientAddress) {
        return fromForm(deviceToken, typedCode, trust, session, clientAddress, Optional.empty());
    }

    public static NewDeviceCodeCommand fromForm(String deviceToken, String typedCode, boolean trust,
                                                SessionId session, String clientAddress,
                                                Optional<String> freshDeviceToken) {
        var validation = new FieldValidation();
        String digits = validation.field("code", () -> VerificationCode.typedDigits(typedCode));
        validation.throwIfInvalid();
        return new NewDeviceCodeCommand(deviceToken, digits, trust, session, clientAddress, freshDeviceToken);
    }
}
