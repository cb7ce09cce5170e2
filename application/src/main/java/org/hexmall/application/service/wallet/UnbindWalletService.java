package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.ReconfirmationReturn;
import org.hexmall.application.port.in.wallet.UnbindWallet;
import org.hexmall.application.port.in.wallet.Unbinding;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.port.out.wallet.ReconfirmationRequest;
import org.hexmall.application.port.out.wallet.ReconfirmationStart;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.wallet.shared.EndedBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.PreferredWallet;
import org.hexmall.domain.wallet.ReconfirmationId;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletReconfirmation;

/**
 * Ends the binding in one transaction, where it stops paying at once, its payments still under way are withdrawn and
 * its agreement is left to be cancelled; then, with no transaction open, asks the provider to close those payments
 * and to cancel the agreement, and records the answers ({@link EndedBindings}). A provider that cannot be reached now
 * is asked again by the scheduled jobs. From a phone trusted only recently, the customer first re-confirms the wallet
 * in its app.
 */
public final class UnbindWalletService implements UnbindWallet {

    private final WalletBindings bindings;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final EndedBindings endings;
    private final RiskFacts facts;
    private final WalletReconfirmations reconfirmations;
    private final WalletProviderGateway gateway;
    private final RandomTokens tokens;
    private final Duration reconfirmOnNewDevice;
    private final Clock clock;

    /** @param reconfirmOnNewDevice a device trusted after a code this recently re-confirms a wallet before unbinding */
    public UnbindWalletService(WalletBindings bindings, SecurityEvents securityEvents, TransactionRunner transactions,
                               EndedBindings endings, RiskFacts facts,
                               WalletReconfirmations reconfirmations, WalletProviderGateway gateway,
                               RandomTokens tokens, Duration reconfirmOnNewDevice, Clock clock) {
        this.bindings = bindings;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.endings = endings;
        this.facts = facts;
        this.reconfirmations = reconfirmations;
        this.gateway = gateway;
        this.tokens = tokens;
        this.reconfirmOnNewDevice = reconfirmOnNewDevice;
        this.clock = clock;
    }

    @Override
    public boolean unbind(CustomerId customerId, BindingId bindingId, String clientAddress) {
        Decided decided = transactions.inTransaction(() -> decide(customerId, bindingId, Optional.empty(),
                clientAddress));
        decided.unbound().ifPresent(endings::askProvider);
        return decided.unbound().isPresent();
    }

    /** What the transaction decided: the wallet it unbound, or the re-confirmation it asks for first. */
    private record Decided(Optional<EndedBindings.Ended> unbound, Optional<WalletReconfirmation> reconfirm,
                           String agreementToken) {
    }

    @Override
    public Unbinding unbind(CustomerId customerId, BindingId bindingId, Optional<DeviceId> device,
                           ReconfirmationReturn back, String clientAddress) {
        Decided decided = transactions.inTransaction(() -> decide(customerId, bindingId, device, clientAddress));
        if (decided.reconfirm().isPresent()) {
            WalletReconfirmation asked = decided.reconfirm().get();
            return switch (gateway.startReconfirmation(new ReconfirmationRequest(asked.provider(),
                    decided.agreementToken(), asked.id().toString(), back.of(asked.provider())))) {
                case ReconfirmationStart.RedirectCustomer redirect -> new Unbinding.ReconfirmFirst(redirect.url());
                case ReconfirmationStart.ProviderUnavailable unavailable ->
                        new Unbinding.ReconfirmationUnavailable();
                // The customer ended the authorization in the wallet app already: nothing is left to confirm.
                case ReconfirmationStart.AgreementNotValid notValid -> unbind(customerId, bindingId, clientAddress)
                        ? new Unbinding.Unbound() : new Unbinding.NotBound();
            };
        }
        decided.unbound().ifPresent(endings::askProvider);
        return decided.unbound().isPresent() ? new Unbinding.Unbound() : new Unbinding.NotBound();
    }

    private Decided decide(CustomerId customerId, BindingId bindingId, Optional<DeviceId> device,
                           String clientAddress) {
        Instant now = clock.instant();
        // Only the customer's own wallets are among them: another customer's binding is as good as absent.
        List<WalletBinding> wallets = bindings.findByCustomer(customerId);
        Optional<WalletBinding> found = wallets.stream()
                .filter(binding -> binding.id().equals(bindingId))
                .filter(WalletBinding::isActive)
                .findFirst();
        if (found.isPresent() && device.isPresent() && facts.walletOnDevice(customerId, device.get(), bindingId)
                .asksReconfirmationAt(now, reconfirmOnNewDevice)) {
            WalletReconfirmation asked = WalletReconfirmation.before(WalletReconfirmation.Purpose.UNBINDING,
                    new ReconfirmationId(tokens.uuid()), found.get(), device.get(), now);
            reconfirmations.add(asked);
            return new Decided(Optional.empty(), Optional.of(asked), found.get().agreementToken().orElseThrow());
        }
        Optional<EndedBindings.Ended> unbound = found.map(binding -> {
            binding.unbind(now, Optional.empty());
            EndedBindings.Ended ended = endings.takeFirstSteps(binding, now);
            bindings.update(binding);
            PreferredWallet.afterOneLeft(wallets).forEach(bindings::update);
            securityEvents.record(new SecurityEvent(customerId, now, SecurityEventKind.WALLET_UNBOUND,
                    SecurityEvent.Source.CUSTOMER, SecurityEvent.walletDetail(binding), clientAddress));
            return ended;
        });
        return new Decided(unbound, Optional.empty(), "");
    }
}
