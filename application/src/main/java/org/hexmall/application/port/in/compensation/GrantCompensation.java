package org.hexmall.application.port.in.compensation;

/**
 * An agent compensates a customer (补偿) with a coupon of a running wallet coupon campaign or with points. Within the
 * agent's daily limit the customer has it at once; above it, it waits for a supervisor's approval. Either way audited.
 * One form gives one compensation: sent again with its one-time key, even several times at once, it is answered with
 * the compensation it gave or asked for the first time.
 */
public interface GrantCompensation {

    CompensationOutcome grant(GrantCompensationCommand command);
}
