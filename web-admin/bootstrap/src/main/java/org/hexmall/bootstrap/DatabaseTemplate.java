package org.hexmall.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.zip.CRC32;
import org.hexmall.adapter.out.crypto.AesGcmFieldCipher;
import org.hexmall.adapter.out.crypto.FieldKey;
import org.hexmall.adapter.out.crypto.SecureRandomTokens;

/**
 * An empty H2 database with every table in place, made by the build from the same migrations a start runs (the
 * store's and the simulated providers'), and packaged in the jar. A first start on an embedded H2 file that does not
 * exist yet begins from a copy of it, so its migrations only check that nothing is pending, instead of running the
 * whole history of the schema on a new file. Beside the template the build records the migrations it was made from
 * (every script under {@code db/} on the class path, with its checksum); when the scripts on the class path of the
 * start are exactly those, the copy is known to be up to date and its migrations are not even checked. Otherwise the
 * migrations run on the copy, so a template older than the code is brought up to date like any database. PostgreSQL,
 * an H2 file that exists and an in-memory H2 database never see it.
 */
final class DatabaseTemplate {

    /** Where the build puts the template, on the class path. */
    static final String RESOURCE = "db/template/hexmall.mv.db";

    /** Where the build records the migrations it made the template from, beside it. */
    static final String MIGRATIONS_RESOURCE = "db/template/hexmall.migrations";

    /** Every migration of the store and of the simulated providers is under this folder of the class path. */
    private static final String MIGRATIONS_FOLDER = "db";
    private static final String MIGRATIONS_ROOT = MIGRATIONS_FOLDER + "/";
    private static final String TEMPLATE_FOLDER = "db/template/";

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
     * True when the migrations on the class path are exactly those the packaged template was made from: then a
     * database just created from it is up to date, and running its migrations would only check that.
     */
    static boolean madeFromTheseMigrations() {
        URL proof = DatabaseTemplate.class.getClassLoader().getResource(MIGRATIONS_RESOURCE);
        return proof != null && madeFromTheseMigrations(proof);
    }

    /** As {@link #madeFromTheseMigrations()}, for a template made from the migrations recorded at {@code proof}. */
    static boolean madeFromTheseMigrations(URL proof) {
        try (InputStream in = proof.openStream()) {
            Optional<String> migrations = migrations(DatabaseTemplate.class.getClassLoader());
            return migrations.isPresent()
                    && migrations.get().equals(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException | URISyntaxException unreadable) {
            return false;
        }
    }

    /**
     * Every file under {@code db/} on the class path but the template, one a line with its CRC-32, sorted: what
     * Flyway would find at any of its locations there. Empty when a part of the class path cannot be listed.
     */
    static Optional<String> migrations(ClassLoader loader) throws IOException, URISyntaxException {
        var lines = new ArrayList<String>();
        for (URL root : Collections.list(loader.getResources(MIGRATIONS_FOLDER))) {
            switch (root.getProtocol()) {
                case "file" -> {
                    Path folder = Path.of(root.toURI());
                    try (var files = Files.walk(folder)) {
                        for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                            String name = MIGRATIONS_ROOT + folder.relativize(file).toString()
                                    .replace(folder.getFileSystem().getSeparator(), "/");
                            if (!name.startsWith(TEMPLATE_FOLDER)) {
                                lines.add(line(name, Files.readAllBytes(file)));
                            }
                        }
                    }
                }
                case "jar" -> {
                    var connection = (JarURLConnection) root.openConnection();
                    connection.setUseCaches(false);
                    try (JarFile jar = connection.getJarFile()) {
                        for (JarEntry entry : Collections.list(jar.entries())) {
                            String name = entry.getName();
                            if (name.startsWith(MIGRATIONS_ROOT) && !name.startsWith(TEMPLATE_FOLDER)
                                    && !entry.isDirectory()) {
                                try (InputStream in = jar.getInputStream(entry)) {
                                    lines.add(line(name, in.readAllBytes()));
                                }
                            }
                        }
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        Collections.sort(lines);
        return Optional.of(String.join("\n", lines) + "\n");
    }

    private static String line(String name, byte[] content) {
        var crc = new CRC32();
        crc.update(content);
        return name + " " + Long.toHexString(crc.getValue());
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
            Files.writeString(target.resolveSibling(Path.of(MIGRATIONS_RESOURCE).getFileName()),
                    migrations(DatabaseTemplate.class.getClassLoader()).orElseThrow(), StandardCharsets.UTF_8);
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
        open(url, false);
    }

    /**
     * Opens the database at {@code url} as a start does, then closes it; with {@code migrated}, as a start on a
     * database known to be up to date, which runs no migrations.
     */
    static void open(String url, boolean migrated) throws Exception {
        PersistenceAdapters persistence = PersistenceAdapters.of(HexmallConfig.defaults().withDatabaseUrl(url),
                new AesGcmFieldCipher(FieldKey.generate()), Optional.empty(), migrated);
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
