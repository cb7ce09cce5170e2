package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.CompleteWalletReconfirmation;
import org.hexmall.application.port.in.wallet.ReconfirmationResult;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.wallet.shared.TrustedMessages;
import org.hexmall.application.service.wallet.shared.WalletBindingSettings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.wallet.ReconfirmationId;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.domain.wallet.WalletReconfirmation;

/**
 * The wallet app's answer to a re-confirmation, brought back by the customer's browser: trusted only when signed by
 * the provider, fresh and never seen before, and naming a request of this customer at this provider. A
 * re-confirmation is kept among the account's security events, where the customer and customer service see it.
 */
public final class CompleteWalletReconfirmationService implements CompleteWalletReconfirmation {

    private final WalletReconfirmations reconfirmations;
    private final WalletBindings bindings;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final TrustedMessages trust;
    private final Clock clock;

    public CompleteWalletReconfirmationService(WalletReconfirmations reconfirmations, WalletBindings bindings,
                                               SecurityEvents securityEvents, UsedNonces nonces,
                                               TransactionRunner transactions, WalletProviderGateway gateway,
                                               WalletBindingSettings settings, Clock clock) {
        this.reconfirmations = reconfirmations;
        this.bindings = bindings;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.gateway = gateway;
        this.trust = new TrustedMessages(nonces, settings.messageMaxAge(), clock);
        this.clock = clock;
    }

    @Override
    public ReconfirmationResult complete(CustomerId customerId, WalletProvider provider,
                                         Map<String, String> parameters, String clientAddress) {
        return switch (gateway.read(provider, parameters)) {
            case ProviderMessage.ReconfirmationApproved approved -> transactions.inTransaction(() -> answer(
                    customerId, provider, approved.state(), approved.nonce(), approved.issuedAt(), true,
                    clientAddress));
            case ProviderMessage.ReconfirmationRejected rejected -> transactions.inTransaction(() -> answer(
                    customerId, provider, rejected.state(), rejected.nonce(), rejected.issuedAt(), false,
                    clientAddress));
            case ProviderMessage.Unverifiable unverifiable -> new ReconfirmationResult.Untrusted(unverifiable.why());
            default -> new ReconfirmationResult.Untrusted("not a re-confirmation's result");
        };
    }

    private ReconfirmationResult answer(CustomerId customerId, WalletProvider provider, String state, String nonce,
                                        Instant issuedAt, boolean approved, String clientAddress) {
        // The state names the request; it must be this customer's, at this provider, waiting for this answer. Only
        // then is the message's nonce used up: an answer brought by someone else leaves it to its customer.
        Optional<WalletReconfirmation> found = ReconfirmationId.parse(state)
                .flatMap(id -> reconfirmations.find(customerId, id))
                .filter(request -> request.provider() == provider);
        if (found.isEmpty()) {
            return new ReconfirmationResult.Untrusted("state names no re-confirmation of this customer at "
                    + provider);
        }
        WalletReconfirmation request = found.get();
        if (!request.isPending()) {
            return new ReconfirmationResult.Untrusted("the re-confirmation was answered already");
        }
        Optional<String> distrust = trust.distrust(provider, nonce, issuedAt);
        if (distrust.isPresent()) {
            return new ReconfirmationResult.Untrusted(distrust.get());
        }
        Instant now = clock.instant();
        if (!approved) {
            reconfirmations.update(request.rejected(now));
            return new ReconfirmationResult.Rejected(request.binding(), request.purpose(), request.order());
        }
        reconfirmations.update(request.confirmed(now));
        String wallet = bindings.findById(request.binding()).map(SecurityEvent::walletDetail)
                .orElse(provider.name());
        securityEvents.record(new SecurityEvent(customerId, now, SecurityEventKind.WALLET_RECONFIRMED,
                SecurityEvent.Source.CUSTOMER, wallet, clientAddress));
        return new ReconfirmationResult.Reconfirmed(request.binding(), request.purpose(), request.order(),
                request.replacement(), request.pointsToSpend());
    }
}
