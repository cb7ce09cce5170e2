package org.hexmall.adapter.out.persistence.memory;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.VerificationCodes;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCode;
import org.hexmall.domain.security.VerificationCodeId;

/** Sent verification codes in memory, by id; each is an immutable record, so it is kept as it comes. */
public final class InMemoryVerificationCodes implements VerificationCodes {

    private final StoreLock lock;
    private final Map<VerificationCodeId, VerificationCode> byId = new HashMap<>();

    InMemoryVerificationCodes(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void save(VerificationCode code) {
        lock.run(() -> byId.put(code.id(), code));
    }

    @Override
    public Optional<VerificationCode> latestFor(PhoneNumber phone, CodePurpose purpose) {
        return lock.call(() -> byId.values().stream()
                .filter(code -> code.phone().equals(phone) && code.purpose() == purpose)
                .max(Comparator.comparing(VerificationCode::sentAt)));
    }

    @Override
    public List<VerificationCode> sentSince(PhoneNumber phone, CodePurpose purpose, Instant since) {
        return lock.call(() -> byId.values().stream()
                .filter(code -> code.phone().equals(phone) && code.purpose() == purpose
                        && !code.sentAt().isBefore(since))
                .sorted(Comparator.comparing(VerificationCode::sentAt).reversed())
                .toList());
    }

    @Override
    public int countSentSince(PhoneNumber phone, Instant since) {
        return lock.call(() -> (int) byId.values().stream()
                .filter(code -> code.phone().equals(phone) && !code.sentAt().isBefore(since))
                .count());
    }

    RestorePoint restorePoint() {
        Map<VerificationCodeId, VerificationCode> saved = new HashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }
}
