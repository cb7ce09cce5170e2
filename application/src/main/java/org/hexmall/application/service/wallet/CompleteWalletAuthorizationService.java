package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion.Bound;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion.Untrusted;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.CompleteWalletAuthorization;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.wallet.shared.EndedBindings;
import org.hexmall.application.service.wallet.shared.OwnedBinding;
import org.hexmall.application.service.wallet.shared.TrustedMessages;
import org.hexmall.application.service.wallet.shared.WalletBindingSettings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.wallet.BindingDecision;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.PreferredWallet;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The wallet app's answer, brought back by the customer's browser: the binding becomes active, or fails. A new
 * wallet that replaces another ends the other in the same transaction; the replaced wallet's payments still waiting
 * in its app are then closed and its agreement cancelled at its provider with no transaction open, as when the
 * customer unbinds it ({@link EndedBindings}).
 */
public final class CompleteWalletAuthorizationService implements CompleteWalletAuthorization {

    private final Customers customers;
    private final WalletBindings bindings;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final TrustedMessages trust;
    private final EndedBindings endings;
    private final WalletBindingSettings settings;
    private final Clock clock;

    public CompleteWalletAuthorizationService(Customers customers, WalletBindings bindings,
                                              SecurityEvents securityEvents, UsedNonces nonces,
                                              TransactionRunner transactions, WalletProviderGateway gateway,
                                              EndedBindings endings, WalletBindingSettings settings,
                                              Clock clock) {
        this.customers = customers;
        this.bindings = bindings;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.gateway = gateway;
        this.trust = new TrustedMessages(nonces, settings.messageMaxAge(), clock);
        this.endings = endings;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public AuthorizationCompletion complete(CustomerId customerId, WalletProvider provider,
                                            Map<String, String> parameters, String clientAddress) {
        Answered answered = switch (gateway.read(provider, parameters)) {
            case ProviderMessage.AuthorizationApproved approved -> transactions.inTransaction(() ->
                    answer(customerId, provider, approved.state(), approved.nonce(), approved.issuedAt(),
                            Optional.of(approved.agreementToken()), clientAddress));
            case ProviderMessage.AuthorizationRejected rejected -> transactions.inTransaction(() ->
                    answer(customerId, provider, rejected.state(), rejected.nonce(), rejected.issuedAt(),
                            Optional.empty(), clientAddress));
            case ProviderMessage.ReconfirmationApproved reconfirmed ->
                    Answered.only(new Untrusted("a re-confirmation is no authorization result"));
            case ProviderMessage.ReconfirmationRejected reconfirmed ->
                    Answered.only(new Untrusted("a re-confirmation is no authorization result"));
            case ProviderMessage.AgreementCancelled cancelled ->
                    Answered.only(new Untrusted("a cancellation is no authorization result"));
            case ProviderMessage.PaymentResult payment ->
                    Answered.only(new Untrusted("a payment result is no authorization result"));
            case ProviderMessage.RefundConfirmation refund ->
                    Answered.only(new Untrusted("a refund's confirmation is no authorization result"));
            case ProviderMessage.Unverifiable unverifiable -> Answered.only(new Untrusted(unverifiable.why()));
        };
        answered.replaced().ifPresent(endings::askProvider);
        return answered.completion();
    }

    /** What the transaction decided, and the binding it replaced, whose provider is still to be asked. */
    private record Answered(AuthorizationCompletion completion, Optional<EndedBindings.Ended> replaced) {

        static Answered only(AuthorizationCompletion completion) {
            return new Answered(completion, Optional.empty());
        }
    }

    /** Applies a verified answer from the wallet app: an agreement token means approved, none means rejected. */
    private Answered answer(CustomerId customerId, WalletProvider provider, String state, String nonce,
                            Instant issuedAt, Optional<String> agreement, String clientAddress) {
        // The state names the binding; it must be this customer's, at this provider. Only then is the message's
        // nonce used up: an answer brought by someone else leaves it to its customer.
        Optional<WalletBinding> found = BindingId.parse(state)
                .flatMap(id -> OwnedBinding.find(bindings, customerId, id))
                .filter(binding -> binding.provider() == provider);
        if (found.isEmpty()) {
            return Answered.only(new Untrusted("state does not name a binding of this customer at " + provider));
        }
        Optional<String> distrust = trust.distrust(provider, nonce, issuedAt);
        if (distrust.isPresent()) {
            return Answered.only(new Untrusted(distrust.get()));
        }
        WalletBinding binding = found.get();
        Instant now = clock.instant();
        if (OwnedBinding.expireIfStale(bindings, binding, now)) {
            return Answered.only(new AuthorizationCompletion.Expired(binding.id()));
        }
        if (binding.status() != BindingStatus.AWAITING_AUTHORIZATION) {
            return Answered.only(new Untrusted("binding is " + binding.status() + ", not awaiting authorization"));
        }
        if (agreement.isEmpty()) {
            binding.fail(BindingFailureReason.REJECTED_IN_WALLET, now);
            bindings.update(binding);
            return Answered.only(new AuthorizationCompletion.RejectedInWallet(binding.id()));
        }
        // The account may have been frozen while the customer was in the wallet app: the gates decide again.
        Optional<String> refusal = settings.securityGate().refusalFor(customers.findById(customerId).orElseThrow());
        if (refusal.isPresent()) {
            binding.fail(BindingFailureReason.ACCOUNT_SECURITY, now);
            bindings.update(binding);
            return Answered.only(new AuthorizationCompletion.NotAllowed(binding.id(), refusal.get()));
        }
        return activate(binding, agreement.get(), now, clientAddress);
    }

    private Answered activate(WalletBinding binding, String agreement, Instant now, String clientAddress) {
        List<WalletBinding> wallets = bindings.findByCustomer(binding.customerId());
        Optional<WalletBinding> replaced = switch (settings.bindingPolicy()
                .decide(wallets, binding.provider(), binding.account(), binding.replaces())) {
            case BindingDecision.ReplacementRequired replacement -> Optional.of(replacement.toReplace());
            case BindingDecision.AlreadyBound bound -> Optional.of(bound.binding());
            case BindingDecision.Allowed allowed -> Optional.empty();
        };
        boolean preferred = PreferredWallet.forNewWallet(wallets, replaced);
        Optional<EndedBindings.Ended> ended = replaced.map(old -> {
            old.replaced(now);
            EndedBindings.Ended replacedNow = endings.takeFirstSteps(old, now);
            bindings.update(old);
            record(old, SecurityEventKind.WALLET_UNBOUND, now, clientAddress);
            return replacedNow;
        });
        binding.authorized(agreement, preferred, now);
        bindings.update(binding);
        record(binding, SecurityEventKind.WALLET_BOUND, now, clientAddress);
        return new Answered(new Bound(BoundWallet.of(binding), replaced.map(BoundWallet::of)), ended);
    }

    private void record(WalletBinding binding, SecurityEventKind kind, Instant now, String clientAddress) {
        securityEvents.record(new SecurityEvent(binding.customerId(), now, kind, SecurityEvent.Source.CUSTOMER,
                SecurityEvent.walletDetail(binding), clientAddress));
    }
}
