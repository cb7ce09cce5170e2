/**
 * A SIMULATION of the wallet providers (WeChat Pay, Alipay, JD Pay, UnionPay QuickPass), because the real
 * ones cannot be reached from a reference application.
 * <p>
 * Two sides live here. The store's side is {@link org.hexmall.adapter.out.wallet.mock.SimulatedWalletGateway},
 * the adapter for the {@code WalletProviderGateway} out-port: it talks to the providers and checks their
 * signatures, as an integration with the real providers would. Everything else is the providers' side,
 * {@link org.hexmall.adapter.out.wallet.mock.WalletSimulator} and its records: wallet accounts, authorization
 * requests, agreements, payments and their refunds, injected faults and signed notifications, kept in the
 * simulator's own storage because the providers are not part of the store.
 */
package org.hexmall.adapter.out.wallet.mock;
