package org.hexmall.adapter.in.web.api;

/**
 * The API's answer to a request the server refuses before any endpoint runs, because it cannot read it (a
 * broken escape in the path, a character set it does not know): a problem, like every other answer of the
 * API, instead of the storefront's page. The server's shared web plumbing finds such requests; the
 * composition root has it ask this class how to answer them under {@value ApiRoutes#PREFIX}.
 */
public final class ApiRefusals {

    /** The Content-Type of every refusal. */
    public static final String CONTENT_TYPE = ApiResponses.PROBLEM_JSON;

    private ApiRefusals() {
    }

    /** @param path the request's path as sent */
    public static boolean covers(String path) {
        return path.equals(ApiRoutes.PREFIX) || path.startsWith(ApiRoutes.PREFIX + "/");
    }

    /** The problem's JSON, its {@code instance} the path as sent. */
    public static byte[] problem(int status, String code, String title, String detail, String path) {
        return Json.write(Problem.of(status, code, title, detail).body(path));
    }
}
