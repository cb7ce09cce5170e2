package org.hexmall.simulator.wallet.agreement;

import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.PasswordCheck;
import org.hexmall.simulator.wallet.account.WalletAccounts;
import org.hexmall.simulator.wallet.notification.FormEncoding;
import org.hexmall.simulator.wallet.notification.MessageFields;
import org.hexmall.simulator.wallet.notification.MessageType;
import org.hexmall.simulator.wallet.notification.NotificationDelivery;
import org.hexmall.simulator.wallet.notification.SignedMessages;
import org.hexmall.simulator.wallet.notification.SimulatorTokens;

/**
 * Merchants' requests to bind an account, which its holder approves with the payment password or rejects in the
 * wallet app, and the agreements an approval grants, which the holder can cancel there at any time. Whatever
 * ends an agreement, the app then no longer lists the merchant, and payments under it are refused.
 */
public final class Agreements {

    private final AgreementRecords records;
    private final WalletAccounts accounts;
    private final SignedMessages messages;
    private final NotificationDelivery notifications;
    private final Clock clock;

    public Agreements(AgreementRecords records, WalletAccounts accounts, SignedMessages messages,
                      NotificationDelivery notifications, Clock clock) {
        this.records = records;
        this.accounts = accounts;
        this.messages = messages;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** A merchant asks to bind the account; empty when the provider has no such account. */
    public Optional<AuthorizationRequestRecord> request(WalletProvider provider, WalletAccountIdentifier account,
                                                        String merchantState, URI returnUrl) {
        if (accounts.find(provider, account).isEmpty()) {
            return Optional.empty();
        }
        var request = new AuthorizationRequestRecord(SimulatorTokens.next(), provider, account, merchantState,
                returnUrl, clock.instant(), AuthorizationRequestRecord.Outcome.PENDING);
        records.addRequest(request);
        return Optional.of(request);
    }

    /**
     * A merchant asks that the holder re-confirm the binding under an active agreement; empty when the agreement is
     * unknown or over.
     */
    public Optional<AuthorizationRequestRecord> requestReconfirmation(WalletProvider provider, String agreementToken,
                                                                      String merchantState, URI returnUrl) {
        Optional<Agreement> active = records.find(provider, agreementToken).filter(Agreement::isActive);
        if (active.isEmpty()) {
            return Optional.empty();
        }
        var request = new AuthorizationRequestRecord(
                AuthorizationRequestRecord.RECONFIRMATION_PREFIX + SimulatorTokens.next(), provider,
                active.get().account(), merchantState, returnUrl, clock.instant(),
                AuthorizationRequestRecord.Outcome.PENDING);
        records.addRequest(request);
        return Optional.of(request);
    }

    /** The request on an approval page, by the provider's own id in the page's address. */
    public Optional<AuthorizationRequestRecord> requestOnPage(WalletProvider provider, String requestId) {
        return records.findRequest(requestId).filter(request -> request.provider() == provider);
    }

    /**
     * The holder approves in the wallet app, confirming with the account's payment password. The right one grants
     * an agreement and sends the browser back to the store with the signed approval; a wrong one counts towards the
     * password's lock, the same lock that payments are subject to, and approves nothing.
     */
    public Approval approve(WalletProvider provider, String requestId, String paymentPassword) {
        Objects.requireNonNull(paymentPassword, "paymentPassword");
        Optional<AuthorizationRequestRecord> pending = requestOnPage(provider, requestId)
                .filter(AuthorizationRequestRecord::isPending)
                .filter(request -> accounts.find(provider, request.account()).isPresent());
        if (pending.isEmpty()) {
            return new Approval.NotFound();
        }
        AuthorizationRequestRecord request = pending.get();
        return switch (accounts.checkPassword(provider, request.account(), paymentPassword)) {
            case PasswordCheck.Right right -> request.isReconfirmation() ? reconfirm(request) : grant(request);
            case PasswordCheck.Wrong wrong -> new Approval.WrongPassword(wrong.attemptsLeft());
            case PasswordCheck.WrongAndLocked locked -> new Approval.Locked(locked.until());
            case PasswordCheck.Locked locked -> new Approval.Locked(locked.until());
        };
    }

    private Approval grant(AuthorizationRequestRecord request) {
        Agreement agreement = Agreement.signed(SimulatorTokens.next(), request.provider(), request.account(),
                clock.instant());
        if (!records.approve(request.id(), agreement)) {
            return new Approval.NotFound();
        }
        return new Approval.Approved(FormEncoding.appendToQuery(request.returnUrl(), messages.sign(request.provider(),
                MessageType.AUTHORIZATION_APPROVED, Map.of(MessageFields.STATE, request.merchantState(),
                        MessageFields.AGREEMENT_TOKEN, agreement.token()))));
    }

    /** The holder re-confirmed the binding: the merchant hears so, and the agreement stays as it was. */
    private Approval reconfirm(AuthorizationRequestRecord request) {
        if (!records.confirm(request.id())) {
            return new Approval.NotFound();
        }
        return new Approval.Approved(FormEncoding.appendToQuery(request.returnUrl(), messages.sign(request.provider(),
                MessageType.RECONFIRMATION_APPROVED, Map.of(MessageFields.STATE, request.merchantState()))));
    }

    /**
     * The holder rejects, which needs no password: saying no grants nothing.
     *
     * @return the store's return URL with the signed rejection, or empty if the request is unknown or answered
     */
    public Optional<URI> reject(WalletProvider provider, String requestId) {
        return requestOnPage(provider, requestId).filter(AuthorizationRequestRecord::isPending)
                .filter(request -> records.reject(requestId))
                .map(request -> FormEncoding.appendToQuery(request.returnUrl(), messages.sign(provider,
                        request.isReconfirmation() ? MessageType.RECONFIRMATION_REJECTED
                                : MessageType.AUTHORIZATION_REJECTED,
                        Map.of(MessageFields.STATE, request.merchantState()))));
    }

    public Optional<Agreement> find(WalletProvider provider, String token) {
        return records.find(provider, token);
    }

    /** The account's agreements with the store, active and cancelled, oldest first. */
    public List<Agreement> of(WalletProvider provider, WalletAccountIdentifier account) {
        return records.of(provider, account).stream().sorted(Comparator.comparing(Agreement::signedAt)).toList();
    }

    /**
     * The holder cancels inside the wallet app: the agreement ends, and the provider tells the store with a signed
     * notification. False, and no notification, if the agreement was not active.
     */
    public boolean cancelInApp(WalletProvider provider, String token) {
        Optional<Agreement> ended = end(provider, token);
        ended.ifPresent(agreement -> notifications.send(provider, Optional.of(agreement.account()),
                MessageType.AGREEMENT_CANCELLED, Map.of(MessageFields.AGREEMENT_TOKEN, token)));
        return ended.isPresent();
    }

    /**
     * The merchant cancels the agreement: it ends as when the holder cancels it in the app, and the provider sends
     * no notification of what the merchant asked for itself. False if the agreement was not active.
     */
    public boolean cancelForMerchant(WalletProvider provider, String token) {
        return end(provider, token).isPresent();
    }

    /**
     * Ends an active agreement now, whoever asks: its holder in the app, or the merchant, which needs no
     * notification of what it asked for itself. Empty if the agreement was not active.
     */
    private Optional<Agreement> end(WalletProvider provider, String token) {
        if (!records.cancel(provider, token, clock.instant())) {
            return Optional.empty();
        }
        return records.find(provider, token);
    }
}
