package org.hexmall.simulator.face;

/** How a simulated check ended, or that it has not yet. */
public enum FaceCheckAnswer {
    WAITING,
    IT_IS_ME,
    NOT_ME,
    CAMERA_UNAVAILABLE
}
