package org.hexmall.application.service.catalog;

import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.catalog.BrowseCatalog;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;

public final class BrowseCatalogService implements BrowseCatalog {

    private final Products products;
    private final TransactionRunner transactions;

    public BrowseCatalogService(Products products, TransactionRunner transactions) {
        this.products = products;
        this.transactions = transactions;
    }

    @Override
    public List<Product> browse(Optional<Category> category) {
        return transactions.withoutTransaction(() -> category.map(products::findByCategory).orElseGet(products::findAll));
    }
}
