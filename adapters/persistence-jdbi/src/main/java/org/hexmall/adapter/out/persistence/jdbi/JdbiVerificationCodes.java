package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.VerificationCodes;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCode;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** Sent verification codes in the {@code verification_codes} table, where every node sees the same counts. */
public final class JdbiVerificationCodes implements VerificationCodes {

    private static final RowMapper<VerificationCode> VERIFICATION_CODE = new VerificationCodeRowMapper();

    private final JdbiTransactionRunner transactions;

    JdbiVerificationCodes(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    /** Updates the row, or inserts it when there is none, as {@link JdbiSessions#save} does and for the same reason. */
    @Override
    public void save(VerificationCode code) {
        transactions.useCurrentHandle(handle -> {
            int replaced = bindColumns(handle.createUpdate("""
                    UPDATE verification_codes
                    SET phone = :phone, purpose = :purpose, code_hash = :codeHash, sent_at = :sentAt, wrong_entries = :wrongEntries,
                        used_at = :usedAt
                    WHERE id = :id"""), code).execute();
            if (replaced == 0) {
                bindColumns(handle.createUpdate("""
                        INSERT INTO verification_codes (id, phone, purpose, code_hash, sent_at, wrong_entries, used_at)
                        VALUES (:id, :phone, :purpose, :codeHash, :sentAt, :wrongEntries, :usedAt)"""), code).execute();
            }
        });
    }

    @Override
    public Optional<VerificationCode> latestFor(PhoneNumber phone, CodePurpose purpose) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT id, phone, purpose, code_hash, sent_at, wrong_entries, used_at
                        FROM verification_codes
                        WHERE phone = :phone AND purpose = :purpose
                        ORDER BY sent_at DESC
                        LIMIT 1""")
                .bind("phone", phone.value())
                .bind("purpose", purpose.name())
                .map(VERIFICATION_CODE)
                .findOne());
    }

    @Override
    public List<VerificationCode> sentSince(PhoneNumber phone, CodePurpose purpose, Instant since) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT id, phone, purpose, code_hash, sent_at, wrong_entries, used_at
                        FROM verification_codes
                        WHERE phone = :phone AND purpose = :purpose AND sent_at >= :since
                        ORDER BY sent_at DESC""")
                .bind("phone", phone.value())
                .bind("purpose", purpose.name())
                .bind("since", utc(since))
                .map(VERIFICATION_CODE)
                .list());
    }

    @Override
    public int countSentSince(PhoneNumber phone, Instant since) {
        return transactions.withCurrentHandle(handle -> handle.createQuery("""
                        SELECT COUNT(*) FROM verification_codes WHERE phone = :phone AND sent_at >= :since""")
                .bind("phone", phone.value())
                .bind("since", utc(since))
                .mapTo(Integer.class)
                .one());
    }

    private static Update bindColumns(Update statement, VerificationCode code) {
        return statement
                .bind("id", code.id().toString())
                .bind("phone", code.phone().value())
                .bind("purpose", code.purpose().name())
                .bind("codeHash", code.codeHash())
                .bind("sentAt", utc(code.sentAt()))
                .bind("wrongEntries", code.wrongEntries())
                .bind("usedAt", utc(code.usedAt()));
    }
}
