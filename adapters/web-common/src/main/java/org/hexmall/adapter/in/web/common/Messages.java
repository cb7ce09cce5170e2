package org.hexmall.adapter.in.web.common;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.hexmall.domain.shared.Language;

/**
 * The texts of the pages in every language, read from UTF-8 property bundles. Each web adapter
 * brings its own bundle; a key is looked up in each bundle in turn.
 */
public final class Messages {

    private static final ResourceBundle.Control NO_FALLBACK_TO_SERVER_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> bundleNames;

    /** @param bundleNames base names such as {@code i18n/common}, searched in this order */
    public Messages(List<String> bundleNames) {
        this.bundleNames = List.copyOf(bundleNames);
    }

    public static Locale localeOf(Language language) {
        return switch (language) {
            case ENGLISH -> Locale.ENGLISH;
            case SIMPLIFIED_CHINESE -> Locale.SIMPLIFIED_CHINESE;
        };
    }

    /**
     * The language a browser asks for in its Accept-Language header, if hexmall speaks it, else English;
     * for pages answered before, or without, looking at the visitor's session.
     */
    public static Locale localeAccepted(String acceptLanguage) {
        if (acceptLanguage == null) {
            return Locale.ENGLISH;
        }
        List<Locale> spoken = Arrays.stream(Language.values()).map(Messages::localeOf).toList();
        try {
            return Locale.filter(Locale.LanguageRange.parse(acceptLanguage), spoken).stream().findFirst()
                    .orElse(Locale.ENGLISH);
        } catch (IllegalArgumentException unreadableHeader) {
            return Locale.ENGLISH;
        }
    }

    public List<String> bundleNames() {
        return bundleNames;
    }

    /** The message for the key, or empty if no bundle has it. */
    public Optional<String> find(Locale locale, String key, Object... arguments) {
        for (String name : bundleNames) {
            ResourceBundle bundle = ResourceBundle.getBundle(name, locale, Messages.class.getClassLoader(),
                    NO_FALLBACK_TO_SERVER_LOCALE);
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return Optional.of(arguments.length == 0 ? pattern : format(pattern, locale, arguments));
            }
        }
        return Optional.empty();
    }

    /** In Chinese, a text value put into the message is spaced from Chinese characters when it begins or ends in Latin. */
    private static String format(String pattern, Locale locale, Object[] arguments) {
        if (!Locale.SIMPLIFIED_CHINESE.getLanguage().equals(locale.getLanguage())) {
            return new MessageFormat(pattern, locale).format(arguments);
        }
        Object[] marked = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            marked[i] = arguments[i] instanceof String text ? ChineseSpacing.mark(text) : arguments[i];
        }
        return ChineseSpacing.spaceMarkedValues(new MessageFormat(pattern, locale).format(marked));
    }

    /** The message for the key; a missing key shows as {@code ??key??}, which tests look for. */
    public String get(Locale locale, String key, Object... arguments) {
        try {
            return find(locale, key, arguments).orElse("??" + key + "??");
        } catch (MissingResourceException missingBundle) {
            return "??" + key + "??";
        }
    }
}
