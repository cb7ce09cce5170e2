package org.hexmall.application.port.in.catalog;

import java.util.List;
import java.util.Optional;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;

/** A visitor browses the catalog, all of it or one category. */
public interface BrowseCatalog {

    List<Product> browse(Optional<Category> category);
}
