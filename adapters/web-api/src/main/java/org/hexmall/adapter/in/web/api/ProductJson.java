package org.hexmall.adapter.in.web.api;

import java.util.List;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.shared.Page;

/** A product on sale, at today's price, with its name in both of the store's languages. */
record ProductJson(String id, String nameEn, String nameZh, String category, MoneyJson price) {

    static ProductJson of(Product product) {
        return new ProductJson(product.id().value(), product.nameEn(), product.nameZh(), product.category().name(),
                MoneyJson.of(product.price()));
    }

    /** One page of the catalog; {@code page} counts from 1. */
    record PageJson(List<ProductJson> items, int page, int size, long total, int pageCount) {

        static PageJson of(Page<Product> page) {
            return new PageJson(page.items().stream().map(ProductJson::of).toList(), page.number(), page.size(),
                    page.total(), page.pageCount());
        }
    }
}
