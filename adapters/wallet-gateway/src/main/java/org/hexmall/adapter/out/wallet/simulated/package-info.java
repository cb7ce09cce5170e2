/**
 * The adapter for the {@code WalletProviderGateway} out-port that talks to the SIMULATED wallet providers through
 * their API ({@code org.hexmall.simulator.wallet.api}) and nothing else of them: it waits no longer than its
 * timeout, translates the providers' answers into the port's terms, and checks every signature itself, as an
 * adapter for the real WeChat Pay, Alipay, JD Pay or UnionPay QuickPass would.
 */
package org.hexmall.adapter.out.wallet.simulated;
