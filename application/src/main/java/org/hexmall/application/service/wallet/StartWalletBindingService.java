package org.hexmall.application.service.wallet;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.application.port.in.wallet.KeptReplacement;
import org.hexmall.application.port.in.wallet.StartBindingCommand;
import org.hexmall.application.port.in.wallet.StartWalletBinding;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.PendingReplacements;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.hexmall.application.port.out.security.RandomTokens;
import org.hexmall.application.port.out.wallet.ReconfirmationRequest;
import org.hexmall.application.port.out.wallet.ReconfirmationStart;
import org.hexmall.application.port.out.wallet.WalletProviderGateway;
import org.hexmall.application.service.risk.shared.RiskChecks;
import org.hexmall.application.service.shared.CodeDispatch.PendingCode;
import org.hexmall.application.service.wallet.shared.BindingCodes;
import org.hexmall.application.service.wallet.shared.WalletBindingSettings;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.StepUpAction;
import org.hexmall.domain.wallet.BindingDecision;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.PendingReplacement;
import org.hexmall.domain.wallet.PendingReplacementId;
import org.hexmall.domain.wallet.ReconfirmationId;
import org.hexmall.domain.wallet.ReplacementWallet;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletReconfirmation;

public final class StartWalletBindingService implements StartWalletBinding {

    private final Customers customers;
    private final WalletBindings bindings;
    private final TransactionRunner transactions;
    private final BindingCodes codes;
    private final RandomTokens tokens;
    private final WalletBindingSettings settings;
    private final RiskChecks risk;
    private final RiskFacts facts;
    private final WalletReconfirmations reconfirmations;
    private final PendingReplacements pendingReplacements;
    private final WalletProviderGateway gateway;
    private final Clock clock;

    public StartWalletBindingService(Customers customers, WalletBindings bindings, TransactionRunner transactions,
                                     BindingCodes codes, RandomTokens tokens, WalletBindingSettings settings,
                                     RiskChecks risk, RiskFacts facts, WalletReconfirmations reconfirmations,
                                     PendingReplacements pendingReplacements, WalletProviderGateway gateway,
                                     Clock clock) {
        this.customers = customers;
        this.bindings = bindings;
        this.transactions = transactions;
        this.codes = codes;
        this.tokens = tokens;
        this.settings = settings;
        this.risk = risk;
        this.facts = facts;
        this.reconfirmations = reconfirmations;
        this.pendingReplacements = pendingReplacements;
        this.gateway = gateway;
        this.clock = clock;
    }

    @Override
    public BindingStart start(StartBindingCommand command) {
        Instant now = clock.instant();
        Started started = transactions.inTransaction(() -> {
            Customer customer = customers.findById(command.customerId()).orElseThrow();
            Optional<String> refusal = settings.securityGate().refusalFor(customer);
            if (refusal.isPresent()) {
                return Started.answer(new BindingStart.NotAllowed(refusal.get()));
            }
            BindingDecision decision = settings.bindingPolicy().decide(bindings.findByCustomer(command.customerId()),
                    command.provider(), command.account(), command.toReplace());
            switch (decision) {
                case BindingDecision.AlreadyBound bound -> {
                    return Started.answer(new BindingStart.AlreadyBound(BoundWallet.of(bound.binding())));
                }
                case BindingDecision.ReplacementRequired replace when !command.replaceConfirmed() -> {
                    // The wallet typed is kept while the customer answers, so that the question needs no account;
                    // housekeeping forgets it once it is no longer kept.
                    PendingReplacement kept = PendingReplacement.typed(new PendingReplacementId(tokens.uuid()),
                            customer.id(), new ReplacementWallet(command.provider(), command.account()), now);
                    pendingReplacements.add(kept);
                    return Started.answer(new BindingStart.ReplacementRequired(BoundWallet.of(replace.toReplace()),
                            replace.choices().stream().map(BoundWallet::of).toList(), kept.id()));
                }
                case BindingDecision.ReplacementRequired replace when asksReconfirmation(command, replace, now) -> {
                    WalletReconfirmation asked = WalletReconfirmation.beforeReplacing(
                            new ReconfirmationId(tokens.uuid()), replace.toReplace(), command.device().orElseThrow(),
                            new ReplacementWallet(command.provider(), command.account()), now);
                    reconfirmations.add(asked);
                    return new Started(null, null, new Reconfirm(asked,
                            replace.toReplace().agreementToken().orElseThrow()));
                }
                default -> {
                    // Allowed, or a replacement the customer confirmed: it happens when the new wallet is authorized.
                }
            }
            // A binding the phone's code limits refuse has not started: a step-up the customer passed for it stays for
            // the next try, where the risk check would use it up. Otherwise the risk rules speak first, so that a
            // binding they hold is held and alerted on even when the phone would refuse its code too.
            Optional<BindingStart> tooMany = codes.refusal(customer.phone());
            if (tooMany.isPresent() && risk.holdsPassedStepUp(customer.id(), StepUpAction.BIND_WALLET)) {
                return Started.answer(tooMany.get());
            }
            Optional<BindingStart> riskRefusal = riskRefusal(command);
            if (riskRefusal.isPresent()) {
                return Started.answer(riskRefusal.get());
            }
            if (tooMany.isPresent()) {
                return Started.answer(tooMany.get());
            }
            // A confirmed replacement remembers the wallet the customer chose, replaced when the new one is authorized;
            // every binding remembers the device it is made on, where its approval in the wallet app counts as the
            // wallet's re-confirmation.
            Optional<BindingId> replacing = decision instanceof BindingDecision.ReplacementRequired replace
                    ? Optional.of(replace.toReplace().id()) : Optional.empty();
            WalletBinding binding = WalletBinding.start(new BindingId(tokens.uuid()), customer.id(),
                    command.provider(), command.account(), now, replacing, command.device());
            bindings.add(binding);
            return new Started(new BindingStart.CodeSent(binding.id(), customer.phone().masked(), null),
                    codes.issue(customer.phone(), command.language()));
        });
        if (started.reconfirm() != null) {
            return askToReconfirm(started.reconfirm(), command);
        }
        return started.sendCode(codes);
    }

    @Override
    public Optional<KeptReplacement> keptReplacement(CustomerId customer, PendingReplacementId id) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> pendingReplacements.find(customer, id, now).flatMap(kept ->
                switch (settings.bindingPolicy().decide(bindings.findByCustomer(customer), kept.wallet().provider(),
                        kept.wallet().account())) {
                    case BindingDecision.ReplacementRequired replace -> Optional.of(new KeptReplacement(kept.wallet(),
                            BoundWallet.of(replace.toReplace()),
                            replace.choices().stream().map(BoundWallet::of).toList()));
                    default -> Optional.<KeptReplacement>empty();
                }));
    }

    /** The wallet to be replaced has not been re-confirmed on the device, trusted only recently. */
    private boolean asksReconfirmation(StartBindingCommand command, BindingDecision.ReplacementRequired replace,
                                       Instant now) {
        return command.device().isPresent() && facts.walletOnDevice(command.customerId(), command.device().get(),
                replace.toReplace().id()).asksReconfirmationAt(now, settings.reconfirmOnNewDevice());
    }

    /** Asks the provider of the wallet to be replaced for the re-confirmation, with no transaction open. */
    private BindingStart askToReconfirm(Reconfirm reconfirm, StartBindingCommand command) {
        WalletReconfirmation asked = reconfirm.asked();
        return switch (gateway.startReconfirmation(new ReconfirmationRequest(asked.provider(),
                reconfirm.agreementToken(), asked.id().toString(),
                command.reconfirmationReturn().of(asked.provider())))) {
            case ReconfirmationStart.RedirectCustomer redirect -> new BindingStart.ReconfirmFirst(redirect.url());
            case ReconfirmationStart.ProviderUnavailable unavailable -> new BindingStart.ReconfirmationUnavailable();
            // Its authorization ended in the wallet app: once the store has heard so, nothing is left to replace.
            case ReconfirmationStart.AgreementNotValid notValid -> new BindingStart.ReconfirmationUnavailable();
        };
    }

    /** A re-confirmation asked for in the transaction, and the agreement of the wallet it is about. */
    record Reconfirm(WalletReconfirmation asked, String agreementToken) {
    }

    /**
     * What the risk rules say before a binding starts: nothing when it may go ahead (allowed, or stepped up and
     * verified by the customer's passed step-up, used up here); otherwise the refusal, or the proof the customer must
     * give first. Either way an alert is raised or answered, in this transaction.
     */
    private Optional<BindingStart> riskRefusal(StartBindingCommand command) {
        RiskChecks.Checked checked = risk.binding(command.customerId(), command.provider(), command.account(),
                command.device());
        if (checked.held()) {
            return Optional.of(new BindingStart.NotAllowed(BindingStart.RISK_HELD));
        }
        return switch (checked.assessment().decision()) {
            case ALLOW -> Optional.empty();
            case BLOCK -> Optional.of(new BindingStart.NotAllowed(BindingStart.RISK_HOLD));
            case STEP_UP -> checked.verified() ? Optional.empty() : Optional.of(new BindingStart.VerificationRequired(
                    checked.assessment().factor().orElseThrow(), checked.alert().orElseThrow()));
        };
    }

    /** What the transaction decided, and the code to send once it has committed. */
    record Started(BindingStart answer, PendingCode code, Reconfirm reconfirm) {

        /** A code to send once the transaction has committed, or none. */
        Started(BindingStart answer, PendingCode code) {
            this(answer, code, null);
        }

        static Started answer(BindingStart answer) {
            return new Started(answer, null, null);
        }

        BindingStart sendCode(BindingCodes codes) {
            if (code == null) {
                return answer;
            }
            codes.send(code);
            BindingStart.CodeSent sent = (BindingStart.CodeSent) answer;
            return new BindingStart.CodeSent(sent.bindingId(), sent.maskedPhone(), code.resendAt());
        }
    }
}
