package org.hexmall.adapter.out.persistence.jdbi;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.hexmall.adapter.out.persistence.jdbi.UniqueValues.refusingDuplicates;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.security.FieldCipher;
import org.hexmall.domain.account.CustomerId;
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
            id, customer_id, provider, account_kind, account_ciphertext, started_at, status, failure_reason,
            agreement_token, preferred""";
    private static final String NEWEST_FIRST = "started_at DESC, id";
    private static final String OLDEST_FIRST = "started_at, id";

    /** The domain decides which statuses are pending; the query asks for exactly those. */
    private static final List<String> PENDING_STATUSES = Arrays.stream(BindingStatus.values())
            .filter(BindingStatus::isPending)
            .map(BindingStatus::name)
            .toList();

    private static final RowMapper<BindingEventRow> EVENT = new BindingEventRowMapper();

    private final JdbiTransactionRunner transactions;
    private final EncryptedAccounts accounts;
    private final RowMapper<WalletBindingRow> bindingRow;

    JdbiWalletBindings(JdbiTransactionRunner transactions, FieldCipher cipher) {
        this.transactions = transactions;
        this.accounts = new EncryptedAccounts(cipher);
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
                                        agreement_token, preferred)
                                    VALUES (:id, :customerId, :provider, :accountKind, :accountCiphertext,
                                        :accountIndex, :startedAt, :status, :failureReason, :agreementToken,
                                        :preferred)""")
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
                                        agreement_token = :agreementToken, preferred = :preferred
                                    WHERE id = :id""")
                            .bind("id", binding.id().toString())
                            .bind("status", binding.status().name())
                            .bind("failureReason", binding.failureReason().map(Enum::name).orElse(null))
                            .bind("agreementToken", binding.agreementToken().orElse(null))
                            .bind("preferred", binding.isPreferred())
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
        return findWhere("id = :id", NEWEST_FIRST, query -> query.bind("id", id.toString())).stream().findFirst();
    }

    @Override
    public List<WalletBinding> findByCustomer(CustomerId customerId) {
        return findWhere("customer_id = :customerId", NEWEST_FIRST,
                query -> query.bind("customerId", customerId.toString()));
    }

    @Override
    public Optional<WalletBinding> findByAgreement(WalletProvider provider, String agreementToken) {
        return findWhere("provider = :provider AND agreement_token = :agreementToken", NEWEST_FIRST,
                query -> query.bind("provider", provider.name()).bind("agreementToken", agreementToken))
                .stream().findFirst();
    }

    @Override
    public List<WalletBinding> findPendingStartedBefore(Instant cutoff) {
        return findWhere("status IN (<pendingStatuses>) AND started_at < :cutoff", OLDEST_FIRST,
                query -> query.bindList("pendingStatuses", PENDING_STATUSES).bind("cutoff", utc(cutoff)));
    }

    @Override
    public List<WalletBinding> findByAccount(WalletProvider provider, WalletAccountIdentifier account) {
        return findWhere("provider = :provider AND account_index = :accountIndex", NEWEST_FIRST,
                query -> query.bind("provider", provider.name())
                        .bind("accountIndex", accounts.index(provider, account)));
    }

    /**
     * The bindings that meet the condition, each with its whole history: one query for the bindings and one,
     * with the same condition, for all of their events, so that a long list costs two queries and not one
     * per binding.
     */
    private List<WalletBinding> findWhere(String condition, String order, Consumer<Query> values) {
        return transactions.withCurrentHandle(handle -> {
            Query bindingQuery = handle.createQuery(
                    "SELECT " + COLUMNS + " FROM wallet_bindings WHERE " + condition + " ORDER BY " + order);
            values.accept(bindingQuery);
            List<WalletBindingRow> rows = bindingQuery.map(bindingRow).list();
            if (rows.isEmpty()) {
                return List.of();
            }
            Query eventQuery = handle.createQuery("""
                    SELECT binding_id, occurred_at, status, reason
                    FROM wallet_binding_events
                    WHERE binding_id IN (SELECT id FROM wallet_bindings WHERE %s)
                    ORDER BY binding_id, step_number""".formatted(condition));
            values.accept(eventQuery);
            Map<String, List<BindingEvent>> histories = eventQuery.map(EVENT).stream()
                    .collect(groupingBy(BindingEventRow::bindingId, mapping(BindingEventRow::event, toList())));
            return rows.stream()
                    .map(row -> row.withHistory(histories.getOrDefault(row.id().toString(), List.of())))
                    .toList();
        });
    }

    /** Inserts the binding's history from step {@code firstNewStep} on: the steps before it are stored. */
    private static void appendHistory(Handle handle, WalletBinding binding, int firstNewStep) {
        List<BindingEvent> history = binding.history();
        if (firstNewStep >= history.size()) {
            return;
        }
        PreparedBatch batch = handle.prepareBatch("""
                INSERT INTO wallet_binding_events (binding_id, step_number, occurred_at, status, reason)
                VALUES (:bindingId, :stepNumber, :occurredAt, :status, :reason)""");
        for (int step = firstNewStep; step < history.size(); step++) {
            BindingEvent event = history.get(step);
            batch.bind("bindingId", binding.id().toString())
                    .bind("stepNumber", step)
                    .bind("occurredAt", utc(event.at()))
                    .bind("status", event.status().name())
                    .bind("reason", event.reason().orElse(null))
                    .add();
        }
        batch.execute();
    }
}
