package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletProvider;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a row of {@code wallet_bindings}, decrypting the wallet account. */
final class WalletBindingRowMapper implements RowMapper<WalletBindingRow> {

    private final EncryptedAccounts accounts;

    WalletBindingRowMapper(EncryptedAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public WalletBindingRow map(ResultSet row, StatementContext context) throws SQLException {
        return new WalletBindingRow(
                new BindingId(UUID.fromString(row.getString("id"))),
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                WalletProvider.valueOf(row.getString("provider")),
                accounts.decrypt(IdentifierKind.valueOf(row.getString("account_kind")),
                        row.getString("account_ciphertext")),
                instant(row, "started_at"),
                BindingStatus.valueOf(row.getString("status")),
                Optional.ofNullable(row.getString("failure_reason")).map(BindingFailureReason::valueOf),
                Optional.ofNullable(row.getString("agreement_token")),
                row.getBoolean("preferred"),
                Optional.ofNullable(row.getString("agreement_cancellation")).map(AgreementCancellation::valueOf),
                Optional.ofNullable(instant(row, "next_cancellation_attempt")),
                BindingId.parse(row.getString("replaces_binding_id")),
                DeviceId.parse(row.getString("device_id")));
    }
}
