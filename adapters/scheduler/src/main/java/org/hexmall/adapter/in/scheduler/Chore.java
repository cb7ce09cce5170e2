package org.hexmall.adapter.in.scheduler;

import java.time.Duration;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One regular chore: an in-port called every so often.
 *
 * @param done  what a pass does, as the log says it ("unpaid orders closed")
 * @param every the pause between the end of one pass and the start of the next
 * @param pass  the call to the in-port; answers how many things it dealt with
 */
record Chore(String done, Duration every, IntSupplier pass) {

    private static final Logger LOG = LoggerFactory.getLogger(Chore.class);

    /**
     * One pass. A failure is logged once and swallowed: the executor would otherwise cancel every later pass
     * of this chore, and the next one may well succeed (a database back, a provider answering again).
     */
    void run() {
        try {
            int dealtWith = pass.getAsInt();
            // A pass that did something says so (an operator of several nodes sees which node did what); an idle
            // pass stays out of the log.
            if (dealtWith > 0) {
                LOG.info("{}: {}", done, dealtWith);
            } else {
                LOG.debug("{}: {}", done, dealtWith);
            }
        } catch (RuntimeException passFailed) {
            LOG.warn("Housekeeping failed ({}); will try again", done, passFailed);
        }
    }
}
