package org.hexmall.simulator.face;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text of the simulated face check exists in English and in Chinese. */
class MockFaceTextsTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(mock-face[a-z0-9.-]*)[}(]");

    @Test
    void englishAndChineseHaveTheSameTexts() throws IOException {
        assertThat(keys("i18n/mock-face_zh_CN.properties")).isEqualTo(keys("i18n/mock-face.properties"));
    }

    @Test
    void everyTextThePagesAskForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/mock-face"))) {
            for (Path template : templates.toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }

        assertThat(used).isNotEmpty();
        assertThat(keys("i18n/mock-face.properties")).containsAll(used);
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = MockFaceTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(bundle.stringPropertyNames());
    }
}
