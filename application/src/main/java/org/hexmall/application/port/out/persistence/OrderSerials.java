package org.hexmall.application.port.out.persistence;

/**
 * Hands out the serials that order numbers are made from: never the same one twice, however many nodes of the
 * store ask at once and however often they restart. Serials rise but may leave gaps (a node that stops forgets the
 * ones it had taken and not used), which no one sees: an order number shows its serial only shuffled.
 */
public interface OrderSerials {

    /** A serial no one has had before, zero or more. */
    long next();
}
