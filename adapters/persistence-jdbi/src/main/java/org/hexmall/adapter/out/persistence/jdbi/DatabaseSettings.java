package org.hexmall.adapter.out.persistence.jdbi;

/**
 * How to reach the database.
 *
 * @param url      a JDBC URL, {@code jdbc:h2:...} or {@code jdbc:postgresql:...}
 * @param user     null or blank when the URL or the database needs none
 * @param password null or blank when the database needs none; never printed
 */
public record DatabaseSettings(String url, String user, String password) {

    public DatabaseSettings {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a database URL is required");
        }
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", user=" + user + ", password=******]";
    }
}
