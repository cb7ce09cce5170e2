package org.hexmall.acceptance.browser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a class of end-to-end tests that drive hexmall through a real browser. The class gets its
 * own running hexmall with fresh demo data; each test gets a {@link com.microsoft.playwright.Page}
 * parameter in a new browser context, whose relative URLs ({@code page.navigate("/login")}) go to that
 * hexmall. A test that must make time pass there (a code that expires) also takes a {@link MovableClock}
 * parameter. See {@link BrowserFlowExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(BrowserFlowExtension.class)
public @interface BrowserFlowTest {
}
