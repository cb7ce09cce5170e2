package org.hexmall.acceptance.hostile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names and values the suite fills hostile requests with, read from hexmall itself so that a new field is tried
 * without anyone listing it: every form and query field the web adapters read and the pages render, every property
 * of the JSON API's document, every constant a page offers as a choice, and ids of records the store holds.
 */
record InputVocabulary(List<String> fieldNames, List<String> jsonProperties, List<String> validLooking,
                       Map<String, List<String>> idsByTable) {

    private static final Pattern READ_FIELD = Pattern.compile(
            "(?:formParam|queryParam|formParams|queryParams|formParamAsClass|queryParamAsClass)\\(\"([^\"]+)\"");
    private static final Pattern CONSTANT_FIELD = Pattern.compile("String [A-Z_]*FIELD[A-Z_]* = \"([^\"]+)\"");
    private static final Pattern RENDERED_FIELD = Pattern.compile(" name=\"([A-Za-z][\\w-]*)\"");
    private static final Pattern OFFERED_CHOICE = Pattern.compile("value=\"([A-Z][A-Z0-9_]{1,40})\"");
    private static final Pattern JSON_PROPERTY = Pattern.compile("\"([a-zA-Z][\\w]*)\"\\s*:\\s*\\{\\s*\"type\"");
    private static final Pattern JAVA_CONSTANT = Pattern.compile("^\\s+([A-Z][A-Z0-9_]{1,40})[,;(]", Pattern.MULTILINE);

    /** The tables whose ids the suite puts into addresses and fields, newest rows first. */
    private static final List<String> ID_TABLES = List.of("customers", "orders", "payments", "wallet_bindings",
            "campaigns", "coupons", "risk_alerts", "agents", "devices", "refund_cases", "compensations", "products",
            "payment_refunds", "step_ups");

    static InputVocabulary of(Path sources, String openApi, Connection database, Set<String> excludedIds) {
        Set<String> names = new TreeSet<>();
        Set<String> choices = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().contains("/src/main/"))
                    .filter(file -> !file.toString().contains("/target/"))
                    .filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".html"))
                    .forEach(file -> {
                        String text = read(file);
                        if (file.toString().endsWith(".html")) {
                            collect(RENDERED_FIELD, text, names);
                            collect(OFFERED_CHOICE, text, choices);
                        } else {
                            collect(READ_FIELD, text, names);
                            collect(CONSTANT_FIELD, text, names);
                            if (file.toString().contains("/domain/") && text.contains("public enum ")) {
                                collect(JAVA_CONSTANT, text, choices);
                            }
                        }
                    });
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        names.add("quantity-0");
        names.add("quantity-1");
        Set<String> properties = new TreeSet<>();
        collect(JSON_PROPERTY, openApi, properties);
        List<String> values = new ArrayList<>(choices);
        Map<String, List<String>> ids = ids(database, excludedIds);
        ids.values().forEach(values::addAll);
        return new InputVocabulary(List.copyOf(names), List.copyOf(properties), List.copyOf(values), Map.copyOf(ids));
    }

    /** The ids the store holds in {@code table} (one of {@link #ID_TABLES}), the suite's own left out; maybe none. */
    List<String> idsIn(String table) {
        return idsByTable.getOrDefault(table, List.of());
    }

    private static Map<String, List<String>> ids(Connection database, Set<String> excludedIds) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        try (Statement statement = database.createStatement()) {
            for (String table : ID_TABLES) {
                List<String> inTable = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT * FROM " + table + " LIMIT 5")) {
                    while (rows.next()) {
                        String id = rows.getString(1);
                        if (id != null && !excludedIds.contains(id)) {
                            inTable.add(id);
                        }
                    }
                }
                ids.put(table, List.copyOf(inTable));
            }
        } catch (SQLException failed) {
            throw new IllegalStateException("could not read the store's ids", failed);
        }
        return ids;
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher match = pattern.matcher(text);
        while (match.find()) {
            into.add(match.group(1));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
