package org.hexmall.bootstrap;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.hexmall.adapter.in.web.common.LanguageSwitch;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.simulator.web.PageHost;

/**
 * The store's server hosting the simulators' pages: they speak the language the visitor chose in the store,
 * carry the session's form token for the store's form check, and switch the language with the store's links.
 */
final class SimulatorPageHost implements PageHost {

    private final PageRenderer storePages;

    SimulatorPageHost(PageRenderer storePages) {
        this.storePages = storePages;
    }

    @Override
    public Locale language(Context ctx) {
        return storePages.locale(ctx);
    }

    @Override
    public String formToken(Context ctx) {
        return WebSessions.current(ctx).csrfToken();
    }

    @Override
    public String fileAddress(String name) {
        return storePages.staticFiles().address(name);
    }

    /** As the store's pages do, a page answering a form leads back to one a GET shows. */
    @Override
    public String languageLink(Context ctx, Locale language) {
        return languageLink(language, LanguageSwitch.backTo(ctx, "/"));
    }

    @Override
    public String languageLink(Locale language, String back) {
        return "/language/" + language.toLanguageTag() + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }
}
