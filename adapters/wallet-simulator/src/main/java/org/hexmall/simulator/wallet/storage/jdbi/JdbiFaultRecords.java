package org.hexmall.simulator.wallet.storage.jdbi;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.FaultRecords;
import org.hexmall.simulator.wallet.fault.FaultTarget;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** The injected faults in {@code mock_wallet_faults}, so that every node's providers fail alike. */
public final class JdbiFaultRecords implements FaultRecords {

    private final Jdbi jdbi;

    public JdbiFaultRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void put(FaultTarget target, Fault fault) {
        jdbi.useTransaction(handle -> {
            delete(handle, target);
            handle.createUpdate("""
                            INSERT INTO mock_wallet_faults (provider, identifier, identifier_kind, fault)
                            VALUES (:provider, :identifier, :kind, :fault)""")
                    .bind("provider", target.provider().name())
                    .bind("identifier", SimulatorRows.faultIdentifier(target))
                    .bind("kind", target.isWholeProvider() ? null : target.account().kind().name())
                    .bind("fault", fault.name())
                    .execute();
        });
    }

    @Override
    public void remove(FaultTarget target) {
        jdbi.useHandle(handle -> delete(handle, target));
    }

    private static void delete(Handle handle, FaultTarget target) {
        handle.createUpdate("DELETE FROM mock_wallet_faults WHERE provider = :provider AND identifier = :identifier")
                .bind("provider", target.provider().name())
                .bind("identifier", SimulatorRows.faultIdentifier(target))
                .execute();
    }

    @Override
    public Optional<Fault> find(FaultTarget target) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT fault FROM mock_wallet_faults WHERE provider = :provider AND identifier = :identifier")
                .bind("provider", target.provider().name())
                .bind("identifier", SimulatorRows.faultIdentifier(target))
                .map((row, context) -> Fault.valueOf(row.getString("fault")))
                .findOne());
    }

    @Override
    public Map<FaultTarget, Fault> all() {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM mock_wallet_faults")
                .map(SimulatorRows::fault)
                .stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @Override
    public void clear() {
        jdbi.useHandle(handle -> handle.execute("DELETE FROM mock_wallet_faults"));
    }
}
