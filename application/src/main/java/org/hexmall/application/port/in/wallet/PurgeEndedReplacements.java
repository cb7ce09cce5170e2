package org.hexmall.application.port.in.wallet;

/**
 * Housekeeping, run on a schedule: forgets the wallets customers typed to replace one of theirs once they are no longer
 * kept (ten minutes after they were typed), the encrypted account with them.
 */
public interface PurgeEndedReplacements {

    /** Returns how many kept wallets were forgotten. */
    int purge();
}
