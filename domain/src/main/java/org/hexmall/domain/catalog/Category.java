package org.hexmall.domain.catalog;

/** The departments of the store's catalog. */
public enum Category {
    ELECTRONICS,
    GROCERIES,
    BOOKS,
    HOME,
    CLOTHING,
    SPORTS
}
