package org.hexmall.application.port.in.checkout;

import org.hexmall.domain.account.CustomerId;

/** A customer reviews the cart before settling. */
public interface ViewCart {

    CartView view(CustomerId customerId);
}
