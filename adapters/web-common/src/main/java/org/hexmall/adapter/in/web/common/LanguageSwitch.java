package org.hexmall.adapter.in.web.common;

import io.javalin.config.Key;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URI;
import java.util.Optional;
import java.util.function.Predicate;
import org.hexmall.application.port.in.session.ChooseLanguage;
import org.hexmall.domain.shared.Language;

/**
 * The language links in every page header: {@code GET <prefix>/language/{tag}?next=/where/i/was}.
 * A plain link, so it works without JavaScript; it changes nothing but the reader's own session.
 */
public final class LanguageSwitch {

    /**
     * The server's app data that says whether a GET answers at a path (as {@code /cart}, not {@code /cart/add}): a page
     * the switch may lead back to. Without it, the switch leads back only to a page a GET showed.
     */
    public static final Key<Predicate<String>> PAGES = new Key<>("hexmall.language-switch.pages");

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

    /**
     * Where the language links of the page answering this request lead back to. A page a GET showed is shown again,
     * query included. A page that answers a form (a refusal, say) has an address a GET may not answer
     * ({@code /cart/add}), so its links lead to a page a GET shows: the form's own address when a GET answers it too,
     * else the page the form was sent from, else the nearest page above the form's address, else {@code home}.
     */
    public static String backTo(Context ctx, String home) {
        String here = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
            return here;
        }
        Predicate<String> pages = pages(ctx);
        if (pages.test(ctx.path())) {
            return ctx.path();
        }
        return referringPage(ctx).filter(page -> pages.test(URI.create(page).getPath()))
                .or(() -> pageAbove(ctx.path(), home, pages))
                .orElse(home);
    }

    private static Predicate<String> pages(Context ctx) {
        try {
            return ctx.appData(PAGES);
        } catch (RuntimeException noneKept) {
            return path -> false;
        }
    }

    /** The path and query of the page the form was sent from, as the browser names it; empty when it names none. */
    private static Optional<String> referringPage(Context ctx) {
        String referer = ctx.header("Referer");
        if (referer == null) {
            return Optional.empty();
        }
        try {
            URI page = URI.create(referer);
            if (page.getRawPath() == null || page.getRawPath().isEmpty()) {
                return Optional.empty();
            }
            String local = page.getRawQuery() == null ? page.getRawPath()
                    : page.getRawPath() + "?" + page.getRawQuery();
            return Optional.ofNullable(SafeRedirects.localPathOr(local, null));
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<String> pageAbove(String path, String home, Predicate<String> pages) {
        for (int end = path.lastIndexOf('/'); end > home.length(); end = path.lastIndexOf('/', end - 1)) {
            String above = path.substring(0, end);
            if (pages.test(above)) {
                return Optional.of(above);
            }
        }
        return Optional.empty();
    }
}
