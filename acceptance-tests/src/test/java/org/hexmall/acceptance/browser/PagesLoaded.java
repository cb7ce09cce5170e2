package org.hexmall.acceptance.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts, for one browser class, its tests and the pages that Chromium loaded for them in the tests' own browser
 * contexts (every document a tab or a link opened, not the requests for its style sheet), and adds that as a line
 * to a file the whole run shares: {@code class, tests, pages}, tab-separated. The run's first class begins the file
 * anew.
 */
final class PagesLoaded {

    private static final Object ONE_WRITER_AT_A_TIME = new Object();
    /** Guarded by {@link #ONE_WRITER_AT_A_TIME}. */
    private static boolean runHasWritten;

    private final Path file;
    private final AtomicInteger tests = new AtomicInteger();
    private final AtomicInteger pages = new AtomicInteger();

    PagesLoaded(Path file) {
        this.file = file;
    }

    /** Counts every page the context loads from now on (not the blank page a tab is reset to). */
    void countIn(BrowserContext context) {
        context.onPage(this::countLoads);
    }

    void countTest() {
        tests.incrementAndGet();
    }

    private void countLoads(Page page) {
        page.onLoad(loaded -> {
            if (!loaded.url().startsWith("about:")) {
                pages.incrementAndGet();
            }
        });
    }

    void record(String testClass) {
        String line = testClass + "\t" + tests.get() + "\t" + pages.get() + "\n";
        synchronized (ONE_WRITER_AT_A_TIME) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        runHasWritten ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING);
                runHasWritten = true;
            } catch (IOException notWritten) {
                throw new UncheckedIOException(notWritten);
            }
        }
    }
}
