package org.hexmall.domain.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainPasswordTest {

    @Test
    void aPasswordWrittenIntoALogLine_neverRevealsItself() {
        var password = new PlainPassword("my-secret-京东-pass");

        assertThat("login attempt with " + password).doesNotContain("secret").doesNotContain("京东");
    }
}
