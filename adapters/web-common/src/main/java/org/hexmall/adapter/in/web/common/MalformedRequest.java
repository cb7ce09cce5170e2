package org.hexmall.adapter.in.web.common;

/**
 * A request hexmall refuses because it cannot be read as sent. It is found before any handler runs and
 * before the session is looked up, so refusing it changes nothing.
 *
 * @param kind    what is wrong; it names the answer's code and the page's message
 * @param status  the refusal's HTTP status, a 4xx
 * @param finding what exactly was found, in English, for the log and for API clients; never the value itself
 */
public record MalformedRequest(Kind kind, int status, String finding) {

    public MalformedRequest {
        if (status < 400 || status > 499) {
            throw new IllegalArgumentException("a malformed request is refused with a 4xx, not " + status);
        }
    }

    static MalformedRequest of(Kind kind, String finding) {
        return new MalformedRequest(kind, kind.status, finding);
    }

    /** A stable code clients can switch on, such as {@code path-encoding}. */
    public String code() {
        return kind.code;
    }

    /** A short English title, the same for every request of this kind. */
    public String title() {
        return kind.title;
    }

    /** What was found and what to send instead, in English. */
    public String detail() {
        return finding + ". " + kind.advice;
    }

    /** What can be wrong with a request, each with the status that says so and what to do instead. */
    public enum Kind {
        PATH_ENCODING("path-encoding", 400, "The address is not properly encoded",
                "Write each reserved or non-ASCII character of the path as '%' and two hexadecimal digits of its "
                        + "UTF-8 bytes."),
        QUERY_ENCODING("query-encoding", 400, "The query is not properly encoded",
                "Write each reserved or non-ASCII character of the query as '%' and two hexadecimal digits of its "
                        + "UTF-8 bytes."),
        FORM_ENCODING("form-encoding", 400, "The form is not properly encoded",
                "Send the form as application/x-www-form-urlencoded in UTF-8, each reserved or non-ASCII character "
                        + "as '%' and two hexadecimal digits."),
        CONTROL_CHARACTER("control-character", 400, "Control characters are not accepted",
                "Leave control characters other than tab and line breaks out of the address and the form."),
        UNSUPPORTED_CHARSET("unsupported-charset", 415, "Character set not supported",
                "Name a character set such as UTF-8 in the charset parameter of Content-Type, or leave it out."),
        MALFORMED_MULTIPART("malformed-multipart", 400, "The multipart body cannot be read",
                "Name the boundary in Content-Type and close the body with it, or send the form as "
                        + "application/x-www-form-urlencoded."),
        TOO_LARGE("request-too-large", 413, "The request is too large",
                "Send a shorter address, fewer or shorter headers, or a smaller body."),
        MALFORMED_HTTP("malformed-http", 400, "The request is not valid HTTP",
                "Send the request as HTTP/1.1 defines it (RFC 9112).");

        private final String code;
        private final int status;
        private final String title;
        private final String advice;

        Kind(String code, int status, String title, String advice) {
            this.code = code;
            this.status = status;
            this.title = title;
            this.advice = advice;
        }

        public String code() {
            return code;
        }
    }
}
