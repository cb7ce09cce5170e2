package org.hexmall.domain.wallet;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.shared.DomainException;

/**
 * A customer's wallet binding (绑定): from the verification code, through the wallet app's
 * confirmation, to an active binding that payments use, and finally to its end. Every move is checked
 * against {@link BindingStatus} and recorded in the history. A binding ended in hexmall still has its agreement
 * at the provider, which hexmall then has cancelled there ({@link AgreementCancellation}); its steps join the
 * history too. A binding remembers the device it was made on: its approval in the wallet app there, with the wallet's
 * payment password, is the same proof a re-confirmation on that device asks for ({@link WalletOnNewDevice}).
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
    private AgreementCancellation cancellation;
    /** While the cancellation is pending: when the provider may be asked next. */
    private Instant nextCancellationAttempt;
    /** The active binding the customer chose for this one to replace, once authorized; {@code null} for none. */
    private final BindingId replaces;
    /** The device the customer made the binding on; {@code null} for a client that is no device. */
    private final DeviceId device;
    private final List<BindingEvent> history;

    private WalletBinding(BindingId id, CustomerId customerId, WalletProvider provider,
                          WalletAccountIdentifier account, Instant startedAt, BindingStatus status,
                          BindingFailureReason failureReason, String agreementToken, boolean preferred,
                          AgreementCancellation cancellation, Instant nextCancellationAttempt,
                          BindingId replaces, DeviceId device, List<BindingEvent> history) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.provider = Objects.requireNonNull(provider, "provider");
        this.account = Objects.requireNonNull(account, "account");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.failureReason = failureReason;
        this.agreementToken = agreementToken;
        this.preferred = preferred;
        if (cancellation == AgreementCancellation.PENDING && nextCancellationAttempt == null) {
            throw new IllegalArgumentException("a pending cancellation knows when to ask the provider next");
        }
        this.cancellation = cancellation;
        this.nextCancellationAttempt = cancellation == AgreementCancellation.PENDING ? nextCancellationAttempt : null;
        this.replaces = replaces;
        this.device = device;
        this.history = new ArrayList<>(history);
    }

    /** A new binding whose verification code has just been sent. Only supported wallets can be bound. */
    public static WalletBinding start(BindingId id, CustomerId customerId, WalletProvider provider,
                                      WalletAccountIdentifier account, Instant now) {
        return start(id, customerId, provider, account, now, Optional.empty(), Optional.empty());
    }

    /**
     * A new binding whose verification code has just been sent, which is to replace {@code replacing}, the customer's
     * active binding they chose to make room with, once the wallet app has authorized it.
     *
     * @param device the device the customer binds on; empty for a client that is no device
     */
    public static WalletBinding start(BindingId id, CustomerId customerId, WalletProvider provider,
                                      WalletAccountIdentifier account, Instant now, Optional<BindingId> replacing,
                                      Optional<DeviceId> device) {
        if (!provider.isSupported()) {
            throw new DomainException("wallet.provider.unsupported");
        }
        if (!provider.acceptedIdentifiers().contains(account.kind())) {
            throw new DomainException("wallet.identifier.kind-not-accepted");
        }
        return new WalletBinding(id, customerId, provider, account, now, BindingStatus.CODE_SENT, null, null,
                false, null, null, replacing.orElse(null), device.orElse(null),
                List.of(new BindingEvent(now, BindingStatus.CODE_SENT, Optional.empty())));
    }

    /**
     * A binding as it was stored.
     *
     * @param nextCancellationAttempt when the provider may next be asked to cancel the agreement, while that is
     *                                pending
     */
    public static WalletBinding reconstitute(BindingId id, CustomerId customerId, WalletProvider provider,
                                             WalletAccountIdentifier account, Instant startedAt,
                                             BindingStatus status, Optional<BindingFailureReason> failureReason,
                                             Optional<String> agreementToken, boolean preferred,
                                             Optional<AgreementCancellation> cancellation,
                                             Optional<Instant> nextCancellationAttempt, List<BindingEvent> history) {
        return reconstitute(id, customerId, provider, account, startedAt, status, failureReason, agreementToken,
                preferred, cancellation, nextCancellationAttempt, Optional.empty(), Optional.empty(), history);
    }

    /**
     * A binding as it was stored, with the binding the customer chose for it to replace and the device it was made on.
     *
     * @param replaces the active binding this one replaces once authorized, as the customer chose it
     * @param device   the device the customer made the binding on, if they used one
     */
    public static WalletBinding reconstitute(BindingId id, CustomerId customerId, WalletProvider provider,
                                             WalletAccountIdentifier account, Instant startedAt,
                                             BindingStatus status, Optional<BindingFailureReason> failureReason,
                                             Optional<String> agreementToken, boolean preferred,
                                             Optional<AgreementCancellation> cancellation,
                                             Optional<Instant> nextCancellationAttempt, Optional<BindingId> replaces,
                                             Optional<DeviceId> device, List<BindingEvent> history) {
        return new WalletBinding(id, customerId, provider, account, startedAt, status, failureReason.orElse(null),
                agreementToken.orElse(null), preferred, cancellation.orElse(null),
                nextCancellationAttempt.orElse(null), replaces.orElse(null), device.orElse(null), history);
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

    /**
     * Ends a binding that was not finished within {@link #COMPLETION_WINDOW}. One that stopped on a problem at the
     * step it waited at (a code typed wrong too often, a provider that could not be reached) keeps that problem as
     * the reason it ended, since that is most likely why the customer did not finish.
     */
    public void expire(Instant now) {
        if (!hasExpiredAt(now)) {
            throw new DomainException("wallet.binding.not-expired");
        }
        Optional<BindingFailureReason> trouble = troubleAtThisStep();
        moveTo(BindingStatus.EXPIRED, now, trouble.map(Enum::name));
        this.failureReason = trouble.orElse(null);
    }

    /**
     * While the binding waits at a step: the latest problem noted since it reached that step, which the customer has
     * yet to get past; empty once it moved on, ended, or when nothing went wrong at this step.
     */
    public Optional<BindingFailureReason> troubleAtThisStep() {
        return status.isPending() ? troubleNotedAt(status, history) : Optional.empty();
    }

    /**
     * The latest problem noted at {@code step} in a history that is still at that step: the steps after the move to
     * it, newest first, until the first that names a problem.
     */
    public static Optional<BindingFailureReason> troubleNotedAt(BindingStatus step, List<BindingEvent> history) {
        for (int index = history.size() - 1; index >= 0; index--) {
            BindingEvent event = history.get(index);
            if (event.status() != step || event.concernsCancellation()) {
                return Optional.empty();
            }
            Optional<BindingFailureReason> named = event.reason().flatMap(BindingFailureReason::named);
            if (named.isPresent()) {
                return named;
            }
        }
        return Optional.empty();
    }

    /** True when the binding is still being set up but its time is over. */
    public boolean hasExpiredAt(Instant now) {
        return status.isPending() && !now.isBefore(startedAt.plus(COMPLETION_WINDOW));
    }

    /**
     * The customer, or an agent with the given reason, ends an active binding. Its agreement is to be cancelled at
     * the provider, which may be asked at once.
     */
    public void unbind(Instant now, Optional<String> reason) {
        moveTo(BindingStatus.UNBOUND, now, reason);
        this.preferred = false;
        cancelAgreementFrom(now);
    }

    /** Another wallet took this one's place under the binding policy; its agreement is to be cancelled. */
    public void replaced(Instant now) {
        moveTo(BindingStatus.REPLACED, now, Optional.empty());
        this.preferred = false;
        cancelAgreementFrom(now);
    }

    /**
     * The provider reported that the customer cancelled the agreement inside the wallet app, or answered that it
     * no longer honours it: the agreement ended with the binding, and there is nothing to cancel.
     */
    public void revokedByProvider(Instant now) {
        moveTo(BindingStatus.REVOKED, now, Optional.empty());
        this.preferred = false;
    }

    // The agreement's cancellation at the provider

    private void cancelAgreementFrom(Instant now) {
        this.cancellation = AgreementCancellation.PENDING;
        this.nextCancellationAttempt = now;
    }

    /** True while the provider has yet to say that this ended binding's agreement is over. */
    public boolean isCancellingAgreement() {
        return cancellation == AgreementCancellation.PENDING;
    }

    /** True when the provider is to be asked now: the cancellation is pending and no attempt is under way. */
    public boolean isCancellationDueAt(Instant now) {
        return isCancellingAgreement() && !now.isBefore(nextCancellationAttempt);
    }

    /**
     * Takes the attempt due now, so that no other starts before {@code answerBy}: one attempt at a time, whoever
     * makes it. The one who takes it asks the provider and records the answer before then; should they stop on the
     * way, the attempt is due again from then on.
     */
    public void claimCancellationAttempt(Instant now, Instant answerBy) {
        if (!isCancellationDueAt(now)) {
            throw new DomainException("wallet.binding.cancellation-not-due");
        }
        if (!answerBy.isAfter(now)) {
            throw new IllegalArgumentException("an attempt takes some time: " + answerBy + " is not after " + now);
        }
        this.nextCancellationAttempt = answerBy;
    }

    /** The provider cancelled the agreement when asked. */
    public void agreementCancelled(Instant now) {
        endCancellation(AgreementCancellation.CANCELLED, now);
    }

    /** The provider had ended the agreement already, so there was nothing left to cancel. */
    public void agreementAlreadyEnded(Instant now) {
        endCancellation(AgreementCancellation.ALREADY_ENDED, now);
    }

    /**
     * The provider could not be reached, or did not answer in time: the cancellation stays pending, noted in the
     * history, and the provider is asked again from {@code retryAt}.
     */
    public void cancellationDeferred(Instant now, Instant retryAt) {
        requireCancelling();
        history.add(new BindingEvent(now, status, Optional.of(BindingFailureReason.PROVIDER_UNAVAILABLE.name()),
                Optional.of(AgreementCancellation.PENDING)));
        this.nextCancellationAttempt = retryAt;
    }

    /** How many attempts to cancel the agreement found the provider unavailable: the next waits longer. */
    public int cancellationAttemptsDeferred() {
        return (int) history.stream()
                .filter(event -> event.cancellation().equals(Optional.of(AgreementCancellation.PENDING)))
                .count();
    }

    private void endCancellation(AgreementCancellation outcome, Instant now) {
        requireCancelling();
        this.cancellation = outcome;
        this.nextCancellationAttempt = null;
        history.add(new BindingEvent(now, status, Optional.empty(), Optional.of(outcome)));
    }

    private void requireCancelling() {
        if (!isCancellingAgreement()) {
            throw new DomainException("wallet.binding.not-cancelling");
        }
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

    /** The active binding the customer chose for this one to replace, if they chose one. */
    public Optional<BindingId> replaces() {
        return Optional.ofNullable(replaces);
    }

    /** The device the customer made the binding on, if they used one. */
    public Optional<DeviceId> device() {
        return Optional.ofNullable(device);
    }

    /** Where the cancellation of the agreement stands, once the binding ended in hexmall. */
    public Optional<AgreementCancellation> agreementCancellation() {
        return Optional.ofNullable(cancellation);
    }

    /** While the cancellation is pending: when the provider may next be asked. */
    public Optional<Instant> nextCancellationAttempt() {
        return Optional.ofNullable(nextCancellationAttempt);
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
