package org.hexmall.acceptance.budget;

import java.net.URI;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.hexmall.simulator.wallet.payment.PayAttempt;

/**
 * What a customer does in the SIMULATED Alipay app, through the simulator's Java API, which the app's own pages
 * call in the same way: approve the store's binding request with the payment password, and pay on the pay page the
 * store sends them to. The one place in this package that knows the simulator.
 */
final class SimulatedAlipay {

    private static final WalletProvider ALIPAY = WalletProvider.ALIPAY;

    private final WalletSimulator wallets;
    private final String paymentPassword;

    SimulatedAlipay(WalletSimulator wallets, String paymentPassword) {
        this.wallets = wallets;
        this.paymentPassword = paymentPassword;
    }

    /**
     * Approves the binding request shown at the app's authorization page.
     *
     * @return the way back to the store, with the signed approval
     */
    URI approve(URI authorizationPage) {
        if (!(wallets.agreements().approve(ALIPAY, lastSegmentOf(authorizationPage), paymentPassword)
                instanceof Approval.Approved approved)) {
            throw new AssertionError("The simulated Alipay app did not approve the binding at " + authorizationPage);
        }
        return approved.backToStore();
    }

    /**
     * Pays on the pay page. The provider charges the account and makes its first attempt to notify the store
     * before it answers, so once this returns the store has heard of the payment, and the provider has recorded
     * what the store answered.
     */
    void pay(URI payPage) {
        PayAttempt attempt = wallets.payments().pay(ALIPAY, lastSegmentOf(payPage), paymentPassword);
        if (!(attempt instanceof PayAttempt.Paid)) {
            throw new AssertionError("The simulated Alipay app did not pay at " + payPage + ": " + attempt);
        }
    }

    private static String lastSegmentOf(URI page) {
        String path = page.getPath();
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
