package org.hexmall.application.port.in.account;

import java.time.Instant;
import java.util.Optional;

/** What a customer sees of their own account. The phone is masked, as on every page. */
public record MyAccountView(String displayName, String maskedPhone, Optional<String> email, Instant registeredAt) {
}
