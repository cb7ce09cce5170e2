/**
 * A SIMULATED phone network, because the demo cannot send real text messages. What the store's SMS gateway
 * sends goes into an outbox that stands for the network; the simulated phone page shows a number's messages, and
 * tests read the latest code from it. It stands for a system outside the store, so it knows nothing of the store's
 * application or adapters; the store's adapter for it lives in {@code org.hexmall.adapter.out.sms.simulated}.
 */
package org.hexmall.simulator.sms;
