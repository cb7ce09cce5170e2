/**
 * A SIMULATED face-check service (人脸识别), because the demo has no camera and must store no biometric data. The
 * store opens a check for a customer and sends them to its "look at the camera" page, where in demo mode a person
 * answers for the camera ("it is me", "not me", "camera unavailable"); the page sends them back, and the store asks
 * the service for the outcome. It stands for a system outside the store, so it knows nothing of the store's
 * application or adapters; the store's adapter for it lives in {@code org.hexmall.adapter.out.face.simulated}.
 * Checks are kept for ten minutes, in memory or in the service's own tables beside the store's ({@link
 * FaceCheckStore}).
 */
package org.hexmall.simulator.face;
