package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.hexmall.adapter.in.web.common.Messages;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.support.HelpTopic;

/**
 * The console's help page, {@code /admin/help}: every answer of the guides in the agent's language and in the other
 * one, searched on the server in both, so that an agent finds an answer by a word the customer used in either.
 */
public final class HelpController {

    /** Longer searches are cut to this: no answer holds a phrase that long. */
    static final int MAX_QUERY_LENGTH = 100;

    private final PageRenderer pages;

    public HelpController(PageRenderer pages) {
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/help", this::help);
    }

    /** One answer as the page shows it: in the agent's language first, then in the other. */
    public record HelpEntry(HelpTopic topic, Texts own, Texts other) {

        boolean matches(List<String> words) {
            String all = (own.question + " " + own.answer + " " + own.next + " " + other.question + " "
                    + other.answer + " " + other.next).toLowerCase(Locale.ROOT);
            return words.stream().allMatch(all::contains);
        }
    }

    /** A topic's question, the answer to read to the customer, and the agent's next step, in one language. */
    public record Texts(String language, String question, String answer, String next) {
    }

    private void help(Context ctx) {
        String query = query(ctx.queryParam("q"));
        List<String> words = Arrays.stream(query.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
        Locale own = pages.locale(ctx);
        Locale other = own.getLanguage().equals(Locale.CHINESE.getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        Map<HelpTopic.Section, List<HelpEntry>> sections = new EnumMap<>(HelpTopic.Section.class);
        for (HelpTopic.Section section : HelpTopic.Section.values()) {
            List<HelpEntry> found = Stream.of(HelpTopic.values())
                    .filter(topic -> topic.section() == section)
                    .map(topic -> new HelpEntry(topic, texts(topic, own), texts(topic, other)))
                    .filter(entry -> entry.matches(words))
                    .toList();
            if (!found.isEmpty()) {
                sections.put(section, found);
            }
        }
        int count = sections.values().stream().mapToInt(List::size).sum();
        pages.render(ctx, "admin/help", Map.of("q", query, "sections", sections, "count", count));
    }

    private Texts texts(HelpTopic topic, Locale locale) {
        Messages messages = pages.messages();
        String key = "help.topic." + topic.name();
        return new Texts(locale.toLanguageTag(), messages.get(locale, key + ".question"),
                messages.get(locale, key + ".answer"), messages.get(locale, key + ".next"));
    }

    private static String query(String typed) {
        if (typed == null) {
            return "";
        }
        String stripped = typed.strip();
        return stripped.length() <= MAX_QUERY_LENGTH ? stripped : stripped.substring(0, MAX_QUERY_LENGTH);
    }
}
