package org.hexmall.simulator.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The texts of the simulators' shared layout exist in English and in Chinese, every one the layout asks for. */
class SharedTextsTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");

    @Test
    void englishAndChineseHaveTheSameTexts() throws IOException {
        assertThat(keys("i18n/simulator_zh_CN.properties")).isEqualTo(keys("i18n/simulator.properties"));
    }

    @Test
    void everyTextTheLayoutAsksForExists() throws IOException {
        Path layout = Path.of("src/main/resources/templates/simulator/layout.html");
        Matcher found = TEMPLATE_KEY.matcher(Files.readString(layout));
        Set<String> used = new TreeSet<>();
        while (found.find()) {
            used.add(found.group(1));
        }

        assertThat(used).contains("simulator.footer");
        assertThat(keys("i18n/simulator.properties")).containsAll(used);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = SharedTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(bundle.stringPropertyNames());
    }
}
