package org.hexmall.adapter.in.web.api;

import org.hexmall.adapter.in.web.common.MalformedRequest;
import org.hexmall.adapter.in.web.common.RefusalFormat;

/**
 * The API's answer to a request the server refuses before any endpoint runs, because it cannot read it (a broken
 * escape in the path, a character set it does not know): a problem, like every other answer of the API, instead of
 * the storefront's page. The shared web plumbing finds such requests ({@code MalformedRequests}) and asks this
 * format how to word the refusal under {@value ApiRoutes#PREFIX}.
 */
public final class ApiRefusals implements RefusalFormat {

    /** @param path the request's path as sent */
    @Override
    public boolean covers(String path) {
        return path.equals(ApiRoutes.PREFIX) || path.startsWith(ApiRoutes.PREFIX + "/");
    }

    /** The problem's JSON, its {@code instance} the path as sent. */
    @Override
    public Body render(MalformedRequest refusal, String path) {
        return new Body(ApiResponses.PROBLEM_JSON, Json.write(
                Problem.of(refusal.status(), refusal.code(), refusal.title(), refusal.detail()).body(path)));
    }
}
