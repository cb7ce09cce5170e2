/**
 * A SIMULATION of the wallet providers (WeChat Pay, Alipay, JD Pay, UnionPay QuickPass), because the real ones
 * cannot be reached from a reference application. It stands for systems outside the store, so it is no part of
 * the hexagon: it knows nothing of the store's application or adapters, keeps its own records, and offers the
 * store only what a real provider would, its {@link org.hexmall.simulator.wallet.api API}. The store's adapter
 * for it lives in {@code org.hexmall.adapter.out.wallet.simulated}.
 * <p>
 * One concern per package: {@code account} (wallet accounts, the payment password and its lock),
 * {@code agreement} (authorization requests and agreements), {@code payment} (payments and refunds),
 * {@code fault} (trouble on demand), {@code notification} (signed messages and their delivery on each provider's
 * retry schedule), {@code app} (the wallet apps' pages and the demo's control page) and {@code storage} (in memory,
 * or in tables of its own). {@link org.hexmall.simulator.wallet.WalletSimulator} puts them together.
 */
package org.hexmall.simulator.wallet;
