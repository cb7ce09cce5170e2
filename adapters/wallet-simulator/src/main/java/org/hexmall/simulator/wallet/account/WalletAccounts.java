package org.hexmall.simulator.wallet.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The simulated providers' wallet accounts and their payment passwords. A password typed in the app, to approve a
 * binding or to pay, counts towards the one lock each account has, whatever it was typed for.
 */
public final class WalletAccounts {

    private static final Comparator<WalletAccount> BY_PROVIDER_AND_IDENTIFIER = Comparator
            .comparing(WalletAccount::provider)
            .thenComparing(account -> account.identifier().value());

    private final AccountRecords records;
    private final Clock clock;
    private final Function<WalletProvider, Duration> passwordLocks;

    /** @param passwordLocks how long each provider locks a payment password after too many wrong ones */
    public WalletAccounts(AccountRecords records, Clock clock, Function<WalletProvider, Duration> passwordLocks) {
        this.records = records;
        this.clock = clock;
        this.passwordLocks = passwordLocks;
    }

    /** Opens the account, unless the provider has one with that identifier already; returns the one it has. */
    public WalletAccount open(WalletProvider provider, WalletAccountIdentifier identifier, String holderName,
                              long balanceFen, String paymentPassword) {
        if (!provider.isSupported()) {
            throw new IllegalArgumentException(provider + " is not simulated: hexmall does not support it");
        }
        records.addIfAbsent(WalletAccount.open(provider, identifier, holderName, balanceFen, paymentPassword));
        return records.find(provider, identifier).orElseThrow();
    }

    public Optional<WalletAccount> find(WalletProvider provider, WalletAccountIdentifier identifier) {
        return records.find(provider, identifier);
    }

    /** Every account of every provider, by provider and identifier. */
    public List<WalletAccount> all() {
        return records.all().stream().sorted(BY_PROVIDER_AND_IDENTIFIER).toList();
    }

    /** Until when the account's payment password is locked; empty when it is not locked now. */
    public Optional<Instant> passwordLockedUntil(WalletProvider provider, WalletAccountIdentifier identifier) {
        Instant now = clock.instant();
        return records.find(provider, identifier)
                .filter(account -> account.isPasswordLockedAt(now))
                .map(WalletAccount::lockedUntil);
    }

    /**
     * The holder tops up the balance in the app, so that a payment refused for a balance too low can be paid again.
     * The money comes from nowhere: the simulation has no bank card behind the wallet.
     *
     * @param amountFen more than nothing, and at most {@link WalletAccount#MAX_TOP_UP_FEN}
     */
    public TopUp topUp(WalletProvider provider, WalletAccountIdentifier identifier, long amountFen) {
        if (amountFen <= 0 || amountFen > WalletAccount.MAX_TOP_UP_FEN) {
            throw new IllegalArgumentException("a top-up is 1 to " + WalletAccount.MAX_TOP_UP_FEN + " fen");
        }
        if (records.find(provider, identifier).isEmpty()) {
            return TopUp.NO_SUCH_ACCOUNT;
        }
        return records.topUp(provider, identifier, amountFen) ? TopUp.DONE : TopUp.BALANCE_FULL;
    }

    /**
     * The holder, who forgot the payment password or locked it, sets a new one in the app after proving who they
     * are with the account's real name (the identity the simulation keeps for an account). A lock ends at once, so
     * that the holder can pay again with the new password without waiting for it. The old password is not asked
     * for: it is the one the holder no longer knows. The app shows the holder's name masked, so that only someone who
     * knows it whole can reset; names typed wrong are not counted, as the simulation stands for the app's check of
     * who the holder is, not for its defences against guessing.
     *
     * @param newPassword six digits, as the app's form has checked
     */
    public PasswordReset resetPaymentPassword(WalletProvider provider, WalletAccountIdentifier identifier,
                                              String holderName, String newPassword) {
        Optional<WalletAccount> account = records.find(provider, identifier);
        if (account.isEmpty()) {
            return PasswordReset.NO_SUCH_ACCOUNT;
        }
        if (!account.get().isHeldBy(holderName)) {
            return PasswordReset.NOT_THE_HOLDER;
        }
        return records.replacePaymentPassword(provider, identifier, PaymentPasswordHash.of(newPassword))
                ? PasswordReset.DONE : PasswordReset.NO_SUCH_ACCOUNT;
    }

    /** The holder types the payment password in the app. */
    public PasswordCheck checkPassword(WalletProvider provider, WalletAccountIdentifier identifier, String typed) {
        WalletAccount account = records.find(provider, identifier).orElseThrow();
        return enter(account, account.paymentPassword().matches(typed));
    }

    /** As if the holder typed the right payment password: still refused while it is locked. */
    public PasswordCheck confirmAsHolder(WalletProvider provider, WalletAccountIdentifier identifier) {
        return enter(records.find(provider, identifier).orElseThrow(), true);
    }

    private PasswordCheck enter(WalletAccount account, boolean right) {
        Instant now = clock.instant();
        if (account.isPasswordLockedAt(now)) {
            return new PasswordCheck.Locked(account.lockedUntil());
        }
        WalletAccount after = right ? account.afterRightPassword(now)
                : account.afterWrongPassword(now, passwordLocks.apply(account.provider()));
        if (!after.equals(account) && !records.updatePasswordState(account, after)) {
            // Another attempt on the same account changed its count first: check again against that one.
            return enter(records.find(account.provider(), account.identifier()).orElseThrow(), right);
        }
        if (right) {
            return new PasswordCheck.Right();
        }
        return after.isPasswordLockedAt(now) ? new PasswordCheck.WrongAndLocked(after.lockedUntil())
                : new PasswordCheck.Wrong(after.passwordAttemptsLeftAt(now));
    }
}
