package org.hexmall.application.port.in.catalog;

import java.util.Optional;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;

/** A visitor opens a product's page. */
public interface ViewProduct {

    Optional<Product> view(ProductId productId);
}
