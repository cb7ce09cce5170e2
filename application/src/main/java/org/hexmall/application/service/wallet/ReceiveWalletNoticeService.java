package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The provider says a customer cancelled the binding inside the wallet app. The notice may come more
 * than once (the provider retries until acknowledged): applying it twice changes nothing.
 */
public final class ReceiveWalletNoticeService implements ReceiveWalletNotice {

    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final TrustedMessages trust;
    private final Clock clock;

    public ReceiveWalletNoticeService(WalletBindings bindings, UsedNonces nonces, TransactionRunner transactions,
                                      WalletProviderGateway gateway, WalletBindingSettings settings, Clock clock) {
        this.bindings = bindings;
        this.transactions = transactions;
        this.gateway = gateway;
        this.trust = new TrustedMessages(nonces, settings.messageMaxAge(), clock);
        this.clock = clock;
    }

    @Override
    public NoticeOutcome receive(WalletProvider provider, Map<String, String> parameters) {
        if (!(gateway.read(provider, parameters) instanceof ProviderMessage.AgreementCancelled cancelled)) {
            return NoticeOutcome.REFUSED;
        }
        return transactions.inTransaction(() -> {
            Optional<WalletBinding> binding = bindings.findByAgreement(provider, cancelled.agreementToken());
            if (binding.isPresent() && !binding.get().isActive()) {
                return NoticeOutcome.ALREADY_DONE;
            }
            if (trust.distrust(provider, cancelled.nonce(), cancelled.issuedAt()).isPresent()) {
                return NoticeOutcome.REFUSED;
            }
            if (binding.isEmpty()) {
                return NoticeOutcome.ALREADY_DONE;
            }
            binding.get().revokedByProvider(clock.instant());
            bindings.update(binding.get());
            ActiveBindings.keepOnePreferred(bindings, binding.get().customerId());
            return NoticeOutcome.APPLIED;
        });
    }
}
