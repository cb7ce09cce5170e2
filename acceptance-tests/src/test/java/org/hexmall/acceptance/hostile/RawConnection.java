package org.hexmall.acceptance.hostile;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One kept-alive connection to hexmall that sends requests byte for byte, as a plain socket lets one send what no
 * HTTP client would. Hundreds of thousands of requests go through a few connections rather than one each, so the
 * machine does not run out of ports; when hexmall closes the connection (as it does after some refusals), the next
 * request opens a new one.
 */
final class RawConnection implements AutoCloseable {

    private static final int TIMEOUT_MILLIS = 60_000;

    private final int port;
    private Socket socket;
    private InputStream in;

    RawConnection(int port) {
        this.port = port;
    }

    /** What hexmall answered: its status, headers (names in lower case) and body as UTF-8 text. */
    record Answer(int status, Map<String, String> headers, String body) {

        String header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), "");
        }
    }

    /**
     * Sends one request: the method, target and header lines as ISO-8859-1 (one byte per character, so any byte can be
     * sent), then the body with its length.
     */
    Answer send(String method, String target, Iterable<String> headerLines, byte[] body) {
        var head = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
        byte[] request = concat(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
        try {
            return exchange(request);
        } catch (NotAnAnswer outOfStep) {
            close();
            throw new UncheckedIOException("the connection was out of step with the requests after " + method + " "
                    + target, outOfStep);
        } catch (IOException brokenConnection) {
            close();
        }
        // hexmall had closed the kept connection while it was idle, or a new connection was reset before it carried
        // the request (once in 273,000 requests of a long run, which opens hundreds of connections a second; sent
        // alone, the same request was answered): send the request again on a new one. A request that hexmall itself
        // leaves unanswered is left unanswered again.
        try {
            return exchange(request);
        } catch (IOException noAnswer) {
            close();
            throw new UncheckedIOException("hexmall gave no answer to " + method + " " + target, noAnswer);
        }
    }

    private Answer exchange(byte[] request) throws IOException {
        if (socket == null) {
            socket = new Socket("localhost", port);
            socket.setSoTimeout(TIMEOUT_MILLIS);
            socket.setTcpNoDelay(true);
            // Closing resets the connection instead of leaving this side's port waiting for minutes.
            socket.setSoLinger(true, 0);
            in = new BufferedInputStream(socket.getInputStream(), 65_536);
        }
        try {
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
        } catch (SocketException refusedBeforeTheEnd) {
            // hexmall may answer and close before reading a body it refuses; read what it answered.
        }
        Answer answer = read();
        if (answer.header("connection").equalsIgnoreCase("close")) {
            close();
        }
        return answer;
    }

    private Answer read() throws IOException {
        Answer answer = readOne();
        while (answer.status() / 100 == 1) {
            // "100 Continue" to a request that sent its body at once: the answer follows
            answer = readOne();
        }
        return answer;
    }

    private Answer readOne() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/") || !parts[1].matches("\\d{3}")) {
            throw new NotAnAnswer(statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new TreeMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim(),
                        (first, second) -> first + ", " + second);
            }
        }
        byte[] body;
        if (headers.getOrDefault("transfer-encoding", "").equalsIgnoreCase("chunked")) {
            body = chunked();
        } else if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if (status == 204 || status == 304 || status / 100 == 1) {
            body = new byte[0];
        } else {
            body = untilClosed();
            headers.put("connection", "close");
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private byte[] chunked() throws IOException {
        var body = new ByteArrayOutputStream();
        for (String size = line(); size != null; size = line()) {
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not looked at
                }
                break;
            }
            body.write(in.readNBytes(length));
            line();
        }
        return body.toByteArray();
    }

    private byte[] untilClosed() throws IOException {
        try {
            return in.readAllBytes();
        } catch (SocketException reset) {
            return new byte[0];
        }
    }

    private String line() throws IOException {
        var line = new ByteArrayOutputStream();
        int b;
        try {
            b = in.read();
        } catch (SocketException reset) {
            return null;
        }
        if (b == -1) {
            return null;
        }
        while (b != -1 && b != '\n') {
            if (b != '\r') {
                line.write(b);
            }
            b = in.read();
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * What came where an answer should start but is not the start of one: bytes the connection carried beyond an
     * earlier answer, which put it out of step with the requests. Closing it puts the next request in step again; the
     * request that met them is reported, not sent again.
     */
    private static final class NotAnAnswer extends IOException {
        NotAnAnswer(String line) {
            super("not the start of an answer: " + (line.length() > 200 ? line.substring(0, 200) + "…" : line));
        }
    }

    private static byte[] concat(byte[] head, byte[] body) {
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException alreadyGone) {
                // nothing left to release
            }
            socket = null;
            in = null;
        }
    }
}
