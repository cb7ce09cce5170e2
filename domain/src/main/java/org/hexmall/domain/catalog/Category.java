package org.hexmall.domain.catalog;

/** The departments of the store's catalog, with the names shoppers know them by and search for. */
public enum Category {
    ELECTRONICS("Electronics", "数码电器"),
    GROCERIES("Groceries", "食品生鲜"),
    BOOKS("Books", "图书"),
    HOME("Home", "家居"),
    CLOTHING("Clothing", "服饰"),
    SPORTS("Sports", "运动户外");

    private final String nameEn;
    private final String nameZh;

    Category(String nameEn, String nameZh) {
        this.nameEn = nameEn;
        this.nameZh = nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }
}
