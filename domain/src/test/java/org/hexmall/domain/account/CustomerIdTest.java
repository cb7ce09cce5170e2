package org.hexmall.domain.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerIdTest {

    @Test
    void theTextOfAnId_readsBackAsTheSameId() {
        CustomerId id = new CustomerId(UUID.randomUUID());

        assertThat(CustomerId.parse(id.toString())).contains(id);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "42", "not-a-customer", "../admin"})
    void textThatIsNotAnId_readsAsNoIdInsteadOfFailing(String text) {
        assertThat(CustomerId.parse(text)).isEmpty();
    }
}
