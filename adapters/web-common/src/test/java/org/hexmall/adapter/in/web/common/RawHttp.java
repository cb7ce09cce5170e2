package org.hexmall.adapter.in.web.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sends a request exactly as written, byte for byte, over a plain socket: Java's HTTP client refuses to
 * send the broken addresses and headers these tests are about. Shared with the acceptance tests through this
 * module's test jar.
 */
public final class RawHttp {

    private RawHttp() {
    }

    public static Reply get(int port, String target, String... headerLines) {
        return send(port, "GET", target, headerLines, new byte[0]);
    }

    public static Reply post(int port, String target, String contentType, String body, String... headerLines) {
        String[] lines = Arrays.copyOf(headerLines, headerLines.length + 1);
        lines[headerLines.length] = "Content-Type: " + contentType;
        return send(port, "POST", target, lines, body.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The target and header lines go out as ISO-8859-1, one byte per character, so any byte can be sent. */
    public static Reply send(int port, String method, String target, String[] headerLines, byte[] body) {
        StringBuilder head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: localhost\r\n");
        for (String line : headerLines) {
            head.append(line).append("\r\n");
        }
        head.append("Connection: close\r\nContent-Length: ").append(body.length).append("\r\n\r\n");
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            try {
                socket.getOutputStream().write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().write(body);
                socket.getOutputStream().flush();
            } catch (SocketException answeredBeforeTheEnd) {
                // The server may refuse a request before reading all of it, and close the connection.
            }
            return Reply.parse(readAll(socket.getInputStream()));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        var received = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int read = in.read(chunk); read != -1; read = in.read(chunk)) {
                received.write(chunk, 0, read);
            }
        } catch (SocketException resetAfterAnswering) {
            // Jetty may reset a connection whose request it refused, once it has answered: keep the answer.
        }
        return received.toByteArray();
    }

    public record Reply(int status, Map<String, String> headers, String body) {

        static Reply parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int endOfHead = text.indexOf("\r\n\r\n");
            if (endOfHead < 0) {
                throw new AssertionError("no complete answer: " + text);
            }
            String[] head = text.substring(0, endOfHead).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < head.length; i++) {
                int colon = head[i].indexOf(':');
                headers.put(head[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        head[i].substring(colon + 1).strip());
            }
            byte[] body = Arrays.copyOfRange(raw, endOfHead + 4, raw.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = unchunked(body);
            }
            return new Reply(Integer.parseInt(head[0].split(" ")[1]), headers,
                    new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunked(byte[] chunked) {
            var body = new ByteArrayOutputStream();
            String text = new String(chunked, StandardCharsets.ISO_8859_1);
            int at = 0;
            while (true) {
                int endOfSize = text.indexOf("\r\n", at);
                int size = Integer.parseInt(text.substring(at, endOfSize).split(";")[0].strip(), 16);
                if (size == 0) {
                    return body.toByteArray();
                }
                body.write(chunked, endOfSize + 2, size);
                at = endOfSize + 2 + size + 2;
            }
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }
    }
}
