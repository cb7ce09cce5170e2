package org.hexmall.adapter.in.web.common;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.hexmall.application.port.in.session.ChooseLanguage;
import org.hexmall.domain.shared.Language;

/**
 * The language links in every page header: {@code GET <prefix>/language/{tag}?next=/where/i/was}.
 * A plain link, so it works without JavaScript; it changes nothing but the reader's own session.
 */
public final class LanguageSwitch {

    private final ChooseLanguage chooseLanguage;

    public LanguageSwitch(ChooseLanguage chooseLanguage) {
        this.chooseLanguage = chooseLanguage;
    }

    public void register(RoutesConfig routes, String prefix) {
        routes.get(prefix + "/language/{tag}", ctx -> choose(ctx, prefix.isEmpty() ? "/" : prefix));
    }

    private void choose(Context ctx, String home) {
        Language.fromTag(ctx.pathParam("tag"))
                .ifPresent(language -> chooseLanguage.choose(WebSessions.current(ctx).id(), language));
        ctx.redirect(SafeRedirects.localPathOr(ctx.queryParam("next"), home));
    }
}
