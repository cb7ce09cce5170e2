package org.hexmall.application.port.in.risk;

import java.util.Objects;
import org.hexmall.domain.risk.RiskAlert;

/**
 * One row of the alert queue: the alert and whom it is about, as an agent reads it aloud on the phone.
 *
 * @param customerName the customer's display name; empty if the account could not be read
 * @param maskedPhone  the account's phone number, masked (138****0001)
 * @param abandoned    the customer was asked for a proof, never gave it, and can no longer: the attempt did not go
 *                     ahead, though the stored outcome still says a proof was asked for
 */
public record QueuedAlert(RiskAlert alert, String customerName, String maskedPhone, boolean abandoned) {

    public QueuedAlert {
        Objects.requireNonNull(alert, "alert");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(maskedPhone, "maskedPhone");
    }
}
