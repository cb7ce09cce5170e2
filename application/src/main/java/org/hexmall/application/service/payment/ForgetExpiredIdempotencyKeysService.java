package org.hexmall.application.service.payment;

import java.time.Clock;
import org.hexmall.application.port.in.payment.ForgetExpiredIdempotencyKeys;
import org.hexmall.application.port.out.persistence.IdempotencyKeys;

public final class ForgetExpiredIdempotencyKeysService implements ForgetExpiredIdempotencyKeys {

    private final IdempotencyKeys keys;
    private final Clock clock;

    public ForgetExpiredIdempotencyKeysService(IdempotencyKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public int forgetExpired() {
        return keys.forgetExpired(clock.instant());
    }
}
