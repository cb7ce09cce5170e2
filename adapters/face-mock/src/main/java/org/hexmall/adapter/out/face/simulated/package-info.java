/**
 * The store's {@link org.hexmall.application.port.out.face.FaceCheck} adapter for the SIMULATED face-check service
 * ({@code org.hexmall.simulator.face}), as an adapter for a real service would use that service's API.
 */
package org.hexmall.adapter.out.face.simulated;
