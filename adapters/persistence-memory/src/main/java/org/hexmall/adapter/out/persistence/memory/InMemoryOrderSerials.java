package org.hexmall.adapter.out.persistence.memory;

import java.util.concurrent.atomic.AtomicLong;
import org.hexmall.application.port.out.persistence.OrderSerials;

/** Serials counted up in this process: the one node there is. */
public final class InMemoryOrderSerials implements OrderSerials {

    private final AtomicLong last = new AtomicLong();

    InMemoryOrderSerials() {
    }

    @Override
    public long next() {
        return last.incrementAndGet();
    }
}
