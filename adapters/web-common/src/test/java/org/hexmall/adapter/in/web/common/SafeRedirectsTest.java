package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeRedirectsTest {

    @Test
    void aPathOnThisSiteIsKept() {
        assertThat(SafeRedirects.localPathOr("/account/security?tab=1", "/")).isEqualTo("/account/security?tab=1");
    }

    @Test
    void anotherSiteIsReplacedByTheFallback() {
        assertThat(SafeRedirects.localPathOr("https://evil.example/", "/account")).isEqualTo("/account");
        assertThat(SafeRedirects.localPathOr("//evil.example/", "/account")).isEqualTo("/account");
        assertThat(SafeRedirects.localPathOr("/\\evil.example/", "/account")).isEqualTo("/account");
        assertThat(SafeRedirects.localPathOr("/account\r\nSet-Cookie: x=y", "/account")).isEqualTo("/account");
        assertThat(SafeRedirects.localPathOr(null, "/account")).isEqualTo("/account");
    }

    @Test
    void aPathTooLongToCarryOnInAnAddressIsReplacedByTheFallback() {
        String longest = "/" + "a".repeat(3_069); // 3,072 characters once encoded: "/" is "%2F"
        String chinese = "/" + "中".repeat(400);

        assertThat(SafeRedirects.localPathOr(longest, "/account")).isEqualTo(longest);
        assertThat(SafeRedirects.localPathOr(longest + "a", "/account")).isEqualTo("/account");
        assertThat(SafeRedirects.localPathOr(chinese, "/account")).as("nine characters each once encoded")
                .isEqualTo("/account");
        assertThat(SafeRedirects.localPathOr("/a".repeat(1_500), "/account")).as("'/' takes three once encoded")
                .isEqualTo("/account");
    }

    @Test
    void anAddressFitsUpToItsLongestLength() {
        assertThat(SafeRedirects.fitsAnAddress("/" + "a".repeat(SafeRedirects.LONGEST_ADDRESS - 1))).isTrue();
        assertThat(SafeRedirects.fitsAnAddress("/" + "a".repeat(SafeRedirects.LONGEST_ADDRESS))).isFalse();
    }
}
