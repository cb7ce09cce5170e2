package org.hexmall.domain.catalog;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.hexmall.domain.shared.DomainException;

/**
 * What a shopper typed into the store's search box, as the words to look for: each word must appear in the
 * product's name, in English or in Chinese, or in the name of its category, ignoring case. Full-width letters and
 * digits count as their plain forms, so "ＵＳＢ" finds a USB cable.
 *
 * @param words the distinct words, lower case, in the order they were typed
 */
public record SearchTerms(List<String> words) {

    /** Characters a search may have: enough for any product name, little enough to keep the query cheap. */
    public static final int MAX_LENGTH = 60;
    public static final int MAX_WORDS = 5;

    public SearchTerms {
        words = List.copyOf(words);
        if (words.isEmpty() || words.size() > MAX_WORDS || words.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a search has 1 to " + MAX_WORDS + " words");
        }
    }

    /** Reads the search box; throws {@code search.empty}, {@code search.too-long} or {@code search.too-many-words}. */
    public static SearchTerms parse(String typed) {
        String plain = typed == null ? "" : Normalizer.normalize(typed, Normalizer.Form.NFKC).strip();
        if (plain.isEmpty()) {
            throw new DomainException("search.empty");
        }
        if (plain.codePointCount(0, plain.length()) > MAX_LENGTH) {
            throw new DomainException("search.too-long", MAX_LENGTH);
        }
        List<String> words = Arrays.stream(plain.toLowerCase(Locale.ROOT).split("\\s+"))
                .filter(word -> !word.isEmpty())
                .distinct()
                .toList();
        if (words.size() > MAX_WORDS) {
            throw new DomainException("search.too-many-words", MAX_WORDS);
        }
        return new SearchTerms(words);
    }

    /** The words as one line, as the results page repeats them. */
    public String text() {
        return String.join(" ", words);
    }

    /** True when every word is in the product's name (either language) or in its category's name. */
    public boolean matches(Product product) {
        return words.stream().allMatch(word -> product.nameEn().toLowerCase(Locale.ROOT).contains(word)
                || product.nameZh().toLowerCase(Locale.ROOT).contains(word)
                || categoriesNaming(word).contains(product.category()));
    }

    /** The categories whose English or Chinese name contains the word. */
    public static Set<Category> categoriesNaming(String word) {
        return Arrays.stream(Category.values())
                .filter(category -> category.nameEn().toLowerCase(Locale.ROOT).contains(word)
                        || category.nameZh().contains(word))
                .collect(Collectors.toUnmodifiableSet());
    }
}
