package org.hexmall.adapter.in.web.common;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.component.LifeCycle;

/**
 * The method and path of a request line that Jetty could not read, which Jetty itself forgets: for an address too long
 * to read, a raw control character in it or an escape such as {@code %zz} that is not hexadecimal, it answers a
 * stand-in request for {@code /badMessage}, without the request's headers. Knowing the path, {@link JettyRefusals}
 * answers in the format of the part of the site the request was meant for (the JSON API's problem for a client of the
 * API) rather than always with the pages' HTML.
 *
 * <p>Each HTTP/1.1 connection's parser keeps a copy of the first bytes of every request as it begins to read it: a
 * copy of a few hundred bytes into an array of its own, nothing allocated, and read only when a request is refused.
 */
final class UnreadableRequestLines {

    /** The method Jetty gives the request it makes up for a request line it could not read. */
    private static final String STAND_IN_METHOD = "BAD";
    /** Enough of a request line to tell which part of the site it was for and to show it in the log. */
    private static final int KEPT_BYTES = 256;

    /** The method and path of a request line, as they were sent. */
    record RequestLine(String method, String path) {
    }

    private UnreadableRequestLines() {
    }

    /** Puts a parser that keeps the start of each request on every HTTP/1.1 connector as the server starts. */
    static void keepOn(Server server) {
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    var http = connector.getConnectionFactory(HttpConnectionFactory.class);
                    if (connector instanceof AbstractConnector withFactories && http != null
                            && http.getClass() == HttpConnectionFactory.class) {
                        withFactories.addConnectionFactory(new Factory(http));
                    }
                }
            }
        });
    }

    /**
     * The request line Jetty could not read, when {@code request} is Jetty's stand-in for it; empty for any other
     * request, and when too little of the line came to tell its method from its target.
     */
    static Optional<RequestLine> of(Request request) {
        if (STAND_IN_METHOD.equals(request.getMethod())
                && request.getConnectionMetaData().getConnection() instanceof HttpConnection connection
                && connection.getParser() instanceof StartKeepingParser parser) {
            return parser.requestLine();
        }
        return Optional.empty();
    }

    /** The request line at the start of {@code bytes}, read as ISO-8859-1 so that every byte stays one character. */
    static Optional<RequestLine> parse(byte[] bytes, int length) {
        String start = new String(bytes, 0, length, StandardCharsets.ISO_8859_1).stripLeading();
        int methodEnd = start.indexOf(' ');
        if (methodEnd <= 0) {
            return Optional.empty();
        }
        int targetEnd = methodEnd + 1;
        while (targetEnd < start.length() && " \r\n".indexOf(start.charAt(targetEnd)) < 0) {
            targetEnd++;
        }
        String target = start.substring(methodEnd + 1, targetEnd);
        return target.isEmpty() ? Optional.empty() : Optional.of(new RequestLine(start.substring(0, methodEnd),
                pathOf(target)));
    }

    /** The path of an origin-form ({@code /a?b}) or absolute-form ({@code http://host/a?b}) target. */
    private static String pathOf(String target) {
        String path = target;
        int scheme = path.indexOf("://");
        if (!path.startsWith("/") && scheme >= 0) {
            int slash = path.indexOf('/', scheme + 3);
            path = slash < 0 ? "/" : path.substring(slash);
        }
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static final class Factory extends HttpConnectionFactory {

        Factory(HttpConnectionFactory replaced) {
            super(replaced.getHttpConfiguration());
            setInputBufferSize(replaced.getInputBufferSize());
            setTransferEncodingChunkMaxLength(replaced.getTransferEncodingChunkMaxLength());
            setUseInputDirectByteBuffers(replaced.isUseInputDirectByteBuffers());
            setUseOutputDirectByteBuffers(replaced.isUseOutputDirectByteBuffers());
        }

        @Override
        public Connection newConnection(Connector connector, EndPoint endPoint) {
            var connection = new StartKeepingConnection(getHttpConfiguration(), connector, endPoint);
            connection.setTransferEncodingChunkMaxLength(getTransferEncodingChunkMaxLength());
            return configure(connection, connector, endPoint);
        }
    }

    private static final class StartKeepingConnection extends HttpConnection {

        StartKeepingConnection(HttpConfiguration configuration, Connector connector, EndPoint endPoint) {
            super(configuration, connector, endPoint);
        }

        /** Jetty's own parser, configured as Jetty configures it, keeping the start of each request. */
        @Override
        protected HttpParser newHttpParser(HttpCompliance compliance) {
            HttpParser jettys = super.newHttpParser(compliance);
            var parser = new StartKeepingParser((HttpParser.RequestHandler) jettys.getHandler(),
                    getHttpConfiguration().getRequestHeaderSize(), compliance);
            parser.setHeaderCacheSize(jettys.getHeaderCacheSize());
            parser.setHeaderCacheCaseSensitive(jettys.isHeaderCacheCaseSensitive());
            return parser;
        }
    }

    private static final class StartKeepingParser extends HttpParser {

        private final byte[] start = new byte[KEPT_BYTES];
        /** Written and read on the connection's own thread, as it reads a request and answers the one it refused. */
        private int kept;

        StartKeepingParser(RequestHandler handler, int maxHeaderBytes, HttpCompliance compliance) {
            super(handler, maxHeaderBytes, compliance);
        }

        @Override
        public boolean parseNext(ByteBuffer buffer) {
            if (isStart()) {
                kept = Math.min(buffer.remaining(), start.length);
                buffer.get(buffer.position(), start, 0, kept);
            }
            return super.parseNext(buffer);
        }

        Optional<RequestLine> requestLine() {
            return parse(start, kept);
        }
    }
}
