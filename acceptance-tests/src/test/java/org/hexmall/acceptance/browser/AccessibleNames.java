package org.hexmall.acceptance.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;

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

    /**
     * What a list of terms and values (a {@code <dl>}) says for the term: on "Order number 2611 2204 5584",
     * {@code definitionOf(page, "Order number")} is the "2611 2204 5584" beside it.
     */
    static Locator definitionOf(Page page, String term) {
        return page.getByRole(AriaRole.TERM)
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + literally(term) + "\\s*$")))
                .locator("xpath=./following-sibling::dd[1]");
    }

    /** {@link #definitionOf(Page, String)} inside one part of a page, such as one payment's section. */
    static Locator definitionOf(Locator section, String term) {
        return section.getByRole(AriaRole.TERM)
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^\\s*" + literally(term) + "\\s*$")))
                .locator("xpath=./following-sibling::dd[1]");
    }

    /**
     * The text as a part of a regular expression that matches it literally. Playwright runs patterns in the
     * browser, whose regular expressions know no {@code \Q…\E}, so {@link Pattern#quote} will not do.
     */
    static String literally(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }
}
