package org.hexmall.adapter.out.persistence.jdbi;

import static java.util.function.Function.identity;
import static java.util.stream.Collectors.joining;
import static java.util.stream.Collectors.toMap;

import java.util.Arrays;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.catalog.SearchTerms;
import org.hexmall.domain.shared.Page;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/** The catalog in the {@code products} table, prices in fen. */
public final class JdbiProducts implements Products {

    private static final String COLUMNS = "id, name_en, name_zh, category, price_fen";
    private static final String BEFORE_INSERT = "before_product_insert";

    /**
     * Categories sort in the order the domain declares them, as the in-memory adapter sorts them, and not
     * alphabetically by name: {@code CASE category WHEN 'ELECTRONICS' THEN 0 WHEN 'GROCERIES' THEN 1 ... END}.
     */
    private static final String CATEGORY_ORDER = Arrays.stream(Category.values())
            .map(category -> "WHEN '" + category.name() + "' THEN " + category.ordinal())
            .collect(joining(" ", "CASE category ", " END"));

    private static final RowMapper<Product> PRODUCT = new ProductRowMapper();

    private final JdbiTransactionRunner transactions;

    JdbiProducts(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void save(Product product) {
        // Update, or insert when there was nothing to update: plain SQL that H2 and PostgreSQL both run, where
        // an upsert is written differently in each. One transaction, even when called outside one.
        transactions.inTransaction(() -> transactions.useCurrentHandle(handle -> {
            if (update(handle, product) == 0 && !inserted(handle, product)) {
                // Another transaction inserted it after this one's update found nothing (several nodes stocking the
                // demo catalog at the same moment): its row is there now, and takes this product's values.
                update(handle, product);
            }
        }));
    }

    private static int update(Handle handle, Product product) {
        return bindColumns(handle.createUpdate("""
                UPDATE products
                SET name_en = :nameEn, name_zh = :nameZh, category = :category, price_fen = :priceFen
                WHERE id = :id"""), product).execute();
    }

    /** True if the row was inserted; false if another transaction inserted the same product first. */
    private static boolean inserted(Handle handle, Product product) {
        return UniqueValues.insertedUnlessTaken(handle, BEFORE_INSERT, () -> bindColumns(handle.createUpdate("""
                INSERT INTO products (%s)
                VALUES (:id, :nameEn, :nameZh, :category, :priceFen)""".formatted(COLUMNS)), product).execute());
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return transactions.withCurrentHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM products WHERE id = :id")
                .bind("id", id.value())
                .map(PRODUCT)
                .findOne());
    }

    @Override
    public Map<ProductId, Product> findByIds(Collection<ProductId> ids) {
        if (ids.isEmpty()) {
            return Map.of(); // "IN ()" is not valid SQL
        }
        List<String> values = ids.stream().map(ProductId::value).distinct().toList();
        return transactions.withCurrentHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM products WHERE id IN (<ids>)")
                .bindList("ids", values)
                .map(PRODUCT)
                .stream()
                .collect(toMap(Product::id, identity())));
    }

    @Override
    public List<Product> findAll() {
        return transactions.withCurrentHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM products ORDER BY " + CATEGORY_ORDER + ", id")
                .map(PRODUCT)
                .list());
    }

    @Override
    public List<Product> findByCategory(Category category) {
        return transactions.withCurrentHandle(handle -> handle
                .createQuery("SELECT " + COLUMNS + " FROM products WHERE category = :category ORDER BY id")
                .bind("category", category.name())
                .map(PRODUCT)
                .list());
    }

    @Override
    public Page<Product> search(SearchTerms terms, int page, int size) {
        String where = matching(terms);
        return transactions.withCurrentHandle(handle -> {
            long total = bindWords(handle.createQuery("SELECT COUNT(*) FROM products WHERE " + where), terms)
                    .mapTo(Long.class).one();
            List<Product> items = total <= (long) (page - 1) * size ? List.of()
                    : bindWords(handle.createQuery("SELECT " + COLUMNS + " FROM products WHERE " + where
                            + " ORDER BY " + CATEGORY_ORDER + ", id LIMIT :limit OFFSET :offset"), terms)
                            .bind("limit", size)
                            .bind("offset", (long) (page - 1) * size)
                            .map(PRODUCT)
                            .list();
            return new Page<>(items, page, size, total);
        });
    }

    /**
     * Each word in either name or in a category named by it, as {@link SearchTerms#matches} says; the words are bound
     * as {@code LIKE} patterns whose own {@code %} and {@code _} are escaped with {@code !} (a backslash
     * would mean different things to the two databases and to JDBI's parser), and the categories come from the
     * domain's own list, so nothing typed becomes SQL.
     */
    private static String matching(SearchTerms terms) {
        List<String> conditions = new ArrayList<>();
        for (int index = 0; index < terms.words().size(); index++) {
            String word = ":word" + index;
            String categories = SearchTerms.categoriesNaming(terms.words().get(index)).stream()
                    .map(category -> "'" + category.name() + "'")
                    .sorted()
                    .collect(joining(", "));
            conditions.add("(LOWER(name_en) LIKE " + word + " ESCAPE '!' OR LOWER(name_zh) LIKE " + word
                    + " ESCAPE '!'" + (categories.isEmpty() ? "" : " OR category IN (" + categories + ")") + ")");
        }
        return String.join(" AND ", conditions);
    }

    private static <S extends SqlStatement<S>> S bindWords(S statement, SearchTerms terms) {
        for (int index = 0; index < terms.words().size(); index++) {
            String escaped = terms.words().get(index).replace("!", "!!").replace("%", "!%").replace("_", "!_");
            statement.bind("word" + index, "%" + escaped + "%");
        }
        return statement;
    }

    private static Update bindColumns(Update statement, Product product) {
        return statement
                .bind("id", product.id().value())
                .bind("nameEn", product.nameEn())
                .bind("nameZh", product.nameZh())
                .bind("category", product.category().name())
                .bind("priceFen", product.price().fen());
    }
}
