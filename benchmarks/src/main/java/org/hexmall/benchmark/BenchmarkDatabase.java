package org.hexmall.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The database both sides of the benchmark use, empty at the start of every run so that runs compare: a schema of
 * its own on the PostgreSQL server when it answers, dropped and created again; otherwise an H2 file database under
 * {@code target/}, deleted first.
 *
 * @param description what to print: which database, where, and why
 * @param jdbcUrl     the URL hexmall and the baseline both connect with
 */
record BenchmarkDatabase(String description, String jdbcUrl) {

    /** The schema the benchmark owns on the PostgreSQL server; nothing else should live in it. */
    static final String SCHEMA = "hexmall_bench";

    static BenchmarkDatabase prepare(String postgresUrl, Path targetDirectory) {
        DriverManager.setLoginTimeout(3);
        try (Connection connection = DriverManager.getConnection(postgresUrl);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
            String version = connection.getMetaData().getDatabaseProductVersion();
            return new BenchmarkDatabase("PostgreSQL " + version + " at " + withoutQuery(postgresUrl) + ", schema "
                    + SCHEMA + " (dropped and created afresh)",
                    postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        } catch (SQLException unreachable) {
            Path folder = targetDirectory.resolve("bench-h2").toAbsolutePath();
            deleteRecursively(folder);
            return new BenchmarkDatabase("H2 (embedded, file) at " + folder + ", deleted first; PostgreSQL at "
                    + withoutQuery(postgresUrl) + " did not answer (" + unreachable.getMessage() + ")",
                    "jdbc:h2:file:" + folder + "/hexmall");
        }
    }

    boolean isPostgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The query string may hold a password: never print it. */
    private static String withoutQuery(String url) {
        String address = url.replaceFirst("^jdbc:postgresql://", "");
        int query = address.indexOf('?');
        return query < 0 ? address : address.substring(0, query);
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException cannotDelete) {
            throw new UncheckedIOException("Could not delete " + folder, cannotDelete);
        }
    }
}
