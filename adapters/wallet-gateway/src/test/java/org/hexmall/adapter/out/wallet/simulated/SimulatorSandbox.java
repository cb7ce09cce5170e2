package org.hexmall.adapter.out.wallet.simulated;

import static org.hexmall.adapter.out.wallet.simulated.TestProviders.lastSegmentOf;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.queryOf;

import java.net.URI;
import java.util.Map;
import org.hexmall.application.port.out.wallet.WalletSandbox;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.Approval;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.payment.PayAttempt;

/**
 * The simulated Alipay as the provider's side of the gateway's contract: accounts opened on demand, customers who
 * act in the wallet app with the right payment password, and faults for the provider's bad days.
 */
final class SimulatorSandbox implements WalletSandbox {

    private static final WalletProvider PROVIDER = WalletProvider.ALIPAY;
    private static final String PAYMENT_PASSWORD = "135790";

    private final WalletSimulator simulator;
    private int accountsOpened;

    SimulatorSandbox(WalletSimulator simulator) {
        this.simulator = simulator;
    }

    @Override
    public WalletProvider provider() {
        return PROVIDER;
    }

    @Override
    public WalletAccountIdentifier openAccount(Money balance) {
        WalletAccountIdentifier account = TestProviders.phone("1390000%04d".formatted(++accountsOpened));
        simulator.accounts().open(PROVIDER, account, "Wang Fang", balance.fen(), PAYMENT_PASSWORD);
        return account;
    }

    @Override
    public WalletAccountIdentifier unknownAccount() {
        return TestProviders.phone("13799999999");
    }

    @Override
    public Money balanceOf(WalletAccountIdentifier account) {
        return Money.ofFen(simulator.accounts().find(PROVIDER, account).orElseThrow().balanceFen());
    }

    @Override
    public Map<String, String> approve(URI authorizationPage) {
        Approval approval = simulator.agreements().approve(PROVIDER, lastSegmentOf(authorizationPage),
                PAYMENT_PASSWORD);
        if (!(approval instanceof Approval.Approved approved)) {
            throw new AssertionError("the wallet app did not approve: " + approval);
        }
        return queryOf(approved.backToStore());
    }

    @Override
    public Map<String, String> reject(URI authorizationPage) {
        return queryOf(simulator.agreements().reject(PROVIDER, lastSegmentOf(authorizationPage)).orElseThrow());
    }

    /** The simulated app re-confirms on the page where it approves bindings, with the payment password. */
    @Override
    public Map<String, String> reconfirm(URI reconfirmationPage) {
        return approve(reconfirmationPage);
    }

    @Override
    public Map<String, String> refuseReconfirmation(URI reconfirmationPage) {
        return reject(reconfirmationPage);
    }

    @Override
    public void cancelInApp(String agreementToken) {
        simulator.agreements().cancelInApp(PROVIDER, agreementToken);
    }

    @Override
    public boolean appListsTheStore(WalletAccountIdentifier account) {
        return simulator.agreements().of(PROVIDER, account).stream().anyMatch(Agreement::isActive);
    }

    @Override
    public Map<String, String> pay(URI payPage) {
        return switch (simulator.payments().pay(PROVIDER, lastSegmentOf(payPage), PAYMENT_PASSWORD)) {
            case PayAttempt.Paid paid -> queryOf(paid.backToStore());
            case PayAttempt.NotPaid notPaid -> queryOf(notPaid.backToStore());
            case PayAttempt other -> throw new AssertionError("the pay page did not send the customer back: " + other);
        };
    }

    @Override
    public Map<String, String> leave(URI payPage) {
        return queryOf(simulator.payments().leave(PROVIDER, lastSegmentOf(payPage)).orElseThrow());
    }

    @Override
    public void makeUnavailable() {
        simulator.faults().inject(PROVIDER, Fault.PROVIDER_DOWN);
    }

    @Override
    public void makeSilent() {
        simulator.faults().inject(PROVIDER, Fault.TIMEOUT);
    }

    @Override
    public void makeNormal() {
        simulator.faults().remove(PROVIDER);
    }
}
