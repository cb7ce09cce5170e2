package org.hexmall.acceptance.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which browser the flows run in. On a machine with Chromium installed (the build server has no
 * internet) that one, as its headless shell where that is installed too (Debian's chromium-headless-shell:
 * the same engine without the windows and profile machinery of the whole browser, which Playwright itself chooses
 * for headless runs, at a fraction of the processor time); elsewhere the Chromium that Playwright downloads on first
 * use.
 */
final class Browsers {

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SYSTEM_HEADLESS_SHELL = Path.of("/usr/bin/chromium-headless-shell");

    /**
     * Chromium's features switched off: those Playwright itself switches off (its own launch switches, here as of
     * Playwright 1.62), and RenderDocument. Chromium keeps only the last {@code --disable-features} it is given, so
     * adding one means naming Playwright's too; {@code BrowsersTest} fails when an upgraded Playwright switches off one
     * that this list does not name.
     *
     * <p>With RenderDocument off, a navigation within the store keeps its frame's document host, as Chromium did before
     * it began to build a new one for every document; a page sees nothing of it. Eight browser classes took 13 % less
     * processor time with it off, every run lower than every run with it (docs/benchmarks.md).
     */
    static final List<String> DISABLED_FEATURES = List.of(
            "AvoidUnnecessaryBeforeUnloadCheckSync", "BoundaryEventDispatchTracksNodeRemoval",
            "DestroyProfileOnBrowserClose", "DialMediaRouteProvider", "GlobalMediaControls", "HttpsUpgrades",
            "LensOverlay", "MediaRouter", "PaintHolding", "ThirdPartyStoragePartitioning",
            "BlockOriginHeaderModificationOnRedirect", "Translate", "AutoDeElevate", "OptimizationHints",
            "msForceBrowserSignIn", "msEdgeUpdateLaunchServicesPreferredVersion",
            "RenderDocument");

    /** Flags that keep a headless Chromium quiet and light: no sandbox (containers), no GPU, no calls home. */
    private static final List<String> QUIET_CHROMIUM = List.of(
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic",
            "--disable-features=" + String.join(",", DISABLED_FEATURES));

    private static final Path TRACES_IN_THE_MAKING =
            Path.of(System.getProperty("hexmall.playwright.output", "target/playwright"), "traces-in-the-making");

    private Browsers() {
    }

    static Playwright startPlaywright() {
        if (systemChromium().isPresent()) {
            return Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        }
        return Playwright.create();
    }

    static Browser launchChromium(Playwright playwright) {
        var options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(QUIET_CHROMIUM);
        systemChromium().ifPresent(options::setExecutablePath);
        // Traces in the making go under target/ with the rest of the browser tests' output. Without it Playwright made
        // a folder in the system's temporary directory for each browser context's trace and left it there: about a
        // hundred a run; with it, half as many are left (where Playwright makes the others was not found).
        options.setTracesDir(TRACES_IN_THE_MAKING);
        return playwright.chromium().launch(options);
    }

    private static Optional<Path> systemChromium() {
        return Stream.of(SYSTEM_HEADLESS_SHELL, SYSTEM_CHROMIUM).filter(Files::isExecutable).findFirst();
    }

    /**
     * A second browser beside the page's, as on another computer or phone, with nothing in common with the first
     * (no cookie, no device): on the same store, in English.
     */
    static BrowserContext anotherDevice(Page page) {
        Browser browser = page.context().browser();
        return browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(URI.create(page.url()).resolve("/").toString())
                .setLocale("en-US"));
    }
}
