package org.hexmall.application.service.wallet;

import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.OpenWalletAuthorization;
import org.hexmall.application.port.in.wallet.WalletAuthorization;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.wallet.AuthorizationRequest;
import org.hexmall.application.port.out.wallet.AuthorizationStart;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.wallet.shared.OwnedBinding;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * Asks the provider for the wallet app's confirmation page. The provider call happens between two
 * transactions, never inside one: read the binding, call the provider, record what it answered.
 */
public final class OpenWalletAuthorizationService implements OpenWalletAuthorization {

    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final WalletProviderGateway gateway;
    private final Clock clock;

    public OpenWalletAuthorizationService(WalletBindings bindings, TransactionRunner transactions,
                                          WalletProviderGateway gateway, Clock clock) {
        this.bindings = bindings;
        this.transactions = transactions;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public WalletAuthorization open(CustomerId customerId, BindingId bindingId, URI returnUrl) {
        Optional<WalletBinding> awaiting = transactions.inTransaction(() -> OwnedBinding
                .find(bindings, customerId, bindingId)
                .filter(binding -> binding.status() == BindingStatus.AWAITING_AUTHORIZATION)
                .filter(binding -> !OwnedBinding.expireIfStale(bindings, binding, clock.instant())));
        if (awaiting.isEmpty()) {
            return new WalletAuthorization.NotPending();
        }
        WalletBinding binding = awaiting.get();
        AuthorizationStart answer;
        try {
            answer = gateway.startAuthorization(
                    new AuthorizationRequest(binding.provider(), binding.account(), bindingId.toString(), returnUrl));
        } catch (RuntimeException storeFailure) {
            record(bindingId, BindingFailureReason.STORE_ERROR, false);
            throw storeFailure;
        }
        return switch (answer) {
            case AuthorizationStart.RedirectCustomer redirect -> new WalletAuthorization.GoToWalletApp(redirect.url());
            case AuthorizationStart.ProviderUnavailable unavailable -> {
                record(bindingId, BindingFailureReason.PROVIDER_UNAVAILABLE, false);
                yield new WalletAuthorization.ProviderUnavailable(binding.provider());
            }
            case AuthorizationStart.AccountNotFound notFound -> {
                record(bindingId, BindingFailureReason.ACCOUNT_NOT_FOUND, true);
                yield new WalletAuthorization.AccountNotFound(binding.provider(), binding.account().masked());
            }
        };
    }

    /** Notes the problem in the binding's history; a problem that ends the binding fails it. */
    private void record(BindingId bindingId, BindingFailureReason reason, boolean endsBinding) {
        transactions.inTransaction(() -> bindings.findById(bindingId)
                .filter(binding -> binding.status() == BindingStatus.AWAITING_AUTHORIZATION)
                .ifPresent(binding -> {
                    if (endsBinding) {
                        binding.fail(reason, clock.instant());
                    } else {
                        binding.noteTrouble(reason, clock.instant());
                    }
                    bindings.update(binding);
                }));
    }
}
