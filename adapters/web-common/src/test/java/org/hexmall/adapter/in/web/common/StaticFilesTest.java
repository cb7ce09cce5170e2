package org.hexmall.adapter.in.web.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.adapter.in.web.common.RawHttp.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaticFilesTest {

    private static final Pattern STYLE_SHEET_LINK = Pattern.compile("<link rel=\"stylesheet\" href=\"([^\"]+)\">");

    private Javalin server;

    @BeforeEach
    void startServer() {
        var pages = new PageRenderer(new Messages(List.of("i18n/common")), ZoneId.of("UTC"), false);
        server = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            new ErrorPages(pages).register(config.routes);
            pages.staticFiles().register(config.routes);
        }).start(0);
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void theStyleSheetIsServedAsCssWithAValidator() {
        Reply reply = RawHttp.get(server.port(), "/static/app.css");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).isEqualTo("text/css; charset=UTF-8");
        assertThat(reply.body()).contains("body");
        assertThat(reply.headers().get("cache-control")).isEqualTo("no-cache");
        assertThat(reply.headers().get("etag")).matches("\"[0-9a-f]{16}-[0-9]+\"");
    }

    @Test
    void aBrowserThatHasTheFileAlreadyIsToldItHasNotChanged() {
        String etag = RawHttp.get(server.port(), "/static/app.css").headers().get("etag");

        Reply again = RawHttp.get(server.port(), "/static/app.css", "If-None-Match: " + etag);

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(RawHttp.get(server.port(), "/static/app.css", "If-None-Match: \"other\"").status())
                .isEqualTo(200);
    }

    @Test
    void thePagesLinkTheStyleSheetAtAnAddressNamingItsVersion_whichABrowserKeepsForAYearWithoutAskingAgain() {
        Matcher link = STYLE_SHEET_LINK.matcher(RawHttp.get(server.port(), "/no-such-page").body());
        assertThat(link.find()).as("the page's link to its style sheet").isTrue();
        String address = link.group(1);
        assertThat(address).matches("/static/app\\.css\\?v=[0-9a-f]{16}-[0-9]+");

        Reply kept = RawHttp.get(server.port(), address);

        assertThat(kept.status()).isEqualTo(200);
        assertThat(kept.headers().get("cache-control")).isEqualTo("public, max-age=31536000, immutable");
        assertThat(kept.body()).isEqualTo(RawHttp.get(server.port(), "/static/app.css").body());
    }

    @Test
    void atAnOldOrMadeUpVersionTheFileIsAnsweredAsAtNone_forTheBrowserToAskAgainNextTime() {
        for (String target : List.of("/static/app.css?v=0000000000000000-1", "/static/app.css?v=", "/static/app.css?v")) {
            Reply reply = RawHttp.get(server.port(), target);

            assertThat(reply.status()).as(target).isEqualTo(200);
            assertThat(reply.headers().get("cache-control")).as(target).isEqualTo("no-cache");
            assertThat(reply.body()).as(target).contains("body");
        }
    }

    @Test
    void anUpgradedFileHasANewAddress_soThatNoBrowserKeepsTheOldOne() {
        assertThat(new StaticFiles("upgraded-public").address("app.css"))
                .startsWith("/static/app.css?v=")
                .isNotEqualTo(new StaticFiles().address("app.css"));
        assertThat(new StaticFiles().address("app.css")).isEqualTo(new StaticFiles().address("app.css"));
    }

    @Test
    void aMissingFileOrANameReachingOutsideThePublicFolderIsNotFound() {
        for (String target : List.of("/static/nothing.css", "/static/app.exe", "/static/..%2Fi18n%2Fcommon.properties",
                "/static/%2E%2E%2Flogback.xml", "/static/i18n%2Fcommon.properties", "/static/.hidden.css")) {
            Reply reply = RawHttp.get(server.port(), target);

            assertThat(reply.status()).as(target).isEqualTo(404);
            assertThat(reply.body()).as(target).contains("Page not found").doesNotContain("hexmall.shop");
        }
    }

    @Test
    void theStoresIconAnswersAtItsLinkAndWhereBrowsersLookForOne() {
        Reply linked = RawHttp.get(server.port(), "/static/favicon.svg");
        Reply asked = RawHttp.get(server.port(), StaticFiles.FAVICON);

        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.contentType()).isEqualTo("image/svg+xml; charset=UTF-8");
        assertThat(linked.body()).contains("<svg");
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body()).isEqualTo(linked.body());
    }
}
