package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.ReceiveWalletNotice;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.wallet.ProviderMessage;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.payment.shared.PaymentResults;
import org.hexmall.application.service.refund.shared.RefundRuns;
import org.hexmall.application.service.wallet.shared.TrustedMessages;
import org.hexmall.application.service.wallet.shared.WalletBindingSettings;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.wallet.PreferredWallet;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * A provider's notification: a customer cancelled the binding inside the wallet app, a payment's result, or how a
 * refund the provider answered "processing" ended.
 * A notice may come more than once (the provider retries until acknowledged): applying it twice changes
 * nothing, and it is acknowledged only once what it says is stored.
 */
public final class ReceiveWalletNoticeService implements ReceiveWalletNotice {

    private final WalletBindings bindings;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final TrustedMessages trust;
    private final PaymentResults payments;
    private final RefundRuns refunds;
    private final Clock clock;

    public ReceiveWalletNoticeService(WalletBindings bindings, SecurityEvents securityEvents, UsedNonces nonces,
                                      TransactionRunner transactions,
                                      WalletProviderGateway gateway, WalletBindingSettings settings,
                                      PaymentResults payments, RefundRuns refunds, Clock clock) {
        this.bindings = bindings;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.gateway = gateway;
        this.trust = new TrustedMessages(nonces, settings.messageMaxAge(), clock);
        this.payments = payments;
        this.refunds = refunds;
        this.clock = clock;
    }

    @Override
    public NoticeOutcome receive(WalletProvider provider, Map<String, String> parameters) {
        return switch (gateway.read(provider, parameters)) {
            case ProviderMessage.AgreementCancelled cancelled -> agreementCancelled(provider, cancelled);
            case ProviderMessage.PaymentResult result ->
                    switch (payments.apply(provider, result, PaymentResults.Channel.NOTIFICATION, Optional.empty())) {
                        case PaymentResults.Outcome.Applied applied ->
                                applied.changed() ? NoticeOutcome.APPLIED : NoticeOutcome.ALREADY_DONE;
                        case PaymentResults.Outcome.Refused refused -> NoticeOutcome.REFUSED;
                    };
            case ProviderMessage.RefundConfirmation refund -> refundConfirmed(provider, refund);
            case ProviderMessage.AuthorizationApproved approved -> NoticeOutcome.REFUSED;
            case ProviderMessage.AuthorizationRejected rejected -> NoticeOutcome.REFUSED;
            case ProviderMessage.ReconfirmationApproved approved -> NoticeOutcome.REFUSED;
            case ProviderMessage.ReconfirmationRejected rejected -> NoticeOutcome.REFUSED;
            case ProviderMessage.Unverifiable unverifiable -> NoticeOutcome.REFUSED;
        };
    }

    /**
     * A refund the provider answered "processing" ended: the case is refunded (the money recorded, the promotions
     * reversed) or failed. A notice about no refund of the store's is refused; a repeated one changes nothing.
     */
    private NoticeOutcome refundConfirmed(WalletProvider provider, ProviderMessage.RefundConfirmation refund) {
        if (refunds.alreadySettled(refund.payment(), refund.refundNumber())) {
            return NoticeOutcome.ALREADY_DONE;
        }
        if (transactions.inTransaction(() -> trust.distrust(provider, refund.nonce(), refund.issuedAt()))
                .isPresent()) {
            return NoticeOutcome.REFUSED;
        }
        RefundRuns.Confirmation confirmation = switch (refund) {
            case ProviderMessage.RefundSucceeded succeeded -> refunds.confirmed(succeeded.payment(),
                    succeeded.refundNumber(), succeeded.amount(), succeeded.providerRefund());
            case ProviderMessage.RefundFailed failed -> refunds.failedAtProvider(failed.payment(),
                    failed.refundNumber(), failed.why());
        };
        return switch (confirmation) {
            case APPLIED -> NoticeOutcome.APPLIED;
            case ALREADY_DONE -> NoticeOutcome.ALREADY_DONE;
            case UNKNOWN -> NoticeOutcome.REFUSED;
        };
    }

    private NoticeOutcome agreementCancelled(WalletProvider provider, ProviderMessage.AgreementCancelled cancelled) {
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
            // Cancelled inside the wallet app: the store only learns of it, and the activity says where it was done.
            securityEvents.record(new SecurityEvent(binding.get().customerId(), clock.instant(),
                    SecurityEventKind.WALLET_UNBOUND, SecurityEvent.Source.WALLET_APP,
                    SecurityEvent.walletDetail(binding.get()), ""));
            PreferredWallet.afterOneLeft(bindings.findByCustomer(binding.get().customerId()))
                    .forEach(bindings::update);
            return NoticeOutcome.APPLIED;
        });
    }
}
