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
}
