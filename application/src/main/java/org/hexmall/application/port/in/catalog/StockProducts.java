package org.hexmall.application.port.in.catalog;

import java.util.List;
import org.hexmall.domain.catalog.Product;

/** The store puts products on sale, or updates their names and prices. */
public interface StockProducts {

    void stock(List<Product> products);
}
