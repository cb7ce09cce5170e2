package org.hexmall.domain.wallet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.DomainException;

/**
 * A customer's wallet binding (绑定): from the verification code, through the wallet app's
 * confirmation, to an active binding that payments use, and finally to its end. Every move is checked
 * against {@link BindingStatus} and recorded in the history.
 */
public final class WalletBinding {

    /** A binding not finished within this time after it started expires. */
    public static final Duration COMPLETION_WINDOW = Duration.ofMinutes(15);

    private final BindingId id;
    private final CustomerId customerId;
    private final WalletProvider provider;
    private final WalletAccountIdentifier account;
    private final Instant startedAt;
    private BindingStatus status;
    private BindingFailureReason failureReason;
    private String agreementToken;
    private boolean preferred;
    private final List<BindingEvent> history;

    private WalletBinding(BindingId id, CustomerId customerId, WalletProvider provider,
                          WalletAccountIdentifier account, Instant startedAt, BindingStatus status,
                          BindingFailureReason failureReason, String agreementToken, boolean preferred,
                          List<BindingEvent> history) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.account = Objects.requireNonNull(account, "account");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.failureReason = failureReason;
        this.agreementToken = agreementToken;
        this.preferred = preferred;
        this.history = new ArrayList<>(history);
    }

    /** A new binding whose verification code has just been sent. Only supported wallets can be bound. */
    public static WalletBinding start(BindingId id, CustomerId customerId, WalletProvider provider,
                                      WalletAccountIdentifier account, Instant now) {
        if (!provider.isSupported()) {
            throw new DomainException("wallet.provider.unsupported");
        }
        if (!provider.acceptedIdentifiers().contains(account.kind())) {
            throw new DomainException("wallet.identifier.kind-not-accepted");
        }
        return new WalletBinding(id, customerId, provider, account, now, BindingStatus.CODE_SENT, null, null,
                false, List.of(new BindingEvent(now, BindingStatus.CODE_SENT, Optional.empty())));
    }

    /** A binding as it was stored. */
    public static WalletBinding reconstitute(BindingId id, CustomerId customerId, WalletProvider provider,
                                             WalletAccountIdentifier account, Instant startedAt,
                                             BindingStatus status, Optional<BindingFailureReason> failureReason,
                                             Optional<String> agreementToken, boolean preferred,
                                             List<BindingEvent> history) {
        return new WalletBinding(id, customerId, provider, account, startedAt, status, failureReason.orElse(null),
                agreementToken.orElse(null), preferred, history);
    }

    /** The customer typed the right code: the wallet app is asked next. */
    public void codeAccepted(Instant now) {
        requireOpenAt(now);
        moveTo(BindingStatus.AWAITING_AUTHORIZATION, now, Optional.empty());
    }

    /** The customer approved in the wallet app, which granted this agreement. */
    public void authorized(String agreement, boolean asPreferred, Instant now) {
        if (agreement == null || agreement.isBlank()) {
            throw new IllegalArgumentException("an authorized binding has the provider's agreement token");
        }
        requireOpenAt(now);
        moveTo(BindingStatus.ACTIVE, now, Optional.empty());
        this.agreementToken = agreement;
        this.preferred = asPreferred;
    }

    public void fail(BindingFailureReason reason, Instant now) {
        moveTo(BindingStatus.FAILED, now, Optional.of(reason.name()));
        this.failureReason = reason;
    }

    /**
     * Records a problem that did not end the binding, such as the provider being unreachable while the
     * customer waits to retry, so that an agent can see what the customer went through.
     */
    public void noteTrouble(BindingFailureReason reason, Instant now) {
        history.add(new BindingEvent(now, status, Optional.of(reason.name())));
    }

    /** Ends a binding that was not finished within {@link #COMPLETION_WINDOW}. */
    public void expire(Instant now) {
        if (!hasExpiredAt(now)) {
            throw new DomainException("wallet.binding.not-expired");
        }
        moveTo(BindingStatus.EXPIRED, now, Optional.empty());
    }

    /** True when the binding is still being set up but its time is over. */
    public boolean hasExpiredAt(Instant now) {
        return status.isPending() && !now.isBefore(startedAt.plus(COMPLETION_WINDOW));
    }

    /** The customer, or an agent with the given reason, ends an active binding. */
    public void unbind(Instant now, Optional<String> reason) {
        moveTo(BindingStatus.UNBOUND, now, reason);
        this.preferred = false;
    }

    /** Another wallet took this one's place under the binding policy. */
    public void replaced(Instant now) {
        moveTo(BindingStatus.REPLACED, now, Optional.empty());
        this.preferred = false;
    }

    /** The provider reported that the customer cancelled the agreement inside the wallet app. */
    public void revokedByProvider(Instant now) {
        moveTo(BindingStatus.REVOKED, now, Optional.empty());
        this.preferred = false;
    }

    public void markPreferred(boolean isPreferred) {
        if (isPreferred && status != BindingStatus.ACTIVE) {
            throw new DomainException("wallet.binding.not-active");
        }
        this.preferred = isPreferred;
    }

    private void requireOpenAt(Instant now) {
        if (hasExpiredAt(now)) {
            throw new DomainException("wallet.binding.expired");
        }
    }

    private void moveTo(BindingStatus target, Instant now, Optional<String> reason) {
        if (!status.canMoveTo(target)) {
            throw new DomainException("wallet.binding.illegal-transition", status, target);
        }
        status = target;
        history.add(new BindingEvent(now, target, reason));
    }

    public BindingId id() {
        return id;
    }

    public CustomerId customerId() {
        return customerId;
    }

    public WalletProvider provider() {
        return provider;
    }

    public WalletAccountIdentifier account() {
        return account;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public BindingStatus status() {
        return status;
    }

    public boolean isActive() {
        return status == BindingStatus.ACTIVE;
    }

    public Optional<BindingFailureReason> failureReason() {
        return Optional.ofNullable(failureReason);
    }

    public Optional<String> agreementToken() {
        return Optional.ofNullable(agreementToken);
    }

    public boolean isPreferred() {
        return preferred;
    }

    /** Every move so far, oldest first. */
    public List<BindingEvent> history() {
        return List.copyOf(history);
    }

    /** The time the binding became active, if it did. */
    public Optional<Instant> boundAt() {
        return history.stream().filter(event -> event.status() == BindingStatus.ACTIVE)
                .map(BindingEvent::at).findFirst();
    }
}
