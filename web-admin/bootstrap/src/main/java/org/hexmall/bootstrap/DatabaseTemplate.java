package org.hexmall.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Optional;
import org.hexmall.adapter.out.crypto.AesGcmFieldCipher;
import org.hexmall.adapter.out.crypto.FieldKey;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;

/**
 * An empty H2 database with every table in place, made by the build from the same migrations a start runs (the
 * store's and the simulated providers'), and packaged in the jar. A first start on an embedded H2 file that does not
 * exist yet begins from a copy of it, so its migrations only check that nothing is pending, instead of running the
 * whole history of the schema on a new file. Everything else is as before: the migrations still run on the copy, so a
 * template older than the code is brought up to date like any database; PostgreSQL, an H2 file that exists and an
 * in-memory H2 database never see it.
 */
final class DatabaseTemplate {

    /** Where the build puts the template, on the class path. */
    static final String RESOURCE = "db/template/hexmall.mv.db";

    private static final String FILE_URL = "jdbc:h2:file:";
    private static final String H2_FILE_SUFFIX = ".mv.db";

    private DatabaseTemplate() {
    }

    /**
     * Puts a copy of the packaged template where the configured database will be, if hexmall keeps its data in an H2
     * file that does not exist yet and the jar holds a template.
     *
     * @return true when the database was created from the template
     */
    static boolean placeIfNew(HexmallConfig config) {
        if (config.persistence() != HexmallConfig.Persistence.JDBI) {
            return false;
        }
        URL template = DatabaseTemplate.class.getClassLoader().getResource(RESOURCE);
        return template != null
                && placeIfNew(config.databaseUrl(), config.databaseUser(), config.databasePassword(), template);
    }

    /**
     * As {@link #placeIfNew(HexmallConfig)}, from the given template. A database with a user name or password is left
     * alone: H2 keeps its users in the file, and the template knows only H2's default user without a password.
     */
    static boolean placeIfNew(String url, String user, String password, URL template) {
        if (!user.isEmpty() || !password.isEmpty()) {
            return false;
        }
        Optional<Path> file = fileOf(url);
        if (file.isEmpty() || Files.exists(file.get())) {
            return false;
        }
        Path target = file.get().toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "hexmall-template", ".part");
            try {
                try (InputStream in = template.openStream()) {
                    Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                }
                return putInPlace(partial, target);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("Could not create the database " + target + " from its template", failed);
        }
    }

    /**
     * A hard link appears whole or not at all, and never replaces a database another process created meanwhile (a
     * rename could); where the file system has no links, a move that fails rather than replace.
     */
    private static boolean putInPlace(Path partial, Path target) throws IOException {
        try {
            Files.createLink(target, partial);
            return true;
        } catch (FileAlreadyExistsException createdMeanwhile) {
            return false;
        } catch (UnsupportedOperationException | IOException noLinks) {
            try {
                Files.move(partial, target);
                return true;
            } catch (FileAlreadyExistsException createdMeanwhile) {
                return false;
            }
        }
    }

    /**
     * The file H2 keeps a {@code jdbc:h2:file:} database in; empty for every other URL (in memory, over TCP,
     * PostgreSQL), and for a file whose name H2 would read otherwise than a path.
     */
    static Optional<Path> fileOf(String url) {
        if (!url.startsWith(FILE_URL)) {
            return Optional.empty();
        }
        String name = url.substring(FILE_URL.length());
        int settings = name.indexOf(';');
        if (settings >= 0) {
            name = name.substring(0, settings);
        }
        if (name.isBlank() || name.startsWith("~") || name.contains(":") && !Path.of(name).isAbsolute()) {
            return Optional.empty();
        }
        return Optional.of(Path.of(name + H2_FILE_SUFFIX));
    }

    /**
     * Makes the template at {@code target}: a new H2 file brought up to date by the same code a start runs (the
     * store's persistence adapter and the simulators), then compacted. Run by the build (web-admin/bootstrap's
     * pom.xml), after compiling and before the tests and the jar.
     */
    static void make(Path target) throws Exception {
        Files.deleteIfExists(target);
        Path folder = Files.createTempDirectory("hexmall-template");
        try {
            String url = FILE_URL + folder.toAbsolutePath() + "/hexmall";
            bringUpToDate(url);
            try (Connection connection = DriverManager.getConnection(url);
                 Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN COMPACT");
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.copy(folder.resolve("hexmall" + H2_FILE_SUFFIX), target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * Brings the database at {@code url} up to date as a start does, then closes it: the store's persistence adapter
     * runs its migrations, and the simulators theirs.
     */
    static void bringUpToDate(String url) throws Exception {
        PersistenceAdapters persistence = PersistenceAdapters.of(HexmallConfig.defaults().withDatabaseUrl(url),
                new AesGcmFieldCipher(FieldKey.generate()), Optional.empty());
        try {
            Simulators.start(persistence, new SecureRandomTokens().token(), Clock.systemUTC(), ZoneOffset.UTC).close();
        } finally {
            persistence.resources().close();
        }
    }

    /** {@code DatabaseTemplate TARGET_FILE}: makes the template, for the build. */
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: DatabaseTemplate TARGET_FILE");
            System.exit(2);
        }
        make(Path.of(args[0]));
    }
}
