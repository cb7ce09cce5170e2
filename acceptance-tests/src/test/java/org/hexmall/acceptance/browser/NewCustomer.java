package org.hexmall.acceptance.browser;

import java.util.concurrent.atomic.AtomicInteger;

/** Someone about to open an account; each has a mobile number no other test uses. */
record NewCustomer(String phone, String name, String password) {

    private static final AtomicInteger NEXT = new AtomicInteger(1);

    static NewCustomer unique() {
        int n = NEXT.getAndIncrement();
        return new NewCustomer("1390000%04d".formatted(n), "Wang Fang " + n, "tea-garden-" + n);
    }
}
