package org.hexmall.simulator.web;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.AbstractMessageResolver;

/**
 * A simulator's texts in every language, from UTF-8 property bundles: its own first, then the shared one of the
 * layout. Templates read them with {@code #{key}} through {@link Resolver}; a missing key shows as {@code ??key??},
 * which tests look for.
 */
final class Texts {

    /** The name of the page's context variable that holds the texts of the simulator rendering it. */
    static final String VARIABLE = "hexmall.simulatorTexts";

    private static final ResourceBundle.Control NO_FALLBACK_TO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundles;

    Texts(List<String> bundles) {
        this.bundles = List.copyOf(bundles);
    }

    String get(Locale locale, String key, Object... arguments) {
        return find(locale, key, arguments).orElse("??" + key + "??");
    }

    Optional<String> find(Locale locale, String key, Object... arguments) {
        for (String name : bundles) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale, Texts.class.getClassLoader(),
                        NO_FALLBACK_TO_SERVER_LOCALE);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return Optional.of(arguments.length == 0 ? pattern
                            : new MessageFormat(pattern, locale).format(arguments));
                }
            } catch (MissingResourceException noSuchBundle) {
                // The next bundle may have it.
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a page's texts from the simulator that renders it, which puts its {@link Texts} in the page's context under
     * {@link #VARIABLE}: the engine is shared by every simulator's pages in the process.
     */
    static final class Resolver extends AbstractMessageResolver {

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] arguments) {
            Texts texts = (Texts) context.getVariable(VARIABLE);
            return texts.find(context.getLocale(), key, arguments == null ? new Object[0] : arguments).orElse(null);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] arguments) {
            return "??" + key + "??";
        }
    }
}
