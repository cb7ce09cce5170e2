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
 * into memory on its first request and answered from there, with a validator so that a browser asks again cheaply
 * ({@code 304 Not Modified}) and sees a new version at once after an upgrade.
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

    private void serve(Context ctx, String name) {
        File found = files.get(name);
        if (found == null) {
            Optional<File> loaded = load(name);
            if (loaded.isEmpty()) {
                ctx.status(404);
                return;
            }
            found = loaded.get();
            files.put(name, found);
        }
        ctx.header("Cache-Control", "no-cache");
        ctx.header("ETag", found.etag());
        if (found.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
            return;
        }
        ctx.contentType(found.contentType());
        ctx.result(found.bytes());
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
            String etag = "\"" + HexFormat.of().toHexDigits(crc.getValue()) + "-" + bytes.length + "\"";
            return Optional.of(new File(bytes, CONTENT_TYPES.get(matcher.group(1)), etag));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read " + folder + "/" + name + " from the class path", unreadable);
        }
    }

    private record File(byte[] bytes, String contentType, String etag) {
    }
}
