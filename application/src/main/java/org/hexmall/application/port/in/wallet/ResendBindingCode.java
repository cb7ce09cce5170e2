package org.hexmall.application.port.in.wallet;

import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.wallet.BindingId;

/** A customer whose code expired, or was typed wrong too often, asks for a new one. */
public interface ResendBindingCode {

    /** Answers {@code CodeSent}, {@code TooSoon}, {@code DailyLimitReached} or {@code NotAllowed}. */
    BindingStart resend(CustomerId customerId, BindingId bindingId, Language language);
}
