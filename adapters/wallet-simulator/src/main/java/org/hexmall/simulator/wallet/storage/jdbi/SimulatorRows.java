package org.hexmall.simulator.wallet.storage.jdbi;

import static org.hexmall.simulator.wallet.storage.jdbi.UtcTimestamps.instant;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.PaymentPasswordHash;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.AuthorizationRequestRecord;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.fault.FaultTarget;
import org.hexmall.simulator.wallet.notification.FormEncoding;
import org.hexmall.simulator.wallet.notification.MessageType;
import org.hexmall.simulator.wallet.notification.NotificationAttempt;
import org.hexmall.simulator.wallet.notification.PendingNotification;
import org.hexmall.simulator.wallet.payment.SimulatedPayment;
import org.hexmall.simulator.wallet.payment.SimulatedRefund;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads the simulator's table rows back into its records. */
final class SimulatorRows {

    private SimulatorRows() {
    }

    static WalletAccount account(ResultSet row, StatementContext context) throws SQLException {
        return new WalletAccount(provider(row), identifier(row), row.getString("holder_name"),
                row.getLong("balance_fen"),
                new PaymentPasswordHash(row.getString("password_salt"), row.getString("password_hash")),
                row.getInt("failed_password_attempts"), instant(row, "locked_until"));
    }

    static AuthorizationRequestRecord authorizationRequest(ResultSet row, StatementContext context)
            throws SQLException {
        return new AuthorizationRequestRecord(row.getString("id"), provider(row), identifier(row),
                row.getString("merchant_state"), URI.create(row.getString("return_url")),
                instant(row, "created_at"), AuthorizationRequestRecord.Outcome.valueOf(row.getString("outcome")));
    }

    static Agreement agreement(ResultSet row, StatementContext context) throws SQLException {
        return new Agreement(row.getString("token"), provider(row), identifier(row),
                Agreement.Status.valueOf(row.getString("status")), instant(row, "signed_at"),
                instant(row, "cancelled_at"));
    }

    static Map.Entry<FaultTarget, Fault> fault(ResultSet row, StatementContext context) throws SQLException {
        FaultTarget target = row.getString("identifier_kind") == null
                ? FaultTarget.wholeProvider(provider(row))
                : FaultTarget.account(provider(row), identifier(row));
        return Map.entry(target, Fault.valueOf(row.getString("fault")));
    }

    static NotificationAttempt notificationAttempt(ResultSet row, StatementContext context) throws SQLException {
        int status = row.getInt("http_status");
        Integer httpStatus = row.wasNull() ? null : status;
        return new NotificationAttempt(row.getString("notification_id"), provider(row),
                row.getString("message_type"), row.getInt("attempt"), instant(row, "attempted_at"), httpStatus,
                row.getString("error"));
    }

    static SimulatedPayment payment(ResultSet row, StatementContext context) throws SQLException {
        String failureReason = row.getString("failure_reason");
        int attemptsLeft = row.getInt("attempts_left");
        Integer attemptsLeftOrNull = row.wasNull() ? null : attemptsLeft;
        return new SimulatedPayment(row.getString("id"), provider(row),
                new PaymentId(UUID.fromString(row.getString("merchant_payment"))), row.getString("agreement_token"),
                identifier(row), row.getString("order_number"), row.getLong("amount_fen"),
                URI.create(row.getString("return_url")), instant(row, "created_at"),
                PaymentState.valueOf(row.getString("status")), row.getInt("wrong_passwords"),
                row.getString("transaction_id"),
                failureReason == null ? null : PaymentFailureReason.valueOf(failureReason), attemptsLeftOrNull,
                instant(row, "password_locked_until"), instant(row, "ended_at"), row.getLong("refunded_fen"));
    }

    static SimulatedRefund refund(ResultSet row, StatementContext context) throws SQLException {
        return new SimulatedRefund(provider(row), row.getString("refund_number"), row.getString("provider_refund"),
                row.getString("payment_id"), row.getLong("amount_fen"), instant(row, "refunded_at"),
                row.getBoolean("failed"));
    }

    static PendingNotification pendingNotification(ResultSet row, StatementContext context) throws SQLException {
        return new PendingNotification(row.getString("id"), provider(row),
                MessageType.fromWireName(row.getString("message_type")), FormEncoding.decode(row.getString("fields")),
                row.getInt("attempts_made"), instant(row, "next_attempt_at"));
    }

    /** The key column of a fault: the account's identifier, or empty for the whole provider. */
    static String faultIdentifier(FaultTarget target) {
        return target.isWholeProvider() ? "" : target.account().value();
    }

    private static WalletProvider provider(ResultSet row) throws SQLException {
        return WalletProvider.valueOf(row.getString("provider"));
    }

    private static WalletAccountIdentifier identifier(ResultSet row) throws SQLException {
        return new WalletAccountIdentifier(IdentifierKind.valueOf(row.getString("identifier_kind")),
                row.getString("identifier"));
    }
}
