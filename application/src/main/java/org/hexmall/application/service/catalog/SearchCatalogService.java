package org.hexmall.application.service.catalog;

import org.hexmall.application.port.in.catalog.SearchCatalog;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.SearchTerms;
import org.hexmall.domain.shared.Page;

public final class SearchCatalogService implements SearchCatalog {

    private final Products products;
    private final TransactionRunner transactions;

    public SearchCatalogService(Products products, TransactionRunner transactions) {
        this.products = products;
        this.transactions = transactions;
    }

    @Override
    public Page<Product> search(SearchTerms terms, int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pages count from 1 and hold 1 to " + MAX_PAGE_SIZE + " products");
        }
        return transactions.withoutTransaction(() -> products.search(terms, page, size));
    }
}
