package org.hexmall.acceptance.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends hexmall's forms as the browser would, through the test's browser context's own request API: the same cookies
 * go and come back, but Chromium loads no page. For what is already the case before a test, not for what it is about.
 */
final class FormsOverHttp {

    private static final Pattern TOKEN_INPUT = Pattern.compile("<input[^>]*name=\"_csrf\"[^>]*>");
    private static final Pattern VALUE = Pattern.compile("value=\"([^\"]*)\"");
    /** What a refused form says: the notice above it and the errors under its inputs. */
    private static final Pattern REFUSAL = Pattern.compile(
            "class=\"(?:notice error|field-error)\"[^>]*>\\s*(?:<span[^>]*>)?([^<]+)");

    private FormsOverHttp() {
    }

    /** A form page as the server answered it, with the token its forms carry. */
    record FormPage(Page page, String path, String html, String host, String token) {

        /**
         * Posts the fields, with the page's token, to the form's action; leaves any redirect for the caller to read.
         */
        APIResponse submit(String action, Map<String, String> fields) {
            FormData form = FormData.create().set("_csrf", token);
            fields.forEach(form::set);
            return page.context().request().post(action, RequestOptions.create().setForm(form).setMaxRedirects(0));
        }
    }

    /** Gets a page with a form, as following a link to it would, and reads the token its forms carry. */
    static FormPage open(Page page, String path) {
        APIResponse answer = page.context().request().get(path, RequestOptions.create().setMaxRedirects(0));
        String html = answer.text();
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status() + " " + redirectOf(answer)
                    + ", not the form page");
        }
        Matcher input = TOKEN_INPUT.matcher(html);
        Matcher value = input.find() ? VALUE.matcher(input.group()) : null;
        if (value == null || !value.find() || value.group(1).isEmpty()) {
            throw new AssertionError("the page at " + path + " has no form token");
        }
        return new FormPage(page, path, html, URI.create(answer.url()).getHost(), value.group(1));
    }

    /** Gets a page the way following a link would, and gives its HTML; fails unless it answered 200. */
    static String read(Page page, String path) {
        APIResponse answer = page.context().request().get(path);
        if (answer.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + answer.status());
        }
        return answer.text();
    }

    /**
     * Checks that a form's answer redirects where a form that was taken goes; otherwise fails naming what was done
     * and what the answer said instead.
     */
    static void assertRedirectsTo(APIResponse answer, String expectedLocation, String whatWasDone) {
        assertRedirect(answer, redirectOf(answer).equals(expectedLocation), expectedLocation, whatWasDone);
    }

    /** Like {@link #assertRedirectsTo}, for a redirect whose address begins as given. */
    static void assertRedirectsToBeginning(APIResponse answer, String locationBeginning, String whatWasDone) {
        assertRedirect(answer, redirectOf(answer).startsWith(locationBeginning), locationBeginning + "…",
                whatWasDone);
    }

    private static void assertRedirect(APIResponse answer, boolean whereExpected, String expected, String whatWasDone) {
        if (answer.status() / 100 != 3 || !whereExpected) {
            String location = redirectOf(answer);
            throw new AssertionError(whatWasDone + ": expected a redirect to " + expected + " but the answer was "
                    + answer.status() + (location.isEmpty() ? "" : " to " + location) + refusalIn(answer));
        }
    }

    /** The text as the server's pages write it between tags. */
    static String asHtmlText(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String redirectOf(APIResponse answer) {
        String location = answer.headers().get("location");
        return location == null ? "" : location;
    }

    private static String refusalIn(APIResponse answer) {
        List<String> said = new ArrayList<>();
        Matcher refusal = REFUSAL.matcher(answer.text());
        while (refusal.find()) {
            said.add(refusal.group(1).strip());
        }
        return said.isEmpty() ? "" : ", saying " + String.join(" / ", said);
    }
}
