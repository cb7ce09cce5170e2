package org.hexmall.acceptance.browser;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store's and the simulators' pages and forms as the shopper's browser would fetch and send them, but over the
 * browser context's own request API: the same cookies, and no page for Chromium to load. For what is already the case
 * before a test, never for what the test is about. A form is read from its page (its address and hidden fields, the
 * form token among them) and sent with the fields a person would type, its redirects followed ({@link #submit}) or
 * read ({@link #sendWithoutFollowing}). Each step names itself, so that a failure says which one went wrong and where
 * it ended.
 */
final class HttpForms {

    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)=\"([^\"]*)\"");
    private static final Pattern OPTION = Pattern.compile("<option\\b([^>]*)>(.*?)</option>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern LINK = Pattern.compile("<a\\b([^>]*)>(.*?)</a>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("<h1\\b[^>]*>(.*?)</h1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    /** What a page alerts to: its notices, and the errors beside its fields. */
    private static final Pattern ALERT = Pattern.compile(
            "<(div|p)\\b[^>]*(?:role=\"alert\"|class=\"field-error\")[^>]*>(.*?)</\\1>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LABEL = Pattern.compile("<label\\b([^>]*)>(.*?)</label>",
            Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    /** A form read from its page: the address it is sent to and its hidden fields. */
    record Form(String action, Map<String, String> hidden) {
    }

    private HttpForms() {
    }

    /** Opens a page of the store or a simulator by its address; a step that answers with an error fails. */
    static APIResponse get(Page page, String address, String step) {
        APIResponse answer = page.context().request().get(address);
        if (!answer.ok()) {
            throw new AssertionError(step + ": " + address + " answered " + answer.status() + " at "
                    + answer.url() + describe(answer));
        }
        return answer;
    }

    /** Sends a form as its page would, its hidden fields and the fields given, and follows where it leads. */
    static APIResponse submit(Page page, Form form, Map<String, String> typed, String step) {
        FormData fields = FormData.create();
        form.hidden().forEach(fields::set);
        typed.forEach(fields::set);
        APIResponse answer = page.context().request().post(form.action(), RequestOptions.create().setForm(fields));
        if (!answer.ok()) {
            throw new AssertionError(step + ": sending the form to " + form.action() + " answered "
                    + answer.status() + " at " + answer.url() + describe(answer));
        }
        return answer;
    }

    /**
     * Sends a form as its page would, and leaves its answer as it came, a redirect not followed: for a form whose
     * success is where it redirects to ({@link #assertRedirectsTo}).
     */
    static APIResponse sendWithoutFollowing(Page page, Form form, Map<String, String> typed) {
        FormData fields = FormData.create();
        form.hidden().forEach(fields::set);
        typed.forEach(fields::set);
        return page.context().request().post(form.action(), RequestOptions.create().setForm(fields)
                .setMaxRedirects(0));
    }

    /** Fails the step unless the form's answer redirects to exactly this address. */
    static void assertRedirectsTo(APIResponse answer, String address, String step) {
        assertRedirect(answer, address::equals, address, step);
    }

    /** Fails the step unless the form's answer redirects to an address that begins as given. */
    static void assertRedirectsToBeginning(APIResponse answer, String beginning, String step) {
        assertRedirect(answer, location -> location.startsWith(beginning), beginning + "…", step);
    }

    private static void assertRedirect(APIResponse answer, Predicate<String> where, String expected, String step) {
        String location = Optional.ofNullable(answer.headers().get("location")).orElse("");
        if (answer.status() / 100 != 3 || !where.test(location)) {
            throw new AssertionError(step + ": expected a redirect to " + expected + ", but the answer was "
                    + answer.status() + (location.isEmpty() ? "" : " to " + location) + describe(answer));
        }
    }

    /** The form on the page whose address the test recognizes, with that address made whole. */
    static Form form(APIResponse page, Predicate<String> action, String step) {
        Matcher form = FORM.matcher(page.text());
        while (form.find()) {
            Optional<String> address = attribute(form.group(1), "action").filter(action);
            if (address.isPresent()) {
                Map<String, String> hidden = new LinkedHashMap<>();
                Matcher input = INPUT.matcher(form.group(2));
                while (input.find()) {
                    if (attribute(input.group(1), "type").filter("hidden"::equalsIgnoreCase).isPresent()) {
                        attribute(input.group(1), "name").ifPresent(name ->
                                hidden.put(name, attribute(input.group(1), "value").orElse("")));
                    }
                }
                return new Form(URI.create(page.url()).resolve(address.get()).toString(), hidden);
            }
        }
        throw new AssertionError(step + ": no such form on " + page.url() + describe(page));
    }

    /** The address of the link whose text is exactly the one given, made whole. */
    static String link(APIResponse page, String text, String step) {
        Matcher link = LINK.matcher(page.text());
        while (link.find()) {
            Optional<String> address = attribute(link.group(1), "href");
            if (address.isPresent() && textOf(link.group(2)).equals(text)) {
                return URI.create(page.url()).resolve(address.get()).toString();
            }
        }
        throw new AssertionError(step + ": no link \"" + text + "\" on " + page.url() + describe(page));
    }

    /** The value of the choice of a list on the page whose text is exactly the one given. */
    static String option(APIResponse page, String text, String step) {
        Matcher option = OPTION.matcher(page.text());
        while (option.find()) {
            Optional<String> value = attribute(option.group(1), "value");
            if (value.isPresent() && textOf(option.group(2)).equals(text)) {
                return value.get();
            }
        }
        throw new AssertionError(step + ": no choice \"" + text + "\" on " + page.url() + describe(page));
    }

    /**
     * The value of the choice among the radio buttons of that name whose label begins with the text given, as a person
     * picks "Alipay 138****0001" whether or not the label goes on with "Preferred".
     */
    static String radio(APIResponse page, String name, String labelText, String step) {
        Map<String, String> labels = new LinkedHashMap<>();
        Matcher label = LABEL.matcher(page.text());
        while (label.find()) {
            attribute(label.group(1), "for").ifPresent(id -> labels.put(id, textOf(label.group(2))));
        }
        Matcher input = INPUT.matcher(page.text());
        while (input.find()) {
            String attributes = input.group(1);
            boolean ours = attribute(attributes, "type").filter("radio"::equalsIgnoreCase).isPresent()
                    && attribute(attributes, "name").filter(name::equals).isPresent();
            Optional<String> labelled = attribute(attributes, "id").map(labels::get);
            if (ours && labelled.filter(text -> text.startsWith(labelText)).isPresent()) {
                return attribute(attributes, "value").orElse("on");
            }
        }
        throw new AssertionError(step + ": no choice \"" + labelText + "\" for " + name + " on " + page.url()
                + describe(page));
    }

    /** The page's heading, as its text reads. */
    static String heading(APIResponse page) {
        Matcher heading = HEADING.matcher(page.text());
        return heading.find() ? textOf(heading.group(1)) : "";
    }

    /** Fails the step unless the page it ended on has this heading. */
    static void assertHeading(APIResponse page, String expected, String step) {
        if (!heading(page).equals(expected)) {
            throw new AssertionError(step + ": expected the page \"" + expected + "\", but it ended on "
                    + page.url() + describe(page));
        }
    }

    /** What a person would see of a page at a glance: its heading, and what it alerts to, if anything. */
    static String describe(APIResponse page) {
        StringBuilder seen = new StringBuilder(", headed \"" + heading(page) + "\"");
        Matcher alert = ALERT.matcher(page.text());
        while (alert.find()) {
            seen.append(", saying \"").append(textOf(alert.group(2))).append('"');
        }
        return seen.toString();
    }

    /** An element's text: its tags left out, its character references read, its white space as a page shows it. */
    static String textOf(String html) {
        return unescape(TAG.matcher(html).replaceAll(" ")).replaceAll("\\s+", " ").strip();
    }

    private static Optional<String> attribute(String attributes, String name) {
        Matcher attribute = ATTRIBUTE.matcher(attributes);
        while (attribute.find()) {
            if (attribute.group(1).equalsIgnoreCase(name)) {
                return Optional.of(unescape(attribute.group(2)));
            }
        }
        return Optional.empty();
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
