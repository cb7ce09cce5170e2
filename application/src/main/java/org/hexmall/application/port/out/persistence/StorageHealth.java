package org.hexmall.application.port.out.persistence;

/** Tells whether the store of record answers right now. */
public interface StorageHealth {

    boolean isReachable();
}
