package org.hexmall.adapter.in.web.common;

/**
 * How one part of the site words its refusal of a malformed request, for the paths it serves: the JSON
 * API answers {@code application/problem+json} where the pages answer HTML. {@link MalformedRequests}
 * asks each format in turn and answers with the friendly page where none covers the path.
 */
public interface RefusalFormat {

    /** @param path the request's path as sent, not decoded */
    boolean covers(String path);

    /** The body of the refusal; {@link MalformedRequests} sets its status and logs it. */
    Body render(MalformedRequest refusal, String path);

    /** @param contentType the full Content-Type, with its charset */
    record Body(String contentType, byte[] bytes) {
    }
}
