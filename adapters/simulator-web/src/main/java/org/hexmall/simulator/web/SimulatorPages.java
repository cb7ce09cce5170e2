package org.hexmall.simulator.web;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders one simulator's pages with Thymeleaf, from its own message bundle and the simulators' shared layout
 * ({@code templates/simulator/layout.html}), in the language the host's visitor chose. Every page gets what the
 * layout and the forms need: the language and its switch, the current path, the host's form token, the demo flag
 * and {@code times}.
 */
public final class SimulatorPages {

    /** The texts of the shared layout, looked up after the simulator's own. */
    public static final String SHARED_BUNDLE = "i18n/simulator";

    /**
     * The engine every simulator's pages in the process share: it holds nothing of one simulator (a page's texts come
     * from the simulator rendering it, through the page's context), so each template is parsed once a process, not
     * once a simulator, however many stores and simulators a process runs.
     */
    private static final TemplateEngine ENGINE = newEngine();

    private final Texts texts;
    private final PageHost host;
    private final Times times;
    private final boolean demoMode;

    /**
     * @param bundle   the simulator's own texts, such as {@code i18n/mock-wallet}
     * @param demoMode whether the pages may show the demo's hints, such as the demo accounts' passwords
     */
    public SimulatorPages(String bundle, PageHost host, ZoneId displayZone, boolean demoMode) {
        this.texts = new Texts(List.of(bundle, SHARED_BUNDLE));
        this.host = host;
        this.times = new Times(displayZone);
        this.demoMode = demoMode;
    }

    private static TemplateEngine newEngine() {
        var templates = new ClassLoaderTemplateResolver(SimulatorPages.class.getClassLoader());
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setTemplateMode(TemplateMode.HTML);
        templates.setCharacterEncoding("UTF-8");
        templates.setCacheable(true);
        var engine = new TemplateEngine();
        engine.setTemplateResolver(templates);
        // The simulators' pages carry no script either: no JSON mapper for values inlined into one.
        var dialect = new StandardDialect();
        dialect.setJavaScriptSerializer((value, writer) -> {
            throw new UnsupportedOperationException("the simulators' pages inline no values into scripts");
        });
        engine.setDialect(dialect);
        engine.setMessageResolver(new Texts.Resolver());
        engine.setLinkBuilder(new StandardLinkBuilder() {
            /** The pages are rendered outside a servlet, always at the server's root. */
            @Override
            protected String computeContextPath(IExpressionContext context, String base,
                                                Map<String, Object> parameters) {
                return "";
            }
        });
        return engine;
    }

    /** Renders {@code template} (a path under templates/, without .html) as the response. */
    public void render(Context ctx, int status, String template, Map<String, ?> model) {
        Locale locale = host.language(ctx);
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("language", locale.toLanguageTag());
        // The layout tells the simulator's home page, and the wallet whose colours a page wears, by the address.
        variables.put("currentPath", ctx.path());
        variables.put("englishLink", host.languageLink(ctx, Locale.ENGLISH));
        variables.put("chineseLink", host.languageLink(ctx, Locale.SIMPLIFIED_CHINESE));
        variables.put("formToken", host.formToken(ctx));
        variables.put("styleSheet", host.fileAddress("app.css"));
        variables.put("icon", host.fileAddress("favicon.svg"));
        variables.put("demoMode", demoMode);
        variables.put("times", times);
        ctx.status(status);
        ctx.contentType("text/html; charset=UTF-8");
        variables.put(Texts.VARIABLE, texts);
        ctx.result(ENGINE.process(template, new org.thymeleaf.context.Context(locale, variables)));
    }

    /** A text in the visitor's language, for what a handler puts on the page itself. */
    public String text(Context ctx, String key, Object... arguments) {
        return texts.get(host.language(ctx), key, arguments);
    }
}
