package org.hexmall.acceptance.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Chromium the browser tests launch keeps off every feature Playwright itself keeps off: Chromium reads only the
 * last {@code --disable-features} it is given, so the browser tests' own list replaces Playwright's and must name all
 * of it. Playwright keeps those features off to make pages behave the same from run to run (a dialog before leaving a
 * page, a held first paint, upgrades to HTTPS); a Playwright upgrade that adds one fails here rather than in a flaky
 * page.
 */
class BrowsersTest {

    /** Playwright's server code, bundled in its driver's package on the tests' class path. */
    private static final String PLAYWRIGHT_SERVER = "driver/package/lib/coreBundle.js";
    private static final Pattern DISABLED_LIST = Pattern.compile("disabledFeatures\\s*=\\s*\\[(.*?)]", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z0-9]+)\"");

    @Test
    void everyFeaturePlaywrightSwitchesOff_staysOff_besideRenderDocument() throws IOException {
        List<String> playwrights = featuresPlaywrightSwitchesOff();

        assertThat(playwrights).as("the features Playwright switches off, read from %s", PLAYWRIGHT_SERVER)
                .contains("PaintHolding", "Translate");
        assertThat(Browsers.DISABLED_FEATURES).as("the features the browser tests switch off")
                .containsAll(playwrights)
                .contains("RenderDocument");
    }

    private static List<String> featuresPlaywrightSwitchesOff() throws IOException {
        String server;
        try (InputStream bundle = BrowsersTest.class.getClassLoader().getResourceAsStream(PLAYWRIGHT_SERVER)) {
            assertThat(bundle).as("Playwright's server code at %s on the class path; if an upgraded Playwright keeps "
                    + "it elsewhere, find its list of disabled Chromium features there", PLAYWRIGHT_SERVER).isNotNull();
            server = new String(bundle.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher list = DISABLED_LIST.matcher(server);
        assertThat(list.find()).as("Playwright's list of disabled Chromium features in %s", PLAYWRIGHT_SERVER)
                .isTrue();
        List<String> features = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(list.group(1));
        while (quoted.find()) {
            features.add(quoted.group(1));
        }
        return features;
    }
}
