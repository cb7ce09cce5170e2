package org.hexmall.application.port.in.wallet;

/** Housekeeping, run on a schedule: bindings not finished in time expire. */
public interface ExpireStaleBindings {

    /** Returns how many bindings expired. */
    int expire();
}
