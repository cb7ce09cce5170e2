package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.DeviceName;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Devices in the {@code devices} table. */
public final class JdbiDevices implements Devices {

    private static final String COLUMNS = """
            id, customer_id, token_hash, browser, platform, first_seen_at, last_seen_at, last_client_address,
            trusted_since, code_requested_since, revoked_at, trusted_with_code""";

    private static final RowMapper<Device> DEVICE = (row, context) -> new Device(
            DeviceId.parse(row.getString("id")).orElseThrow(),
            CustomerId.parse(row.getString("customer_id")).orElseThrow(),
            row.getString("token_hash"),
            new DeviceName(DeviceName.Browser.valueOf(row.getString("browser")),
                    DeviceName.Platform.valueOf(row.getString("platform"))),
            instant(row, "first_seen_at"),
            instant(row, "last_seen_at"),
            row.getString("last_client_address"),
            instant(row, "trusted_since"),
            instant(row, "code_requested_since"),
            instant(row, "revoked_at"),
            row.getBoolean("trusted_with_code"));

    private final JdbiTransactionRunner transactions;

    JdbiDevices(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    /** Updates the row, or inserts it when there is none; ids are fresh random UUIDs. */
    @Override
    public void save(Device device) {
        transactions.useCurrentHandle(handle -> {
            int replaced = bind(handle.createUpdate("""
                    UPDATE devices
                    SET token_hash = :tokenHash, browser = :browser, platform = :platform, last_seen_at = :lastSeenAt,
                        last_client_address = :lastClientAddress, trusted_since = :trustedSince,
                        code_requested_since = :codeRequestedSince, revoked_at = :revokedAt,
                        trusted_with_code = :trustedWithCode
                    WHERE id = :id"""), device).execute();
            if (replaced == 0) {
                bind(handle.createUpdate("INSERT INTO devices (" + COLUMNS + """
                        ) VALUES (:id, :customerId, :tokenHash, :browser, :platform, :firstSeenAt, :lastSeenAt,
                                  :lastClientAddress, :trustedSince, :codeRequestedSince, :revokedAt,
                                  :trustedWithCode)"""), device)
                        .execute();
            }
        });
    }

    @Override
    public Optional<Device> findByToken(CustomerId customer, String tokenHash) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " " + """
                         FROM devices WHERE customer_id = :customer AND token_hash = :tokenHash""")
                .bind("customer", customer.toString())
                .bind("tokenHash", tokenHash)
                .map(DEVICE)
                .findOne());
    }

    @Override
    public Optional<Device> find(CustomerId customer, DeviceId id) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " " + """
                         FROM devices WHERE id = :id AND customer_id = :customer""")
                .bind("id", id.toString())
                .bind("customer", customer.toString())
                .map(DEVICE)
                .findOne());
    }

    @Override
    public Optional<Device> findAwaitingCode(String tokenHash) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " " + """
                         FROM devices
                        WHERE token_hash = :tokenHash AND code_requested_since IS NOT NULL
                        ORDER BY code_requested_since DESC
                        LIMIT 1""")
                .bind("tokenHash", tokenHash)
                .map(DEVICE)
                .findFirst());
    }

    @Override
    public void abandonWaitingLogins(CustomerId customer) {
        transactions.useCurrentHandle(handle -> handle.createUpdate("""
                UPDATE devices SET code_requested_since = NULL
                WHERE customer_id = :customerId AND code_requested_since IS NOT NULL""")
                .bind("customerId", customer.toString())
                .execute());
    }

    @Override
    public List<Device> listFor(CustomerId customer) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " " + """
                         FROM devices
                        WHERE customer_id = :customer AND revoked_at IS NULL
                        ORDER BY last_seen_at DESC, id
                        LIMIT :limit""")
                .bind("customer", customer.toString())
                .bind("limit", LIST_LIMIT)
                .map(DEVICE)
                .list());
    }

    @Override
    public boolean hasTrustedAny(CustomerId customer) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM devices
                        WHERE customer_id = :customer AND (trusted_since IS NOT NULL OR revoked_at IS NOT NULL)""")
                .bind("customer", customer.toString())
                .mapTo(Long.class)
                .one() > 0);
    }

    private static Update bind(Update statement, Device device) {
        return statement
                .bind("id", device.id().toString())
                .bind("customerId", device.customer().toString())
                .bind("tokenHash", device.tokenHash())
                .bind("browser", device.name().browser().name())
                .bind("platform", device.name().platform().name())
                .bind("firstSeenAt", utc(device.firstSeenAt()))
                .bind("lastSeenAt", utc(device.lastSeenAt()))
                .bind("lastClientAddress", device.lastClientAddress())
                .bind("trustedSince", utc(device.trustedSince()))
                .bind("codeRequestedSince", utc(device.codeRequestedSince()))
                .bind("revokedAt", utc(device.revokedAt()))
                .bind("trustedWithCode", device.trustedWithCode());
    }
}
