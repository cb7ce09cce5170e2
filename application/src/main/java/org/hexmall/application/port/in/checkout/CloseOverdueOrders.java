package org.hexmall.application.port.in.checkout;

/** Housekeeping, run on a schedule: orders left unpaid too long are closed and can no longer be paid. */
public interface CloseOverdueOrders {

    /** Returns how many orders were closed. */
    int close();
}
