package org.hexmall.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    @Test
    void anAddressTypedInMixedCase_isKeptInLowerCaseSoItMatchesHoweverItIsTypedLater() {
        assertThat(EmailAddress.parse("Li.Lei@Example.COM").value()).isEqualTo("li.lei@example.com");
    }

    @Test
    void spacesAroundTheAddress_areIgnored() {
        assertThat(EmailAddress.parse("  li.lei@example.com ").value()).isEqualTo("li.lei@example.com");
    }

    @Test
    void anAddressWithASubdomain_isAccepted() {
        assertThat(EmailAddress.parse("lilei@mail.example.com.cn").value()).isEqualTo("lilei@mail.example.com.cn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"li.lei", "li.lei@", "@example.com", "li@@example.com", "li@lei@example.com",
            "li lei@example.com", "li.lei@example", "li.lei@.com", "li.lei@example.", "li.lei@example..com"})
    void anAddressOfTheWrongShape_isRefusedAsAFormatMistake(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> EmailAddress.parse(typed))
                .extracting(DomainException::code).isEqualTo("email.format");
    }

    @Test
    void anAddressLongerThan254Characters_isRefusedAsAFormatMistake() {
        String tooLong = "a".repeat(243) + "@example.com";

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> EmailAddress.parse(tooLong))
                .extracting(DomainException::code).isEqualTo("email.format");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void nothingTyped_isRefusedAsMissing(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> EmailAddress.parse(typed))
                .extracting(DomainException::code).isEqualTo("email.required");
    }
}
