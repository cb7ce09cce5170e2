package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.hexmall.application.port.out.persistence.DuplicateKeyException;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Wallet bindings in memory. A binding is a mutable object, so the store keeps copies of its own and hands
 * out fresh copies: a caller's change reaches the store only through {@link #update}, as with a database,
 * and a transaction's restore point stays as it was taken.
 */
public final class InMemoryWalletBindings implements WalletBindings {

    /** The orders the database adapter uses too. */
    private static final Comparator<WalletBinding> OLDEST_FIRST = Comparator.comparing(WalletBinding::startedAt)
            .thenComparing(binding -> binding.id().toString());
    private static final Comparator<WalletBinding> LONGEST_DUE_FIRST = Comparator
            .comparing((WalletBinding binding) -> binding.nextCancellationAttempt().orElseThrow())
            .thenComparing(binding -> binding.id().toString());
    private static final Comparator<WalletBinding> NEWEST_FIRST = Comparator.comparing(WalletBinding::startedAt)
            .reversed()
            .thenComparing(binding -> binding.id().toString());

    private final StoreLock lock;
    private final Map<BindingId, WalletBinding> byId = new HashMap<>();

    InMemoryWalletBindings(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void add(WalletBinding binding) {
        lock.run(() -> {
            if (byId.containsKey(binding.id())) {
                throw new DuplicateKeyException("a binding with this id already exists");
            }
            refuseTakenAgreement(binding);
            byId.put(binding.id(), copyOf(binding, binding.history()));
        });
    }

    @Override
    public void update(WalletBinding binding) {
        lock.run(() -> {
            WalletBinding stored = byId.get(binding.id());
            if (stored == null) {
                throw new IllegalStateException("binding " + binding.id() + " was never added");
            }
            refuseTakenAgreement(binding);
            byId.put(binding.id(), copyOf(binding, appendOnly(stored.history(), binding.history())));
        });
    }

    @Override
    public Optional<WalletBinding> findById(BindingId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)).map(InMemoryWalletBindings::copyOf));
    }

    /** Every transaction holds the store's one lock, so inside one the binding is locked already. */
    @Override
    public Optional<WalletBinding> lockById(BindingId id) {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("a binding is locked only inside a transaction");
        }
        return findById(id);
    }

    @Override
    public List<WalletBinding> findByCustomer(CustomerId customerId) {
        return find(binding -> binding.customerId().equals(customerId), NEWEST_FIRST);
    }

    @Override
    public Optional<WalletBinding> findByAgreement(WalletProvider provider, String agreementToken) {
        return find(binding -> binding.provider() == provider
                && binding.agreementToken().equals(Optional.of(agreementToken)), NEWEST_FIRST).stream().findFirst();
    }

    @Override
    public List<WalletBinding> findPendingStartedBefore(Instant cutoff) {
        return find(binding -> binding.status().isPending() && binding.startedAt().isBefore(cutoff), OLDEST_FIRST);
    }

    @Override
    public List<WalletBinding> findCancellationsDue(Instant now) {
        return find(binding -> binding.isCancellationDueAt(now), LONGEST_DUE_FIRST);
    }

    @Override
    public List<WalletBinding> findByAccount(WalletProvider provider, WalletAccountIdentifier account) {
        return find(binding -> binding.provider() == provider && binding.account().equals(account), NEWEST_FIRST);
    }

    /** Every binding as stored, for the risk facts' aggregates; read only, under the store's lock. */
    Stream<WalletBinding> stored() {
        return byId.values().stream();
    }

    RestorePoint restorePoint() {
        // The stored copies are never changed, only replaced, so copying the map is enough.
        Map<BindingId, WalletBinding> saved = new HashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }

    private List<WalletBinding> find(Predicate<WalletBinding> wanted, Comparator<WalletBinding> order) {
        return lock.call(() -> byId.values().stream()
                .filter(wanted)
                .sorted(order)
                .map(InMemoryWalletBindings::copyOf)
                .toList());
    }

    /** An agreement token names one binding at its provider, as the database's unique constraint ensures. */
    private void refuseTakenAgreement(WalletBinding binding) {
        if (binding.agreementToken().isEmpty()) {
            return;
        }
        boolean taken = byId.values().stream()
                .filter(other -> !other.id().equals(binding.id()))
                .anyMatch(other -> other.provider() == binding.provider()
                        && other.agreementToken().equals(binding.agreementToken()));
        if (taken) {
            throw new DuplicateKeyException("another binding has this agreement token");
        }
    }

    /**
     * The stored history with the events the binding gained since it was loaded: history is only ever
     * added to, as in the database, where earlier events are never rewritten.
     */
    private static List<BindingEvent> appendOnly(List<BindingEvent> stored, List<BindingEvent> current) {
        List<BindingEvent> history = new ArrayList<>(stored);
        if (current.size() > stored.size()) {
            history.addAll(current.subList(stored.size(), current.size()));
        }
        return history;
    }

    private static WalletBinding copyOf(WalletBinding binding) {
        return copyOf(binding, binding.history());
    }

    private static WalletBinding copyOf(WalletBinding binding, List<BindingEvent> history) {
        return WalletBinding.reconstitute(binding.id(), binding.customerId(), binding.provider(), binding.account(),
                binding.startedAt(), binding.status(), binding.failureReason(), binding.agreementToken(),
                binding.isPreferred(), binding.agreementCancellation(), binding.nextCancellationAttempt(),
                binding.replaces(), binding.device(), history);
    }
}
