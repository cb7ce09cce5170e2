package org.hexmall.adapter.out.persistence.memory;

/** The contents of one in-memory store at one moment, to go back to when a transaction fails. */
@FunctionalInterface
interface RestorePoint {

    void restore();
}
