package org.hexmall.application.service.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.application.port.in.support.FindCustomersByWalletAccount;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.support.shared.CustomerSummaries;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

public final class FindCustomersByWalletAccountService implements FindCustomersByWalletAccount {

    private final WalletBindings bindings;
    private final Customers customers;
    private final TransactionRunner transactions;

    public FindCustomersByWalletAccountService(WalletBindings bindings, Customers customers,
                                               TransactionRunner transactions) {
        this.bindings = bindings;
        this.customers = customers;
        this.transactions = transactions;
    }

    @Override
    public List<CustomerSummary> find(String typedAccount) {
        return transactions.inTransaction(() -> {
            Set<CustomerId> owners = new LinkedHashSet<>();
            for (WalletProvider provider : WalletProvider.supportedProviders()) {
                identifier(provider, typedAccount).ifPresent(account -> bindings.findByAccount(provider, account)
                        .stream().map(WalletBinding::customerId).forEach(owners::add));
            }
            return owners.stream().map(customers::findById).flatMap(Optional::stream)
                    .map(CustomerSummaries::of).toList();
        });
    }

    /** The text read as this provider's kind of identifier, if it is one. */
    private static Optional<WalletAccountIdentifier> identifier(WalletProvider provider, String typed) {
        try {
            return Optional.of(WalletAccountIdentifier.parse(provider, typed));
        } catch (DomainException notAnIdentifierOfThisProvider) {
            return Optional.empty();
        }
    }
}
