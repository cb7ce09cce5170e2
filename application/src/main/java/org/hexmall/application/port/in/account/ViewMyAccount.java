package org.hexmall.application.port.in.account;

import java.util.Optional;
import org.hexmall.domain.account.CustomerId;

/** A customer opens "My account" (我的京东). */
public interface ViewMyAccount {

    Optional<MyAccountView> view(CustomerId customerId);
}
