package org.hexmall.acceptance.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

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

    /** {@link #named} for looking inside one part of a page: {@code section.getByRole(BUTTON, namedWithin("Apply"))}. */
    static Locator.GetByRoleOptions namedWithin(String text) {
        return new Locator.GetByRoleOptions().setName(text);
    }

    /** {@link #namedExactly} for looking inside one part of a page. */
    static Locator.GetByRoleOptions namedExactlyWithin(String text) {
        return new Locator.GetByRoleOptions().setName(text).setExact(true);
    }

    /** The input whose label is exactly the text: tells "Password" from "Repeat password". */
    static Page.GetByLabelOptions exactly() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    /** A table's rows of data: those with cells, not the header row of column headers. */
    static Locator dataRows(Locator table) {
        return table.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions()
                .setHas(table.page().getByRole(AriaRole.CELL)));
    }
}
