package org.hexmall.application.service.support;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.support.ConsoleAction;
import org.hexmall.application.port.in.support.ForceUnbindCommand;
import org.hexmall.application.port.in.support.ForceUnbindWallet;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.service.support.shared.ActingAgents;
import org.hexmall.application.service.wallet.shared.EndedBindings;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AuditEntry;
import org.hexmall.domain.wallet.PreferredWallet;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * The agent's unbind, its audit entry (naming the wallet by its provider and masked account) and the security event
 * the customer sees in their account activity are stored together, or none is, with the wallet's payments still
 * under way withdrawn; then, with no transaction open, the provider is asked to close those payments, so that the
 * wallet app can no longer pay them, and to cancel the wallet's agreement, as when the customer unbinds it.
 */
public final class ForceUnbindWalletService implements ForceUnbindWallet {

    private final WalletBindings bindings;
    private final Agents agents;
    private final AuditLog auditLog;
    private final SecurityEvents securityEvents;
    private final TransactionRunner transactions;
    private final EndedBindings endings;
    private final Clock clock;

    public ForceUnbindWalletService(WalletBindings bindings, Agents agents, AuditLog auditLog,
                                    SecurityEvents securityEvents, TransactionRunner transactions,
                                    EndedBindings endings, Clock clock) {
        this.bindings = bindings;
        this.agents = agents;
        this.auditLog = auditLog;
        this.securityEvents = securityEvents;
        this.transactions = transactions;
        this.endings = endings;
        this.clock = clock;
    }

    @Override
    public boolean forceUnbind(ForceUnbindCommand command) {
        Instant now = clock.instant();
        Optional<EndedBindings.Ended> unbound = transactions.inTransaction(() -> {
            Agent agent = ActingAgents.permitted(agents, command.agentId(), ConsoleAction.FORCE_UNBIND_WALLET);
            List<WalletBinding> wallets = bindings.findByCustomer(command.customerId());
            Optional<WalletBinding> found = wallets.stream()
                    .filter(binding -> binding.id().equals(command.bindingId()))
                    .filter(WalletBinding::isActive)
                    .findFirst();
            if (found.isEmpty()) {
                return Optional.empty();
            }
            WalletBinding binding = found.get();
            binding.unbind(now, Optional.of(command.reason()));
            EndedBindings.Ended ended = endings.takeFirstSteps(binding, now);
            bindings.update(binding);
            auditLog.append(new AuditEntry(now, agent.id(), agent.username().value(), command.customerId(),
                    AgentAction.FORCE_UNBIND_WALLET, SecurityEvent.walletDetail(binding), command.reason()));
            PreferredWallet.afterOneLeft(wallets).forEach(bindings::update);
            securityEvents.record(new SecurityEvent(command.customerId(), now, SecurityEventKind.WALLET_UNBOUND,
                    SecurityEvent.Source.AGENT, SecurityEvent.walletDetail(binding), ""));
            return Optional.of(ended);
        });
        unbound.ifPresent(endings::askProvider);
        return unbound.isPresent();
    }
}
