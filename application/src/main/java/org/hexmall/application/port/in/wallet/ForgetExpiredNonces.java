package org.hexmall.application.port.in.wallet;

/** Housekeeping, run on a schedule: forgets the nonces of provider messages too old to be replayed anyway. */
public interface ForgetExpiredNonces {

    /** Returns how many nonces were forgotten. */
    int forget();
}
