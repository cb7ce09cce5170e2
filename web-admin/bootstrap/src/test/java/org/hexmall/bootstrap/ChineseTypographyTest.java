package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Chinese texts of the store, the console and the simulators are written as Chinese is typeset: a space between
 * Chinese characters and Latin letters or digits ("绑定 PayPal", "共 3 件"), and Chinese punctuation after Chinese
 * characters ("，" and "。", not "," and "."). Values put into a message are spaced when the page is made; a number
 * placeholder always prints digits, so the bundle spaces it itself.
 */
class ChineseTypographyTest {

    private static final Path REPOSITORY = Path.of("../..");
    private static final String HAN = "\\p{IsHan}";
    private static final Pattern LATIN_NEXT_TO_HAN = Pattern.compile(HAN + "[A-Za-z0-9]|[A-Za-z0-9]" + HAN);
    private static final Pattern ASCII_PUNCTUATION_NEXT_TO_HAN = Pattern.compile(
            HAN + "[,.:;!?()]|[()]" + HAN);
    private static final Pattern NUMBER_PLACEHOLDER_NEXT_TO_HAN = Pattern.compile(
            HAN + "\\{\\d+,(?:number|choice)[^}]*}|\\{\\d+,(?:number|choice)[^}]*}" + HAN);

    /**
     * Real exceptions, each for a reason: Double 11 is written 双11, as the store's own campaigns are; a date pattern
     * is no text.
     */
    private static final Set<String> WRITTEN_TOGETHER = Set.of("双11");
    private static final Set<String> NOT_TEXT = Set.of("orders.month-pattern");

    @Test
    void chineseTextsSpaceLatinAndDigits_andUseChinesePunctuation() throws IOException {
        List<String> bundles = chineseBundles();
        List<String> mistakes = new ArrayList<>();
        for (String bundle : bundles) {
            for (Map.Entry<Object, Object> entry : read(bundle).entrySet()) {
                String key = (String) entry.getKey();
                if (NOT_TEXT.contains(key)) {
                    continue;
                }
                String text = (String) entry.getValue();
                for (String together : WRITTEN_TOGETHER) {
                    text = text.replace(together, "双十一");
                }
                find(LATIN_NEXT_TO_HAN, "no space between Chinese and Latin", bundle, key, text, mistakes);
                find(ASCII_PUNCTUATION_NEXT_TO_HAN, "ASCII punctuation in Chinese", bundle, key, text, mistakes);
                find(NUMBER_PLACEHOLDER_NEXT_TO_HAN, "no space around a number", bundle, key, text, mistakes);
            }
        }

        assertThat(bundles).as("Chinese bundles of the store, the console and the simulators").hasSizeGreaterThan(5)
                .anyMatch(name -> name.contains("mock-wallet"));
        assertThat(mistakes).isEmpty();
    }

    @Test
    void theCheckFindsTheMistakesItIsFor() {
        List<String> mistakes = new ArrayList<>();
        find(LATIN_NEXT_TO_HAN, "space", "test", "a", "绑定PayPal", mistakes);
        find(LATIN_NEXT_TO_HAN, "space", "test", "b", "w***@example.com已绑定", mistakes);
        find(ASCII_PUNCTUATION_NEXT_TO_HAN, "punctuation", "test", "c", "演示支付密码:", mistakes);
        find(NUMBER_PLACEHOLDER_NEXT_TO_HAN, "number", "test", "d", "第{0,number,integer}页", mistakes);
        find(LATIN_NEXT_TO_HAN, "space", "test", "e", "绑定 PayPal，共 3 件。", mistakes);

        assertThat(mistakes).hasSize(4);
    }

    private static void find(Pattern rule, String what, String bundle, String key, String text, List<String> mistakes) {
        Matcher found = rule.matcher(text);
        if (found.find()) {
            mistakes.add(what + ": " + bundle + " " + key + " \"" + found.group() + "\"");
        }
    }

    private static List<String> chineseBundles() throws IOException {
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            return files.map(path -> path.toString().replace('\\', '/'))
                    .filter(name -> name.contains("/src/main/resources/i18n/") && name.endsWith("_zh_CN.properties"))
                    .sorted()
                    .toList();
        }
    }

    private static Properties read(String bundle) throws IOException {
        Properties texts = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(bundle), StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        return texts;
    }
}
