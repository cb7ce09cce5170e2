package org.hexmall.application.port.out.persistence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.catalog.SearchTerms;
import org.hexmall.domain.shared.Page;

/** The store's catalog: every product with its current price. */
public interface Products {

    /** Stores the product, or replaces the stored one with the same id (a new price, a new name). */
    void save(Product product);

    Optional<Product> findById(ProductId id);

    /** The products with these ids; ids of products that do not exist are left out. */
    Map<ProductId, Product> findByIds(Collection<ProductId> ids);

    /** Every product, ordered by category and then id. */
    List<Product> findAll();

    /** The category's products, ordered by id. */
    List<Product> findByCategory(Category category);

    /**
     * One page of the products the search terms match ({@link SearchTerms#matches}), ordered as {@link #findAll},
     * with how many match in all; a page past the last one is empty.
     */
    Page<Product> search(SearchTerms terms, int page, int size);
}
