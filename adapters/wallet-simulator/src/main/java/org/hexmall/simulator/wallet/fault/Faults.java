package org.hexmall.simulator.wallet.fault;

import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The trouble the simulated providers were told to have, for a whole provider or for one account, so that every
 * failure the store must handle can be produced on demand, from tests and from the demo's control page.
 */
public final class Faults {

    private final FaultRecords records;

    public Faults(FaultRecords records) {
        this.records = records;
    }

    public void inject(WalletProvider provider, Fault fault) {
        records.put(FaultTarget.wholeProvider(provider), fault);
    }

    public void inject(WalletProvider provider, WalletAccountIdentifier account, Fault fault) {
        records.put(FaultTarget.account(provider, account), fault);
    }

    /** Ends the fault of the whole provider; faults of single accounts stay. */
    public void remove(WalletProvider provider) {
        records.remove(FaultTarget.wholeProvider(provider));
    }

    /** Ends the account's own fault: the account behaves as its provider does again. */
    public void remove(WalletProvider provider, WalletAccountIdentifier account) {
        records.remove(FaultTarget.account(provider, account));
    }

    public Map<FaultTarget, Fault> all() {
        return records.all();
    }

    public void clear() {
        records.clear();
    }

    /**
     * The fault a request about this account meets: the account's own overrides its provider's, as the more
     * specific setting; the provider's alone when the request names no account the provider knows.
     */
    public Optional<Fault> faultFor(WalletProvider provider, Optional<WalletAccountIdentifier> account) {
        return account.flatMap(known -> records.find(FaultTarget.account(provider, known)))
                .or(() -> records.find(FaultTarget.wholeProvider(provider)));
    }
}
