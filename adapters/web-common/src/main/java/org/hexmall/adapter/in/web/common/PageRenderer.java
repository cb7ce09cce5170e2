package org.hexmall.adapter.in.web.common;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.hexmall.domain.security.Principal;
import org.hexmall.domain.security.Session;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders server-side pages with Thymeleaf. Every page gets what the shared layout needs: the
 * session's language and form token, the current path, whether demo hints are shown, and the
 * helpers that format times, money and wallet offers.
 */
public final class PageRenderer {

    /**
     * The request attribute where a before-handler may put values that every page of the request's layout shows,
     * such as the count of open alerts in the console's header: a {@code Map<String, ?>}.
     */
    public static final String LAYOUT_VALUES = "hexmall.layoutValues";

    private static final String PAGE_NOTICE = "hexmall.pageNotice";

    /**
     * The engine every renderer in the process shares. It holds nothing of one store: the templates come from the class
     * path, and a page's texts from the renderer that renders it ({@link ThymeleafMessageResolver} reads them from the
     * page's context). So the templates and expressions it parses and keeps serve every renderer: where one process
     * runs several stores, as the acceptance tests do, each template is parsed once rather than once a store.
     */
    private static final TemplateEngine ENGINE = newEngine();

    /** The files the pages link, such as the style sheet, which the layout names by their versioned addresses. */
    private final StaticFiles staticFiles = new StaticFiles();
    private final Messages messages;
    private final DisplayTime displayTime;
    private final DisplayMoney displayMoney = new DisplayMoney();
    private final DisplayOffers displayOffers;
    private final DisplayEventDetails displayEventDetails;
    private final boolean demoMode;

    public PageRenderer(Messages messages, ZoneId displayZone, boolean demoMode) {
        this.messages = messages;
        this.displayTime = new DisplayTime(displayZone);
        this.displayOffers = new DisplayOffers(messages);
        this.displayEventDetails = new DisplayEventDetails(messages, displayTime);
        this.demoMode = demoMode;
    }

    private static TemplateEngine newEngine() {
        var templates = new ClassLoaderTemplateResolver(PageRenderer.class.getClassLoader());
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setDialect(withoutScriptInlining());
        engine.setMessageResolver(new ThymeleafMessageResolver());
        engine.setLinkBuilder(new RootContextLinks());
        return engine;
    }

    /**
     * Thymeleaf's standard dialect, but with no serializer for values inlined into scripts: hexmall's pages carry no
     * script, and the standard one would build a JSON mapper, loading a few hundred classes, while the first page
     * renders. A template that tried to inline a value into a script would fail on its first render in any test.
     */
    private static StandardDialect withoutScriptInlining() {
        var dialect = new StandardDialect();
        dialect.setJavaScriptSerializer((value, writer) -> {
            throw new UnsupportedOperationException("hexmall's pages inline no values into scripts");
        });
        return dialect;
    }

    /** Renders {@code template} (a path under templates/, without .html) as the response. */
    public void render(Context ctx, String template, Map<String, ?> model) {
        ctx.contentType("text/html; charset=UTF-8");
        ctx.result(renderToString(ctx, template, model));
    }

    public void render(Context ctx, int status, String template, Map<String, ?> model) {
        ctx.status(status);
        render(ctx, template, model);
    }

    String renderToString(Context ctx, String template, Map<String, ?> model) {
        String currentPath = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        String realm = WebSessions.realmPrefix(ctx);
        String backTo = LanguageSwitch.backTo(ctx, realm.isEmpty() ? "/" : realm);
        Map<String, Object> withNotice = new HashMap<>(model);
        String notice = ctx.attribute(PAGE_NOTICE);
        if (notice != null) {
            withNotice.put("pageNotice", notice);
        }
        Map<String, ?> layout = ctx.attribute(LAYOUT_VALUES);
        if (layout != null) {
            layout.forEach(withNotice::putIfAbsent);
        }
        return process(template, locale(ctx), withNotice, WebSessions.currentOrNull(ctx), currentPath, backTo,
                realm);
    }

    /**
     * The request attribute a before-handler sets to show a notice above every page it renders (such as the reminder
     * to change an old password): the template holding the notice's {@code notice} fragment.
     */
    public static void showNotice(Context ctx, String template) {
        ctx.attribute(PAGE_NOTICE, template);
    }

    /**
     * A page for a request that is answered without a session, such as a refusal of one that cannot be read:
     * in the given language, with its links leading home rather than back to the request's own address.
     */
    String renderWithoutSession(String template, Locale locale, Map<String, ?> model) {
        return process(template, locale, model, null, "/", "/", "");
    }

    private String process(String template, Locale locale, Map<String, ?> model, Session session, String currentPath,
                           String backTo, String languagePrefix) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("csrfToken", session == null ? "" : session.csrfToken());
        variables.put("signedIn", session != null && !(session.principal() instanceof Principal.Anonymous));
        variables.put("language", locale.toLanguageTag());
        variables.put("currentPath", currentPath);
        // Where the language switch brings the reader back to: this very page, or one a GET shows after a form.
        variables.put("backTo", backTo);
        variables.put("languagePrefix", languagePrefix);
        variables.put("demoMode", demoMode);
        variables.put("times", displayTime);
        variables.put("money", displayMoney);
        variables.put("offers", displayOffers);
        variables.put("eventDetails", displayEventDetails);
        variables.put("staticFiles", staticFiles);
        variables.put(ThymeleafMessageResolver.MESSAGES, messages);
        return ENGINE.process(template, new org.thymeleaf.context.Context(locale, variables));
    }

    /** The language of the visitor's session; English before a session exists. */
    public Locale locale(Context ctx) {
        Session session = WebSessions.currentOrNull(ctx);
        return session == null ? Locale.ENGLISH : Messages.localeOf(session.language());
    }

    /** A text in the visitor's language, for messages a handler puts on the page itself. */
    public String message(Context ctx, String key, Object... arguments) {
        return messages.get(locale(ctx), key, arguments);
    }

    public Messages messages() {
        return messages;
    }

    /** The files the pages link, for the server to answer at the addresses the pages give them. */
    public StaticFiles staticFiles() {
        return staticFiles;
    }
}
