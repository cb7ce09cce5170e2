package org.hexmall.simulator.wallet.storage.jdbi;

import static org.hexmall.simulator.wallet.storage.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.agreement.Agreement;
import org.hexmall.simulator.wallet.agreement.AgreementRecords;
import org.hexmall.simulator.wallet.agreement.AuthorizationRequestRecord;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Merchants' authorization requests and their agreements, in tables of those names ({@code mock_wallet_*}). */
public final class JdbiAgreementRecords implements AgreementRecords {

    private final Jdbi jdbi;

    public JdbiAgreementRecords(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void addRequest(AuthorizationRequestRecord request) {
        jdbi.useHandle(handle -> handle.createUpdate("""
                        INSERT INTO mock_wallet_authorization_requests (id, provider, identifier, identifier_kind,
                            merchant_state, return_url, created_at, outcome)
                        VALUES (:id, :provider, :identifier, :kind, :state, :returnUrl, :createdAt, :outcome)""")
                .bind("id", request.id())
                .bind("provider", request.provider().name())
                .bind("identifier", request.account().value())
                .bind("kind", request.account().kind().name())
                .bind("state", request.merchantState())
                .bind("returnUrl", request.returnUrl().toString())
                .bind("createdAt", utc(request.createdAt()))
                .bind("outcome", request.outcome().name())
                .execute());
    }

    @Override
    public Optional<AuthorizationRequestRecord> findRequest(String id) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_authorization_requests WHERE id = :id")
                .bind("id", id)
                .map(SimulatorRows::authorizationRequest)
                .findOne());
    }

    @Override
    public boolean approve(String requestId, Agreement agreement) {
        return jdbi.inTransaction(handle -> {
            if (!answer(handle, requestId, AuthorizationRequestRecord.Outcome.APPROVED)) {
                return false;
            }
            handle.createUpdate("""
                            INSERT INTO mock_wallet_agreements (provider, token, identifier, identifier_kind, status,
                                signed_at, cancelled_at)
                            VALUES (:provider, :token, :identifier, :kind, :status, :signedAt, :cancelledAt)""")
                    .bind("provider", agreement.provider().name())
                    .bind("token", agreement.token())
                    .bind("identifier", agreement.account().value())
                    .bind("kind", agreement.account().kind().name())
                    .bind("status", agreement.status().name())
                    .bind("signedAt", utc(agreement.signedAt()))
                    .bind("cancelledAt", utc(agreement.cancelledAt()))
                    .execute();
            return true;
        });
    }

    @Override
    public boolean confirm(String requestId) {
        return jdbi.inTransaction(handle -> answer(handle, requestId, AuthorizationRequestRecord.Outcome.APPROVED));
    }

    @Override
    public boolean reject(String requestId) {
        return jdbi.inTransaction(handle -> answer(handle, requestId, AuthorizationRequestRecord.Outcome.REJECTED));
    }

    /** Only a pending request changes, so of two answers racing each other exactly one wins. */
    private static boolean answer(Handle handle, String requestId, AuthorizationRequestRecord.Outcome outcome) {
        return handle.createUpdate("""
                        UPDATE mock_wallet_authorization_requests SET outcome = :outcome
                        WHERE id = :id AND outcome = 'PENDING'""")
                .bind("outcome", outcome.name())
                .bind("id", requestId)
                .execute() == 1;
    }

    @Override
    public Optional<Agreement> find(WalletProvider provider, String token) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_agreements WHERE provider = :provider AND token = :token")
                .bind("provider", provider.name())
                .bind("token", token)
                .map(SimulatorRows::agreement)
                .findOne());
    }

    @Override
    public List<Agreement> of(WalletProvider provider, WalletAccountIdentifier account) {
        return jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT * FROM mock_wallet_agreements WHERE provider = :provider AND identifier = :identifier")
                .bind("provider", provider.name())
                .bind("identifier", account.value())
                .map(SimulatorRows::agreement)
                .list());
    }

    @Override
    public boolean cancel(WalletProvider provider, String token, Instant cancelledAt) {
        return jdbi.withHandle(handle -> handle.createUpdate("""
                        UPDATE mock_wallet_agreements SET status = 'CANCELLED', cancelled_at = :cancelledAt
                        WHERE provider = :provider AND token = :token AND status = 'ACTIVE'""")
                .bind("cancelledAt", utc(cancelledAt))
                .bind("provider", provider.name())
                .bind("token", token)
                .execute() == 1);
    }
}
