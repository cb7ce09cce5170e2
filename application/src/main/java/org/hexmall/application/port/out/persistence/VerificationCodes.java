package org.hexmall.application.port.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.CodePurpose;
import org.hexmall.domain.security.VerificationCode;

/** Where sent verification codes are kept: only their hashes, with the counts that limit them. */
public interface VerificationCodes {

    /** Stores a new code or the new state of a stored one. */
    void save(VerificationCode code);

    /** The code most recently sent to this phone for this purpose. */
    Optional<VerificationCode> latestFor(PhoneNumber phone, CodePurpose purpose);

    /**
     * The codes sent to this phone for this purpose at or after {@code since}, newest first: the latest one and those
     * it replaced.
     */
    List<VerificationCode> sentSince(PhoneNumber phone, CodePurpose purpose, Instant since);

    /** How many codes, for any purpose, this phone was sent at or after {@code since}. */
    int countSentSince(PhoneNumber phone, Instant since);
}
