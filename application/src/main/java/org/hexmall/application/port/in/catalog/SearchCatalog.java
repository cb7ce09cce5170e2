package org.hexmall.application.port.in.catalog;

import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.SearchTerms;
import org.hexmall.domain.shared.Page;

/** A visitor searches the catalog by product or category name, in English or Chinese, a page of results at a time. */
public interface SearchCatalog {

    /** One page (counted from 1) of the matching products, in catalog order; {@code size} at most {@link #MAX_PAGE_SIZE}. */
    Page<Product> search(SearchTerms terms, int page, int size);

    int MAX_PAGE_SIZE = 100;
}
