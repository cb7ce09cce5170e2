package org.hexmall.simulator.wallet.account;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A wallet account at a simulated provider. The payment password and its lock are the provider's own: the
 * store never sees them.
 *
 * @param balanceFen             what the account holds, in fen (分)
 * @param failedPasswordAttempts wrong payment passwords in a row, which the provider's lock counts
 * @param lockedUntil            until when the provider refuses the payment password after too many wrong ones;
 *                               {@code null} when it has not locked it since the last password typed
 */
public record WalletAccount(WalletProvider provider, WalletAccountIdentifier identifier, String holderName,
                            long balanceFen, PaymentPasswordHash paymentPassword, int failedPasswordAttempts,
                            Instant lockedUntil) {

    /** Wrong payment passwords in a row that lock it, as the real wallet apps do. */
    public static final int PASSWORD_ATTEMPTS = 3;

    /**
     * How long a locked payment password stays locked, unless its holder resets it in the app; the simulator's
     * timings may make a provider lock for longer or shorter.
     */
    public static final Duration PASSWORD_LOCK = Duration.ofHours(3);

    /** The most the holder tops up at once, in fen (¥50,000.00), as wallet apps cap a single top-up. */
    public static final long MAX_TOP_UP_FEN = 5_000_000;

    public WalletAccount {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(paymentPassword, "paymentPassword");
        if (holderName == null || holderName.isBlank()) {
            throw new IllegalArgumentException("a wallet account has a holder name");
        }
        if (balanceFen < 0) {
            throw new IllegalArgumentException("a wallet balance is never negative");
        }
        if (failedPasswordAttempts < 0) {
            throw new IllegalArgumentException("failed password attempts are never negative");
        }
    }

    /** A newly opened account: no wrong passwords yet, not locked. */
    public static WalletAccount open(WalletProvider provider, WalletAccountIdentifier identifier, String holderName,
                                     long balanceFen, String paymentPassword) {
        return new WalletAccount(provider, identifier, holderName, balanceFen,
                PaymentPasswordHash.of(paymentPassword), 0, null);
    }

    /**
     * The account with a new payment password, set by its holder in the app: the wrong ones typed before no longer
     * count, and a lock on the old one ends at once, as the lock guarded a password that is no longer there.
     */
    public WalletAccount withNewPaymentPassword(PaymentPasswordHash newPassword) {
        return new WalletAccount(provider, identifier, holderName, balanceFen, newPassword, 0, null);
    }

    /**
     * Whether the name typed is the holder's, as the app asks a holder who resets the payment password to prove who
     * they are with the real name the account was opened in: the full name, whatever the case of its letters and
     * the spaces around and between its parts.
     */
    public boolean isHeldBy(String typedName) {
        return typedName != null && comparable(typedName).equals(comparable(holderName));
    }

    private static String comparable(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** True while the provider refuses the payment password, even the right one. */
    public boolean isPasswordLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** How many more wrong payment passwords the provider accepts before it locks the password. */
    public int passwordAttemptsLeftAt(Instant now) {
        return PASSWORD_ATTEMPTS - wrongPasswordsCountingAt(now);
    }

    /**
     * The account after a wrong payment password: one attempt fewer, and after the last one locked for
     * {@code lock}, as long as this provider locks. Only an unlocked password can be tried at all.
     */
    public WalletAccount afterWrongPassword(Instant now, Duration lock) {
        if (isPasswordLockedAt(now)) {
            throw new IllegalStateException("a locked payment password cannot be tried");
        }
        int wrong = wrongPasswordsCountingAt(now) + 1;
        return withPasswordState(wrong, wrong >= PASSWORD_ATTEMPTS ? wholeSecondUpTo(now.plus(lock)) : null);
    }

    /** The account after the right payment password: the wrong ones before it no longer count. */
    public WalletAccount afterRightPassword(Instant now) {
        if (isPasswordLockedAt(now)) {
            throw new IllegalStateException("a locked payment password cannot be tried");
        }
        return withPasswordState(0, null);
    }

    /** Once a lock has run out the holder starts again with every attempt: the lock was the penalty. */
    private int wrongPasswordsCountingAt(Instant now) {
        return lockedUntil != null && !isPasswordLockedAt(now) ? 0 : failedPasswordAttempts;
    }

    /**
     * Locks end on a whole second, the precision the wallet app shows and its signed messages carry, so that the
     * app and the store name the same moment.
     */
    private static Instant wholeSecondUpTo(Instant instant) {
        Instant whole = instant.truncatedTo(ChronoUnit.SECONDS);
        return whole.equals(instant) ? whole : whole.plusSeconds(1);
    }

    private WalletAccount withPasswordState(int wrongPasswords, Instant lockedUntil) {
        return new WalletAccount(provider, identifier, holderName, balanceFen, paymentPassword, wrongPasswords,
                lockedUntil);
    }

    /**
     * The holder's name as wallet apps show it to a merchant's customer: only the given name, or for a name
     * written without spaces (李雷) only its last character: {@code *雷}, {@code ** Lei}.
     */
    public String maskedHolderName() {
        String name = holderName.strip();
        int lastSpace = name.lastIndexOf(' ');
        int keepFrom = lastSpace >= 0 ? lastSpace + 1 : name.length() - 1;
        StringBuilder masked = new StringBuilder();
        for (int i = 0; i < keepFrom; i++) {
            masked.append(name.charAt(i) == ' ' ? ' ' : '*');
        }
        return masked.append(name.substring(keepFrom)).toString();
    }
}
