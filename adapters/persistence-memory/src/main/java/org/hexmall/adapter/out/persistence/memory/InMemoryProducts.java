package org.hexmall.adapter.out.persistence.memory;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.catalog.SearchTerms;
import org.hexmall.domain.shared.Page;

/** The catalog in memory. A product is an immutable record, so the store keeps the caller's own. */
public final class InMemoryProducts implements Products {

    /** Categories in the order the domain declares them, as the database adapter sorts them too. */
    private static final Comparator<Product> BY_CATEGORY_THEN_ID = Comparator.comparing(Product::category)
            .thenComparing(product -> product.id().value());

    private final StoreLock lock;
    private final Map<ProductId, Product> byId = new HashMap<>();

    InMemoryProducts(StoreLock lock) {
        this.lock = lock;
    }

    @Override
    public void save(Product product) {
        lock.run(() -> byId.put(product.id(), product));
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return lock.call(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public Map<ProductId, Product> findByIds(Collection<ProductId> ids) {
        return lock.call(() -> ids.stream()
                .distinct()
                .map(byId::get)
                .filter(Objects::nonNull)
                .collect(Collectors.toMap(Product::id, Function.identity())));
    }

    @Override
    public List<Product> findAll() {
        return find(product -> true);
    }

    @Override
    public List<Product> findByCategory(Category category) {
        return find(product -> product.category() == category);
    }

    @Override
    public Page<Product> search(SearchTerms terms, int page, int size) {
        List<Product> found = find(terms::matches);
        long from = Math.min((long) (page - 1) * size, found.size());
        return new Page<>(found.subList((int) from, (int) Math.min(from + size, found.size())), page, size,
                found.size());
    }

    RestorePoint restorePoint() {
        Map<ProductId, Product> saved = new HashMap<>(byId);
        return () -> {
            byId.clear();
            byId.putAll(saved);
        };
    }

    private List<Product> find(Predicate<Product> wanted) {
        return lock.call(() -> byId.values().stream().filter(wanted).sorted(BY_CATEGORY_THEN_ID).toList());
    }
}
