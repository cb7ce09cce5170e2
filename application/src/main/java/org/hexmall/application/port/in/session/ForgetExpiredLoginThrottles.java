package org.hexmall.application.port.in.session;

/** Housekeeping, run on a schedule: forgets the wrong passwords of unknown logins once they are old enough. */
public interface ForgetExpiredLoginThrottles {

    /** Returns how many throttles were forgotten. */
    int forget();
}
