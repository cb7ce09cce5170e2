package org.hexmall.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LoginRecordTest {

    @Test
    void anAttemptWhoseAddressIsUnknown_isRecordedWithAnEmptyAddressRatherThanNull() {
        var record = new LoginRecord(new CustomerId(UUID.randomUUID()), Instant.parse("2025-11-11T00:00:00Z"),
                LoginOutcome.SUCCEEDED, null);

        assertThat(record.clientAddress()).isEmpty();
    }
}
