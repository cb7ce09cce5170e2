package org.hexmall.adapter.in.web.api;

import io.javalin.http.Context;
import org.hexmall.application.port.in.IdempotencyKey;

/**
 * The {@code Idempotency-Key} header that requests creating an order or a payment must carry, so that a
 * client can send them again after a timeout and get the first result instead of a second order or charge.
 */
final class IdempotencyKeyHeader {

    static final String NAME = "Idempotency-Key";

    /** The longest key the application keeps; a key is an identifier, not a payload. */
    static final int MAX_LENGTH = IdempotencyKey.MAX_LENGTH;

    private IdempotencyKeyHeader() {
    }

    /** The key as sent; throws a 400 problem when it is missing, blank, too long or not visible ASCII. */
    static String require(Context ctx) {
        String key = ctx.header(NAME);
        if (key == null) {
            throw new ApiProblem(Problems.idempotencyKeyMissing());
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ApiProblem(Problems.idempotencyKeyInvalid(MAX_LENGTH));
        }
        return key;
    }
}
