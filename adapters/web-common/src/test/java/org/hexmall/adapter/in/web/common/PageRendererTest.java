package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PageRendererTest {

    private static final String HEXMALL_FOOTER = "hexmall: a reference store for digital-wallet payments.";
    private static final String OTHER_FOOTER = "Another store, with texts of its own.";

    /**
     * The renderers of one process share Thymeleaf's engine and the templates it has parsed; the texts on a page are
     * still those of the renderer that renders it, whichever rendered the same template first.
     */
    @Test
    void twoRenderersInOneProcessEachShowTheirOwnTexts() {
        var hexmall = new PageRenderer(new Messages(List.of("i18n/common")), ZoneId.of("UTC"), false);
        var another = new PageRenderer(new Messages(List.of("i18n/another-store", "i18n/common")), ZoneId.of("UTC"),
                false);

        String first = hexmall.renderWithoutSession("error/404", Locale.ENGLISH, Map.of());
        String second = another.renderWithoutSession("error/404", Locale.ENGLISH, Map.of());
        String third = hexmall.renderWithoutSession("error/404", Locale.ENGLISH, Map.of());

        assertThat(first).contains(HEXMALL_FOOTER, "<h1>Page not found</h1>").doesNotContain(OTHER_FOOTER);
        assertThat(second).contains(OTHER_FOOTER, "<h1>Page not found</h1>").doesNotContain(HEXMALL_FOOTER);
        assertThat(third).isEqualTo(first);
    }

    @Test
    void aPageInChineseTakesTheChineseTextsOfItsRenderer() {
        var hexmall = new PageRenderer(new Messages(List.of("i18n/common")), ZoneId.of("UTC"), false);

        String page = hexmall.renderWithoutSession("error/404", Locale.SIMPLIFIED_CHINESE, Map.of());

        assertThat(page).contains("<h1>页面不存在</h1>", "hexmall：数字钱包支付的参考商城。")
                .doesNotContain(HEXMALL_FOOTER, "??");
    }

    /** A refusal that names no reason still says in words what happened, and leads back only to a page it is given. */
    @Test
    void aRefusalPageNamingNoReason_saysNothingWasDone_inEitherLanguage() {
        var hexmall = new PageRenderer(new Messages(List.of("i18n/common")), ZoneId.of("UTC"), false);

        String english = hexmall.renderWithoutSession("error/400", Locale.ENGLISH, Map.of());
        String chinese = hexmall.renderWithoutSession("error/400", Locale.SIMPLIFIED_CHINESE,
                Map.of("code", "verify-link", "back", "/account/security/password"));

        assertThat(english).contains("hexmall could not act on this request, so nothing was done.")
                .doesNotContain("??", "Back to the page you were on");
        assertThat(chinese).contains("此验证链接不完整", "href=\"/account/security/password\">返回之前的页面</a>")
                .doesNotContain("??");
    }
}
