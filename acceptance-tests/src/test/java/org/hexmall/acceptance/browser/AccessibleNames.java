package org.hexmall.acceptance.browser;

import com.microsoft.playwright.Page;

/**
 * Finds buttons, links and headings by the name a screen reader announces, as a person would
 * read them: {@code page.getByRole(AriaRole.BUTTON, named("Register"))}.
 */
final class AccessibleNames {

    private AccessibleNames() {
    }

    /** Any element whose accessible name contains the text (ignoring case). */
    static Page.GetByRoleOptions named(String text) {
        return new Page.GetByRoleOptions().setName(text);
    }

    /** Only the element named exactly so: tells the "Log in" link from an "or log in" link. */
    static Page.GetByRoleOptions namedExactly(String text) {
        return new Page.GetByRoleOptions().setName(text).setExact(true);
    }

    /** The input whose label is exactly the text: tells "Password" from "Repeat password". */
    static Page.GetByLabelOptions exactly() {
        return new Page.GetByLabelOptions().setExact(true);
    }
}
