package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.hexmall.adapter.in.web.common.Messages;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.support.HelpTopic;

/**
 * The console's help page, {@code /admin/help}: every answer of the guides in the agent's language and in the other
 * one, searched on the server in both, so that an agent finds an answer by a word the customer used in either, or by
 * the guides' own word for what the answers call otherwise ({@link #SYNONYMS}).
 */
public final class HelpController {

    /** Longer searches are cut to this: no answer holds a phrase that long. */
    static final int MAX_QUERY_LENGTH = 100;

    /**
     * Words that say the same in the guides, in what customers say and in the answers: a searched word that holds one
     * of a group's words also finds the answers that hold the word with another of the group in its place. Chinese
     * is written without spaces, so a group's word is replaced inside the searched word (关联钱包 finds 绑定钱包).
     */
    static final List<List<String>> SYNONYMS = List.of(
            List.of("关联", "绑定"),
            List.of("钱包", "数字钱包"),
            List.of("购物记录", "支付记录", "支付的记录"),
            List.of("双十一", "双11"),
            List.of("link", "bind"),
            List.of("eleven", "11"),
            List.of("shopping", "purchase"));

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
            return words.stream().allMatch(word -> sayingsOf(word).stream().anyMatch(all::contains));
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

    /** The searched word, and the word with each synonym it holds put in another's place. */
    static Set<String> sayingsOf(String word) {
        Set<String> sayings = new LinkedHashSet<>(List.of(word));
        for (List<String> group : SYNONYMS) {
            for (String saying : List.copyOf(sayings)) {
                for (String found : group) {
                    if (saying.contains(found)) {
                        group.forEach(other -> sayings.add(saying.replace(found, other)));
                    }
                }
            }
        }
        return sayings;
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
