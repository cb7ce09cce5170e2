package org.hexmall.adapter.in.web.common;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty refuses before Javalin sees them (an escape that is not hexadecimal, bytes that
 * are not UTF-8 in the path, a control character in a header, an over-long address or header) as
 * {@link MalformedRequests} answers the others, instead of Jetty's own page. When the request line itself could not
 * be read, Jetty answers a stand-in request of its own; the path then comes from {@link UnreadableRequestLines}.
 */
final class JettyRefusals extends ErrorHandler {

    private final MalformedRequests refusals;

    JettyRefusals(MalformedRequests refusals) {
        this.refusals = refusals;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        int status = request.getAttribute(ERROR_EXCEPTION) instanceof HttpException refused
                ? refused.getCode() : response.getStatus();
        if (status < 400 || status > 499) {
            return super.handle(request, response, callback);
        }
        MalformedRequest malformed = malformed(status, (String) request.getAttribute(ERROR_MESSAGE));
        var line = UnreadableRequestLines.of(request).orElseGet(
                () -> new UnreadableRequestLines.RequestLine(request.getMethod(), request.getHttpURI().getPath()));
        String path = line.path();
        refusals.log(line.method(), path, malformed);
        var answer = refusals.answer(malformed, path, request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        response.setStatus(status);
        // The connection, not the request, says whether it came over TLS: a request Jetty refuses never reaches the
        // customizer that marks requests secure.
        SecurityHeaders.forEach(request.getConnectionMetaData().isSecure(), response.getHeaders()::put);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.contentType());
        // Jetty could not read the request to its end, so it cannot tell where a next one would begin, and closes the
        // connection after this answer: saying so keeps a client from sending its next request into a closing one.
        response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        response.write(true, ByteBuffer.wrap(answer.bytes()), callback);
        return true;
    }

    private static MalformedRequest malformed(int status, String reason) {
        String finding = "The server could not read it" + (reason == null ? "" : " (" + reason + ")");
        return switch (status) {
            case 413, 414, 431 -> new MalformedRequest(MalformedRequest.Kind.TOO_LARGE, status, finding);
            default -> new MalformedRequest(MalformedRequest.Kind.MALFORMED_HTTP, status, finding);
        };
    }
}
