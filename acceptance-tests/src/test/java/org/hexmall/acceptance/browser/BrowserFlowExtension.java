package org.hexmall.acceptance.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Tracing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hexmall.acceptance.LightPasswordHashing;
import org.hexmall.application.port.out.persistence.CampaignStanding;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.HexmallConfig;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.risk.RiskSettings;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs browser tests against a real hexmall:
 * <ul>
 *   <li>per test class, hexmall starts in this JVM on a free port with its own H2 database, a new file in a
 *       folder of its own under {@code target/browser-data/} made from the build's empty database (so no migration runs) and removed
 *       when the class is over, and the demo data, its passwords hashed by the Argon2id adapter at a lighter cost, on a {@link MovableClock} (stricter login rules for a class marked {@link WithLoginRisk},
 *       the test's address trusted as a reverse proxy for one marked {@link BehindAReverseProxy}, as many wallets
 *       per customer as one marked {@link WithMaxWallets} says);</li>
 *   <li>per thread that runs test classes, one headless Chromium, started for the first class the thread runs and
 *       kept for the classes after it until the test run ends (Playwright's objects may be used from one thread
 *       only, and starting a browser takes seconds): classes share the browser process but nothing in it, as every
 *       class has its own context;</li>
 *   <li>per class, one browser context with a page whose relative URLs go to its class's hexmall, which its tests
 *       take in turn: before each test it is reset to what a new context would be (no cookie, no other tab, no
 *       permission or extra header, the default window size, a blank page), keeping only the browser's cache of the
 *       style sheet and pictures; each test's steps are recorded in a chunk of its own of a Playwright trace;</li>
 *   <li>a test that declares a {@link MovableClock} parameter gets the clock of its class's hexmall, to
 *       make time pass there; until a test moves it, it shows the real time;</li>
 *   <li>a test that declares a {@link PromotionBudgets} parameter gets the promotion budgets of that hexmall, to
 *       put a campaign's spending in place as payments would have;</li>
 *   <li>a test that declares a {@link HexmallApplication} parameter gets its class's hexmall, to store what no
 *       page sets up (a campaign, points);</li>
 *   <li>when a test fails, its screenshot, the page's HTML and its trace are kept under
 *       {@code target/playwright/<TestClass>/<test>/}; open the trace with
 *       {@code npx playwright show-trace trace.zip} or at trace.playwright.dev. The trace holds every step the test
 *       took, with its log, and the requests and answers. A copy of the page at every step costs Chromium and
 *       Playwright's driver a walk of the whole page per step in every test, passed or failed, so the trace holds
 *       them only with {@code -Dhexmall.trace.snapshots=true} (rerun a failed class with it to step through its
 *       pages); its filmstrip of screenshots, an image per frame, only with
 *       {@code -Dhexmall.trace.screenshots=true}.</li>
 * </ul>
 * JUnit closes what the extension keeps in its store when the test, or the class, is over.
 */
final class BrowserFlowExtension implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback,
        ParameterResolver {

    private static final Namespace NAMESPACE = Namespace.create(BrowserFlowExtension.class);
    /** More than the demo store sets up. */
    private static final int CAMPAIGNS_AT_MOST = 100;
    private static final Path EVIDENCE = Path.of(System.getProperty("hexmall.playwright.output", "target/playwright"));
    /**
     * Where each class's hexmall keeps its data while the class runs, in a folder of its own: a new H2 file, which
     * hexmall begins from the empty database its build made from the migrations, instead of running every migration
     * on a new in-memory one; and the demo's field key, which hexmall keeps beside an H2 file.
     */
    private static final Path DATA = Path.of(System.getProperty("hexmall.browser.data", "target/browser-data"))
            .toAbsolutePath();
    /**
     * Where each browser class adds a line when it is over: its tests and the pages Chromium loaded for them. Loading
     * a page is most of what a browser test costs the machine, so this is where a slow suite shows where it goes.
     */
    private static final Path PAGES_LOADED = Path.of(System.getProperty("hexmall.browser.pages",
            "target/browser-pages.tsv"));
    private static final boolean FILMSTRIP = Boolean.getBoolean("hexmall.trace.screenshots");
    private static final boolean PAGE_AT_EVERY_STEP = Boolean.getBoolean("hexmall.trace.snapshots");

    /**
     * The running store one test class shares, the browser of the thread that runs the class, and the tab its tests
     * take in turn.
     */
    private record ForTheClass(String name, HexmallApplication hexmall, MovableClock clock, Browser browser, Path data,
                               PagesLoaded pagesLoaded, Tab tab) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            try {
                tab.close();
                hexmall.close();
                pagesLoaded.record(name);
            } finally {
                try (var files = Files.walk(data)) {
                    for (Path file : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                        Files.delete(file);
                    }
                }
            }
        }
    }

    /** One thread's Chromium, closed when the whole test run is over. */
    private record ForTheThread(Playwright playwright, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            try {
                browser.close();
            } finally {
                playwright.close();
            }
        }
    }

    /** The browsing session one test has: its class's tab, reset for it. */
    private record ForTheTest(BrowserContext context, Page page) {
    }

    /**
     * The browser context and page that the tests of one class take in turn, each after the other on the class's
     * thread. A new context costs Chromium a new tab's process and Playwright's driver its set-up, so one is opened
     * per class, not per test (1 to 9 % less processor time in eight browser classes), and reset before each test to
     * what a new one would be: no cookie, no other tab open, no permission, no extra header, the default window size,
     * on a blank page. What it keeps from the tests before is the browser's cache of the style sheet and pictures,
     * which the store serves the same to every visitor: the style sheet at an address that names its version, the
     * pictures for a day.
     */
    private static final class Tab {

        /** Playwright's window size for a new context. */
        private static final int DEFAULT_WIDTH = 1280;
        private static final int DEFAULT_HEIGHT = 720;

        private BrowserContext context;
        private Page page;

        ForTheTest forTest(Browser browser, String baseUrl, PagesLoaded pagesLoaded, String title) {
            if (context == null || page.isClosed() || !browser.isConnected()) {
                close();
                context = browser.newContext(new Browser.NewContextOptions()
                        .setBaseURL(baseUrl)
                        .setLocale("en-US"));
                context.tracing().start(new Tracing.StartOptions().setScreenshots(FILMSTRIP)
                        .setSnapshots(PAGE_AT_EVERY_STEP));
                pagesLoaded.countIn(context);
                page = context.newPage();
            } else {
                for (Page other : context.pages()) {
                    if (other != page) {
                        other.close();
                    }
                }
                page.navigate("about:blank");
                context.clearCookies();
                context.clearPermissions();
                page.setExtraHTTPHeaders(Map.of());
                page.setViewportSize(DEFAULT_WIDTH, DEFAULT_HEIGHT);
            }
            pagesLoaded.countTest();
            context.tracing().startChunk(new Tracing.StartChunkOptions().setTitle(title));
            return new ForTheTest(context, page);
        }

        void close() {
            if (context != null) {
                try {
                    context.close();
                } catch (RuntimeException browserGone) {
                    // A browser that went away took its contexts with it.
                }
                context = null;
                page = null;
            }
        }
    }

    @Override
    public void beforeAll(ExtensionContext classContext) {
        Path data = DATA.resolve(classContext.getRequiredTestClass().getSimpleName() + "-" + UUID.randomUUID());
        var clock = new MovableClock();
        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of("HEXMALL_DEMO_HISTORY", "off",
                        "HEXMALL_DATA_DIR", data.toString()))
                .withPort(0).withDatabaseUrl("jdbc:h2:file:" + data.resolve("hexmall"));
        WithLoginRisk loginRisk = classContext.getRequiredTestClass().getAnnotation(WithLoginRisk.class);
        if (loginRisk != null) {
            config = config.withRisk(RiskSettings.defaults()
                    .withScores(RiskSettings.defaults().stepUpScore(), loginRisk.faceCheckScore(), loginRisk.blockScore())
                    .withFailedLogins(loginRisk.failedLoginsFromAddress(), Duration.ofMinutes(15)));
        }
        if (classContext.getRequiredTestClass().isAnnotationPresent(BehindAReverseProxy.class)) {
            config = config.withTrustedProxies(Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1"));
        }
        WithMaxWallets maxWallets = classContext.getRequiredTestClass().getAnnotation(WithMaxWallets.class);
        if (maxWallets != null) {
            config = config.withMaxWallets(maxWallets.value());
        }
        HexmallApplication hexmall = HexmallApplication.start(config, clock, LightPasswordHashing.HASHER);
        if (classContext.getRequiredTestClass().isAnnotationPresent(WithoutDemoCampaigns.class)) {
            pauseEveryCampaign(hexmall.storage().campaigns(), clock.instant());
        }
        classContext.getStore(NAMESPACE).put(ForTheClass.class,
                new ForTheClass(classContext.getRequiredTestClass().getSimpleName(), hexmall, clock,
                        browserOfThisThread(classContext), data, new PagesLoaded(PAGES_LOADED), new Tab()));
    }

    /**
     * The Chromium of the thread that runs the class, started the first time; kept in the store of the whole run, so
     * that JUnit closes it at the end. One that has gone away (a crash) is replaced by a new one.
     */
    private static Browser browserOfThisThread(ExtensionContext classContext) {
        ExtensionContext.Store run = classContext.getRoot().getStore(NAMESPACE);
        String key = ForTheThread.class.getName() + "@" + Thread.currentThread().threadId();
        ForTheThread mine = run.get(key, ForTheThread.class);
        if (mine != null && mine.browser().isConnected()) {
            return mine.browser();
        }
        if (mine != null) {
            run.remove(key, ForTheThread.class);
            try {
                mine.close();
            } catch (RuntimeException alreadyGone) {
                // A browser that went away cannot say goodbye; the new one does not need it to.
            }
        }
        Playwright playwright = Browsers.startPlaywright();
        ForTheThread started = new ForTheThread(playwright, Browsers.launchChromium(playwright));
        run.put(key, started);
        return started.browser();
    }

    /** Pauses every campaign that could still run, as a supervisor would from the console. */
    private static void pauseEveryCampaign(Campaigns campaigns, Instant now) {
        for (CampaignStanding standing : campaigns.list(1, CAMPAIGNS_AT_MOST).items()) {
            Campaign campaign = standing.campaign();
            if (campaign.endedAt().isEmpty() && !campaign.isPaused() && !campaign.window().hasEndedAt(now)) {
                campaign.pause();
                campaigns.update(campaign);
            }
        }
    }

    @Override
    public void beforeEach(ExtensionContext testContext) {
        ForTheClass shared = testContext.getStore(NAMESPACE).get(ForTheClass.class, ForTheClass.class);
        testContext.getStore(NAMESPACE).put(ForTheTest.class, shared.tab().forTest(shared.browser(),
                shared.hexmall().baseUrl(), shared.pagesLoaded(), testContext.getDisplayName()));
    }

    @Override
    public void afterTestExecution(ExtensionContext testContext) {
        ForTheTest test = testContext.getStore(NAMESPACE).get(ForTheTest.class, ForTheTest.class);
        if (testContext.getExecutionException().isEmpty()) {
            test.context().tracing().stopChunk();
            return;
        }
        Path evidence = EVIDENCE.resolve(testContext.getRequiredTestClass().getSimpleName())
                .resolve(testContext.getRequiredTestMethod().getName());
        try {
            test.page().screenshot(new Page.ScreenshotOptions().setPath(evidence.resolve("screenshot.png"))
                    .setFullPage(true));
            Files.writeString(evidence.resolve("page.html"), test.page().content());
        } catch (IOException notWritten) {
            throw new UncheckedIOException(notWritten);
        } finally {
            test.context().tracing().stopChunk(new Tracing.StopChunkOptions().setPath(evidence.resolve("trace.zip")));
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extensionContext) {
        Class<?> type = parameter.getParameter().getType();
        return type == Page.class || type == MovableClock.class || type == PromotionBudgets.class
                || type == HexmallApplication.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext testContext) {
        if (parameter.getParameter().getType() == MovableClock.class) {
            return testContext.getStore(NAMESPACE).get(ForTheClass.class, ForTheClass.class).clock();
        }
        if (parameter.getParameter().getType() == HexmallApplication.class) {
            return testContext.getStore(NAMESPACE).get(ForTheClass.class, ForTheClass.class).hexmall();
        }
        if (parameter.getParameter().getType() == PromotionBudgets.class) {
            return testContext.getStore(NAMESPACE).get(ForTheClass.class, ForTheClass.class).hexmall()
                    .promotionBudgets();
        }
        return testContext.getStore(NAMESPACE).get(ForTheTest.class, ForTheTest.class).page();
    }
}
