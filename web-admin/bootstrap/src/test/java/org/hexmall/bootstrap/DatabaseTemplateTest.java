package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A first start on a new H2 file begins from the database the build made ahead from the same migrations, and ends
 * with the very database a start that ran every migration would have made: the same history of migrations, tables,
 * columns, constraints, indexes and rows. A template older than the code is brought up to date like any database.
 */
class DatabaseTemplateTest {

    @Test
    void theBuildPackagesTheTemplate() {
        assertThat(DatabaseTemplate.class.getClassLoader().getResource(DatabaseTemplate.RESOURCE)).isNotNull();
    }

    @Test
    void aDatabaseStartedFromTheTemplateIsTheDatabaseTheMigrationsMakeFromNothing(@TempDir Path folder)
            throws Exception {
        String migrated = urlIn(folder.resolve("migrated"));
        DatabaseTemplate.bringUpToDate(migrated);
        String fromTemplate = urlIn(folder.resolve("from-template"));

        assertThat(DatabaseTemplate.placeIfNew(fromTemplate, "", "", template())).isTrue();
        DatabaseTemplate.bringUpToDate(fromTemplate);

        assertSameDatabase(fromTemplate, migrated);
    }

    @Test
    void aDatabaseStartedFromTheTemplateOfTheseVeryMigrationsRunsNoneAndIsTheDatabaseTheyMake(@TempDir Path folder)
            throws Exception {
        String migrated = urlIn(folder.resolve("migrated"));
        DatabaseTemplate.bringUpToDate(migrated);
        String fromTemplate = urlIn(folder.resolve("from-template"));

        assertThat(DatabaseTemplate.madeFromTheseMigrations()).as("the build's record of the migrations").isTrue();
        assertThat(DatabaseTemplate.placeIfNew(fromTemplate, "", "", template())).isTrue();
        DatabaseTemplate.open(fromTemplate, true);
        assertSameDatabase(fromTemplate, migrated);

        // The next start checks the migrations as usual, and finds nothing to do.
        DatabaseTemplate.bringUpToDate(fromTemplate);
        assertSameDatabase(fromTemplate, migrated);
    }

    @Test
    void aTemplateMadeFromOtherMigrationsThanTheseHasThemRun(@TempDir Path folder) throws Exception {
        String old = migratedToV1Only(folder.resolve("old"));
        String these = DatabaseTemplate.migrations(DatabaseTemplate.class.getClassLoader()).orElseThrow();
        Path oldRecord = Files.writeString(folder.resolve("old.migrations"),
                these.lines().filter(line -> !line.startsWith("db/migration/V2")).map(line -> line + "\n")
                        .collect(Collectors.joining()));
        Path changedRecord = Files.writeString(folder.resolve("changed.migrations"),
                these.replaceFirst("(db/migration/V1__[^ ]+ )", "$10"));
        String migrated = urlIn(folder.resolve("migrated"));
        DatabaseTemplate.bringUpToDate(migrated);
        String fromOldTemplate = urlIn(folder.resolve("from-old-template"));

        assertThat(DatabaseTemplate.madeFromTheseMigrations(changedRecord.toUri().toURL()))
                .as("a script changed since").isFalse();
        URL oldTemplate = DatabaseTemplate.fileOf(old).orElseThrow().toUri().toURL();
        assertThat(DatabaseTemplate.placeIfNew(fromOldTemplate, "", "", oldTemplate)).isTrue();
        DatabaseTemplate.open(fromOldTemplate, DatabaseTemplate.madeFromTheseMigrations(oldRecord.toUri().toURL()));

        assertSameDatabase(fromOldTemplate, migrated);
    }

    @Test
    void aTemplateOlderThanTheCodeIsBroughtUpToDate(@TempDir Path folder) throws Exception {
        String old = migratedToV1Only(folder.resolve("old"));
        String migrated = urlIn(folder.resolve("migrated"));
        DatabaseTemplate.bringUpToDate(migrated);
        String fromOldTemplate = urlIn(folder.resolve("from-old-template"));

        URL oldTemplate = DatabaseTemplate.fileOf(old).orElseThrow().toUri().toURL();
        assertThat(DatabaseTemplate.placeIfNew(fromOldTemplate, "", "", oldTemplate)).isTrue();
        DatabaseTemplate.bringUpToDate(fromOldTemplate);

        assertSameDatabase(fromOldTemplate, migrated);
    }

    @Test
    void aFirstStartOnAnEmptyDataFolderBeginsFromTheTemplateAndServesTheDemo(@TempDir Path folder) throws Exception {
        Path data = folder.resolve("data");
        LocalDateTime beforeTheStart = LocalDateTime.now();
        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of("HEXMALL_DATA_DIR", data.toString(),
                "HEXMALL_PORT", "0", "HEXMALL_DEMO_HISTORY", "off"));

        try (HexmallApplication hexmall = HexmallApplication.start(config)) {
            HttpResponse<String> search = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create(hexmall.baseUrl() + "/search?q=earbuds"))
                    .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(search.statusCode()).isEqualTo(200);
            assertThat(search.body()).contains("Wireless earbuds");
            assertThat(hexmall.storage().agents().findByUsername(DemoData.SUPERVISOR)).isPresent();

            // Every migration was recorded before this start: by the build, which made the template.
            try (Connection connection = DriverManager.getConnection(config.databaseUrl());
                 Statement statement = connection.createStatement();
                 ResultSet installed = statement.executeQuery(
                         "SELECT MAX(\"installed_on\") FROM \"flyway_schema_history\"")) {
                installed.next();
                assertThat(installed.getTimestamp(1)).isBefore(Timestamp.valueOf(beforeTheStart));
            }
        }
    }

    @Test
    void onlyANewH2FileWithoutCredentialsBeginsFromTheTemplate(@TempDir Path folder) throws Exception {
        String url = urlIn(folder.resolve("data"));
        assertThat(DatabaseTemplate.placeIfNew(url, "", "", template())).isTrue();
        Path placed = DatabaseTemplate.fileOf(url).orElseThrow();
        try (var files = Files.list(folder.resolve("data"))) {
            assertThat(files.map(Path::getFileName)).as("the copy, whole, and nothing else")
                    .containsExactly(placed.getFileName());
        }
        assertThat(Files.mismatch(placed, Path.of(template().toURI()))).isEqualTo(-1);

        assertThat(DatabaseTemplate.placeIfNew(url, "", "", template())).as("an existing database").isFalse();
        assertThat(DatabaseTemplate.placeIfNew(urlIn(folder.resolve("other")), "sa", "", template()))
                .as("a database with a user of its own").isFalse();
        assertThat(DatabaseTemplate.fileOf("jdbc:h2:mem:hexmall;DB_CLOSE_DELAY=-1")).isEmpty();
        assertThat(DatabaseTemplate.fileOf("jdbc:postgresql://127.0.0.1:5432/test")).isEmpty();
        assertThat(DatabaseTemplate.fileOf("jdbc:h2:tcp://localhost/~/hexmall")).isEmpty();
        assertThat(DatabaseTemplate.fileOf("jdbc:h2:file:./data/hexmall;MODE=PostgreSQL"))
                .contains(Path.of("./data/hexmall.mv.db"));
    }

    private static URL template() {
        return DatabaseTemplate.class.getClassLoader().getResource(DatabaseTemplate.RESOURCE);
    }

    /** A closed H2 file in the folder that the store's first migration alone made: a template older than the code. */
    private static String migratedToV1Only(Path folder) throws Exception {
        String url = urlIn(folder);
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .target("1").load().migrate();
        shutDown(url);
        return url;
    }

    private static String urlIn(Path folder) {
        return "jdbc:h2:file:" + folder.toAbsolutePath() + "/hexmall";
    }

    private static void shutDown(String url) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        }
    }

    private static void assertSameDatabase(String actual, String expected) throws SQLException {
        Map<String, List<String>> actualDescription = describe(actual);
        Map<String, List<String>> expectedDescription = describe(expected);
        assertThat(actualDescription.keySet()).isEqualTo(expectedDescription.keySet());
        expectedDescription.forEach((what, rows) -> assertThat(actualDescription.get(what)).as(what).isEqualTo(rows));
        for (String what : List.of("columns", "constraints", "checks", "foreign keys", "indexes",
                "flyway_schema_history", "flyway_history_mock_wallet")) {
            assertThat(expectedDescription.get(what)).as(what).isNotEmpty();
        }
    }

    /**
     * The database as INFORMATION_SCHEMA lists it, every migration history without the time each migration ran, and
     * every other table's rows.
     */
    private static Map<String, List<String>> describe(String url) throws SQLException {
        var description = new LinkedHashMap<String, List<String>>();
        try (Connection connection = DriverManager.getConnection(url)) {
            description.put("tables", rows(connection, "SELECT TABLE_NAME, TABLE_TYPE FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME"));
            description.put("columns", rows(connection, "SELECT TABLE_NAME, COLUMN_NAME, ORDINAL_POSITION, DATA_TYPE, "
                    + "CHARACTER_MAXIMUM_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, IS_NULLABLE, COLUMN_DEFAULT, "
                    + "IS_IDENTITY FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "ORDER BY TABLE_NAME, ORDINAL_POSITION"));
            description.put("constraints", rows(connection, "SELECT TABLE_NAME, CONSTRAINT_NAME, CONSTRAINT_TYPE "
                    + "FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "ORDER BY TABLE_NAME, CONSTRAINT_NAME"));
            description.put("constraint columns", rows(connection, "SELECT TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, "
                    + "ORDINAL_POSITION FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = 'PUBLIC' "
                    + "ORDER BY TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION"));
            description.put("checks", rows(connection, "SELECT CONSTRAINT_NAME, CHECK_CLAUSE "
                    + "FROM INFORMATION_SCHEMA.CHECK_CONSTRAINTS WHERE CONSTRAINT_SCHEMA = 'PUBLIC' "
                    + "ORDER BY CONSTRAINT_NAME"));
            description.put("foreign keys", rows(connection, "SELECT CONSTRAINT_NAME, UNIQUE_CONSTRAINT_NAME, "
                    + "UPDATE_RULE, DELETE_RULE FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS "
                    + "WHERE CONSTRAINT_SCHEMA = 'PUBLIC' ORDER BY CONSTRAINT_NAME"));
            description.put("indexes", rows(connection, "SELECT TABLE_NAME, INDEX_NAME, INDEX_TYPE_NAME "
                    + "FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, INDEX_NAME"));
            description.put("index columns", rows(connection, "SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME, "
                    + "ORDINAL_POSITION, ORDERING_SPECIFICATION, IS_UNIQUE FROM INFORMATION_SCHEMA.INDEX_COLUMNS "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION"));
            for (String table : tableNames(connection)) {
                description.put(table, table.startsWith("flyway_")
                        ? rows(connection, "SELECT \"installed_rank\", \"version\", \"description\", \"type\", "
                                + "\"script\", \"checksum\", \"success\" FROM \"" + table + "\" "
                                + "ORDER BY \"installed_rank\"")
                        : rows(connection, "SELECT * FROM \"" + table + "\"").stream().sorted().toList());
            }
        }
        return description;
    }

    private static List<String> tableNames(Connection connection) throws SQLException {
        var names = new ArrayList<String>();
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (tables.next()) {
                names.add(tables.getString(1));
            }
        }
        return names;
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            ResultSetMetaData columns = result.getMetaData();
            while (result.next()) {
                var row = new StringBuilder();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.append(column > 1 ? " | " : "").append(result.getString(column));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
