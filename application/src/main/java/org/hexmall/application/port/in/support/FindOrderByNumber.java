package org.hexmall.application.port.in.support;

import java.util.Optional;

/** An agent looks up the order number a caller reads out, spaces and dashes as they come. */
public interface FindOrderByNumber {

    /** Empty when the text is no valid order number (the check digit catches a misheard digit) or no order has it. */
    Optional<OrderSummary> find(String typedNumber);
}
