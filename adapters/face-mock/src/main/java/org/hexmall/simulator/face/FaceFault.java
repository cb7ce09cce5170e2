package org.hexmall.simulator.face;

/** A failure the demo can switch on, so that the store's handling of each can be seen on demand. */
public enum FaceFault {
    /** The service works. */
    NONE,
    /** The service refuses to open checks, as when it cannot be reached. */
    SERVICE_DOWN,
    /** The service opens checks, but cannot say how one ended, as when its answer is lost. */
    OUTCOME_LOST
}
