package org.hexmall.application.port.in.session;

/** Housekeeping, run on a schedule: forgets sessions that ended by idling. */
public interface PurgeEndedSessions {

    /** Returns how many sessions were removed. */
    int purge();
}
