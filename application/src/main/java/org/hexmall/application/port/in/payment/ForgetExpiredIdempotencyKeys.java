package org.hexmall.application.port.in.payment;

/** The scheduled job that forgets idempotency keys once they have been kept long enough (24 hours). */
public interface ForgetExpiredIdempotencyKeys {

    int forgetExpired();
}
