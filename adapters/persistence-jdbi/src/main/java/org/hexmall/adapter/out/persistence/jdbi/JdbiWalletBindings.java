package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UniqueValues.refusingDuplicates;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * Wallet bindings in the {@code wallet_bindings} table, their histories in {@code wallet_binding_events}.
 * The wallet account is stored encrypted, and found by its blind index (see {@link EncryptedAccounts}).
 */
public final class JdbiWalletBindings implements WalletBindings {

    private static final String COLUMNS = """
            b.id, b.customer_id, b.provider, b.account_kind, b.account_ciphertext, b.started_at, b.status,
            b.failure_reason, b.agreement_token, b.preferred, b.agreement_cancellation, b.next_cancellation_attempt,
            b.replaces_binding_id, b.device_id""";
    private static final String NEWEST_FIRST = "b.started_at DESC, b.id";
    private static final String OLDEST_FIRST = "b.started_at, b.id";
    private static final String LONGEST_DUE_FIRST = "b.next_cancellation_attempt, b.id";

    /** The domain decides which statuses are pending; the query asks for exactly those. */
    private static final List<String> PENDING_STATUSES = Arrays.stream(BindingStatus.values())
            .filter(BindingStatus::isPending)
            .map(BindingStatus::name)
            .toList();


    private final JdbiTransactionRunner transactions;
    private final EncryptedAccounts accounts;
    private final RowMapper<WalletBindingRow> bindingRow;

    JdbiWalletBindings(JdbiTransactionRunner transactions, FieldEncryption encryption) {
        this.transactions = transactions;
        this.accounts = new EncryptedAccounts(encryption);
        this.bindingRow = new WalletBindingRowMapper(accounts);
    }

    @Override
    public void add(WalletBinding binding) {
        // One transaction, so that a binding is never stored without its history, even when called outside one.
        refusingDuplicates("a binding with this id or agreement token already exists", () ->
                transactions.inTransaction(() -> transactions.useCurrentHandle(handle -> {
                    handle.createUpdate("""
                                    INSERT INTO wallet_bindings (id, customer_id, provider, account_kind,
                                        account_ciphertext, account_index, started_at, status, failure_reason,
                                        agreement_token, preferred, agreement_cancellation,
                                        next_cancellation_attempt, replaces_binding_id, device_id)
                                    VALUES (:id, :customerId, :provider, :accountKind, :accountCiphertext,
                                        :accountIndex, :startedAt, :status, :failureReason, :agreementToken,
                                        :preferred, :cancellation, :nextCancellationAttempt, :replaces, :device)""")
                            .bind("id", binding.id().toString())
                            .bind("customerId", binding.customerId().toString())
                            .bind("provider", binding.provider().name())
                            .bind("accountKind", binding.account().kind().name())
                            .bind("accountCiphertext", accounts.ciphertext(binding.account()))
                            .bind("accountIndex", accounts.index(binding.provider(), binding.account()))
                            .bind("startedAt", utc(binding.startedAt()))
                            .bind("status", binding.status().name())
                            .bind("failureReason", binding.failureReason().map(Enum::name).orElse(null))
                            .bind("agreementToken", binding.agreementToken().orElse(null))
                            .bind("preferred", binding.isPreferred())
                            .bind("cancellation", binding.agreementCancellation().map(Enum::name).orElse(null))
                            .bind("nextCancellationAttempt", utc(binding.nextCancellationAttempt().orElse(null)))
                            .bind("replaces", binding.replaces().map(BindingId::toString).orElse(null))
                            .bind("device", binding.device().map(DeviceId::toString).orElse(null))
                            .execute();
                    appendHistory(handle, binding, 0);
                })));
    }

    @Override
    public void update(WalletBinding binding) {
        // A step number taken twice means that two requests added to this binding's history at the same moment.
        String refusal = "another binding has this agreement token, or another request changed this binding";
        refusingDuplicates(refusal, () ->
                transactions.inTransaction(() -> transactions.useCurrentHandle(handle -> {
                    int updated = handle.createUpdate("""
                                    UPDATE wallet_bindings
                                    SET status = :status, failure_reason = :failureReason,
                                        agreement_token = :agreementToken, preferred = :preferred,
                                        agreement_cancellation = :cancellation,
                                        next_cancellation_attempt = :nextCancellationAttempt
                                    WHERE id = :id""")
                            .bind("id", binding.id().toString())
                            .bind("status", binding.status().name())
                            .bind("failureReason", binding.failureReason().map(Enum::name).orElse(null))
                            .bind("agreementToken", binding.agreementToken().orElse(null))
                            .bind("preferred", binding.isPreferred())
                            .bind("cancellation", binding.agreementCancellation().map(Enum::name).orElse(null))
                            .bind("nextCancellationAttempt", utc(binding.nextCancellationAttempt().orElse(null)))
                            .execute();
                    if (updated == 0) {
                        throw new IllegalStateException("binding " + binding.id() + " was never added");
                    }
                    int storedSteps = handle.createQuery(
                                    "SELECT COUNT(*) FROM wallet_binding_events WHERE binding_id = :id")
                            .bind("id", binding.id().toString())
                            .mapTo(Integer.class)
                            .one();
                    appendHistory(handle, binding, storedSteps);
                })));
    }

    @Override
    public Optional<WalletBinding> findById(BindingId id) {
        return findWhere("b.id = :id", NEWEST_FIRST, query -> query.bind("id", id.toString())).stream().findFirst();
    }

    /**
     * Locks the binding's row ({@code SELECT ... FOR UPDATE}, which H2 and PostgreSQL both honour) until the
     * transaction ends, then reads it with its history. The lock is taken alone: PostgreSQL locks no row on the
     * outer side of a join. Outside a transaction the lock would end with the statement, so that is refused.
     */
    @Override
    public Optional<WalletBinding> lockById(BindingId id) {
        boolean exists = transactions.withCurrentHandle(handle -> {
            if (!handle.isInTransaction()) {
                throw new IllegalStateException("a binding is locked only inside a transaction");
            }
            return handle.createQuery("SELECT id FROM wallet_bindings WHERE id = :id FOR UPDATE")
                    .bind("id", id.toString())
                    .mapTo(String.class)
                    .findOne()
                    .isPresent();
        });
        return exists ? findById(id) : Optional.empty();
    }

    @Override
    public List<WalletBinding> findByCustomer(CustomerId customerId) {
        return findWhere("b.customer_id = :customerId", NEWEST_FIRST,
                query -> query.bind("customerId", customerId.toString()));
    }

    @Override
    public Optional<WalletBinding> findByAgreement(WalletProvider provider, String agreementToken) {
        return findWhere("b.provider = :provider AND b.agreement_token = :agreementToken", NEWEST_FIRST,
                query -> query.bind("provider", provider.name()).bind("agreementToken", agreementToken))
                .stream().findFirst();
    }

    @Override
    public List<WalletBinding> findPendingStartedBefore(Instant cutoff) {
        return findWhere("b.status IN (<pendingStatuses>) AND b.started_at < :cutoff", OLDEST_FIRST,
                query -> query.bindList("pendingStatuses", PENDING_STATUSES).bind("cutoff", utc(cutoff)));
    }

    @Override
    public List<WalletBinding> findCancellationsDue(Instant now) {
        return findWhere("b.agreement_cancellation = :pending AND b.next_cancellation_attempt <= :now",
                LONGEST_DUE_FIRST, query -> query.bind("pending", AgreementCancellation.PENDING.name())
                        .bind("now", utc(now)));
    }

    @Override
    public List<WalletBinding> findByAccount(WalletProvider provider, WalletAccountIdentifier account) {
        return findWhere("b.provider = :provider AND b.account_index = :accountIndex", NEWEST_FIRST,
                query -> query.bind("provider", provider.name())
                        .bind("accountIndex", accounts.index(provider, account)));
    }

    /**
     * The bindings that meet the condition, each with its whole history, in one query: the bindings joined with their
     * events, one row per event, folded back into bindings here.
     */
    private List<WalletBinding> findWhere(String condition, String order, Consumer<Query> values) {
        return transactions.withCurrentHandle(handle -> {
            Query query = handle.createQuery("""
                    SELECT %s, e.occurred_at, e.status AS event_status, e.reason,
                        e.agreement_cancellation AS event_cancellation
                    FROM wallet_bindings b
                    LEFT JOIN wallet_binding_events e ON e.binding_id = b.id
                    WHERE %s
                    ORDER BY %s, e.step_number""".formatted(COLUMNS, condition, order));
            values.accept(query);
            Map<String, WalletBindingRow> rows = new LinkedHashMap<>();
            Map<String, List<BindingEvent>> histories = new LinkedHashMap<>();
            query.map((row, context) -> {
                WalletBindingRow binding = bindingRow.map(row, context);
                String id = binding.id().toString();
                rows.putIfAbsent(id, binding);
                List<BindingEvent> history = histories.computeIfAbsent(id, first -> new ArrayList<>());
                Instant occurredAt = instant(row, "occurred_at");
                if (occurredAt != null) {
                    history.add(new BindingEvent(occurredAt, BindingStatus.valueOf(row.getString("event_status")),
                            Optional.ofNullable(row.getString("reason")),
                            Optional.ofNullable(row.getString("event_cancellation"))
                                    .map(AgreementCancellation::valueOf)));
                }
                return id;
            }).list();
            return rows.values().stream().map(row -> row.withHistory(histories.get(row.id().toString()))).toList();
        });
    }

    /** Inserts the binding's history from step {@code firstNewStep} on: the steps before it are stored. */
    private static void appendHistory(Handle handle, WalletBinding binding, int firstNewStep) {
        List<BindingEvent> history = binding.history();
        if (firstNewStep >= history.size()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO wallet_binding_events (binding_id, step_number, occurred_at, status, reason,
                    agreement_cancellation)
                VALUES (:bindingId, :stepNumber, :occurredAt, :status, :reason, :cancellation)""");
        for (int step = firstNewStep; step < history.size(); step++) {
            BindingEvent event = history.get(step);
            batch.bind("bindingId", binding.id().toString())
                    .bind("stepNumber", step)
                    .bind("occurredAt", utc(event.at()))
                    .bind("status", event.status().name())
                    .bind("reason", event.reason().orElse(null))
                    .bind("cancellation", event.cancellation().map(Enum::name).orElse(null))
                    .add();
        }
        batch.execute();
    }
}
