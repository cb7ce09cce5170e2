/**
 * The adapter for the {@code VerificationCodeSender} out-port that sends through the SIMULATED phone network
 * ({@code org.hexmall.simulator.sms}). Replacing the simulation with a real carrier means another adapter here;
 * no use case changes.
 */
package org.hexmall.adapter.out.sms.simulated;
