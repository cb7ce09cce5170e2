package org.hexmall.simulator.web;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * What the site that mounts a simulator's pages tells them about its visitor, so that they fit into it: hexmall's
 * demo server serves them beside the store, in the language the visitor chose there and behind its form check.
 */
public interface PageHost {

    /** The language the visitor chose on the host's site. */
    Locale language(Context ctx);

    /** The token the host's form check expects in the {@code _csrf} field of every form the pages post. */
    String formToken(Context ctx);

    /** Where a link switches the visitor's language on the host's site and then comes back to {@code back}. */
    String languageLink(Locale language, String back);

    /**
     * The language link of the page answering this request: by default back to the request's own address; a host
     * that knows its pages may lead a page that answers a form back to one a GET shows.
     */
    default String languageLink(Context ctx, Locale language) {
        return languageLink(language, ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString());
    }

    /**
     * Where the pages link one of the host's files, such as its style sheet ({@code app.css}): by default its plain
     * address under {@code /static/}; a host whose addresses name each file's version lets the browser keep it.
     */
    default String fileAddress(String name) {
        return "/static/" + name;
    }
}
