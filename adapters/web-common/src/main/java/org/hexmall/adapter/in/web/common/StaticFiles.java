package org.hexmall.adapter.in.web.common;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * {@code GET /static/{file}}: the style sheet and any other file under {@code public/} on the class path, read once
 * into memory on its first request and answered from there. The pages link each file at an address that names its
 * version ({@link #address(String)}), which a browser keeps for a year without asking again: a page view costs no
 * request for the style sheet, which the browser would otherwise have to check before it could draw the page, and an
 * upgrade's new version has a new address. At any other address (no version, or an old one) a file is answered with a
 * validator, so that a browser asks again each time, cheaply ({@code 304 Not Modified}).
 *
 * <p>A handful of small files needs no file server: serving them from the class path this way keeps the runnable jar
 * closed, where a general static-file handler would open it as a file system with an entry for each of its tens of
 * thousands of classes, held for as long as hexmall runs.
 */
public final class StaticFiles {

    public static final String PREFIX = "/static/";
    /**
     * Where browsers look for a site's icon when a page names none (and some tools always do): answered with the
     * same drawing that every page's head links as {@code /static/favicon.svg}.
     */
    public static final String FAVICON = "/favicon.ico";
    private static final String FAVICON_FILE = "favicon.svg";
    /** Plain names only: no folders, no dots but the extension's, so no request can reach outside {@code public/}. */
    private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*\\.([a-z0-9]+)");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "css", "text/css; charset=UTF-8",
            "js", "text/javascript; charset=UTF-8",
            "svg", "image/svg+xml; charset=UTF-8",
            "png", "image/png",
            "ico", "image/x-icon",
            "txt", "text/plain; charset=UTF-8");

    /** How long a browser keeps a file fetched at its versioned address: a year, the most HTTP caches honour. */
    private static final String KEEP_FOR_A_YEAR = "public, max-age=31536000, immutable";
    private static final String VERSION = "v";

    private final String folder;
    /** Only files that exist: a miss is not remembered, so requests for made-up names cannot fill the memory. */
    private final Map<String, File> files = new ConcurrentHashMap<>();

    /** Serves the files in the class-path folder {@code public}. */
    public StaticFiles() {
        this("public");
    }

    StaticFiles(String folder) {
        this.folder = folder;
    }

    public void register(RoutesConfig routes) {
        routes.get(PREFIX + "{file}", ctx -> serve(ctx, ctx.pathParam("file")));
        routes.get(FAVICON, ctx -> serve(ctx, FAVICON_FILE));
    }

    /**
     * Where the pages link the file {@code name} (such as {@code app.css}): its address with its version, which
     * changes with its content.
     *
     * @throws IllegalArgumentException when there is no such file, so that a template linking one fails in its tests
     */
    public String address(String name) {
        File file = file(name).orElseThrow(() -> new IllegalArgumentException("no file " + name + " in " + folder));
        return PREFIX + name + "?" + VERSION + "=" + file.version();
    }

    private void serve(Context ctx, String name) {
        Optional<File> file = file(name);
        if (file.isEmpty()) {
            ctx.status(404);
            return;
        }
        File found = file.get();
        ctx.header("Cache-Control", found.version().equals(ctx.queryParam(VERSION)) ? KEEP_FOR_A_YEAR : "no-cache");
        ctx.header("ETag", found.etag());
        if (found.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(found.contentType());
        ctx.result(found.bytes());
    }

    private Optional<File> file(String name) {
        File found = files.get(name);
        if (found != null) {
            return Optional.of(found);
        }
        Optional<File> loaded = load(name);
        loaded.ifPresent(file -> files.put(name, file));
        return loaded;
    }

    private Optional<File> load(String name) {
        var matcher = FILE_NAME.matcher(name);
        if (!matcher.matches() || !CONTENT_TYPES.containsKey(matcher.group(1))) {
            return Optional.empty();
        }
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(folder + "/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            var crc = new CRC32();
            crc.update(bytes);
            String version = HexFormat.of().toHexDigits(crc.getValue()) + "-" + bytes.length;
            return Optional.of(new File(bytes, CONTENT_TYPES.get(matcher.group(1)), version));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + folder + "/" + name + " from the class path", unreadable);
        }
    }

    /** A file's bytes, its type, and its version: a checksum and the length of its content. */
    private record File(byte[] bytes, String contentType, String version) {

        String etag() {
            return "\"" + version + "\"";
        }
    }
}
