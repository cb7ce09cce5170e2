package org.hexmall.application.service.catalog;

import java.util.List;
import org.hexmall.application.port.in.catalog.StockProducts;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.catalog.Product;

public final class StockProductsService implements StockProducts {

    private final Products products;
    private final TransactionRunner transactions;

    public StockProductsService(Products products, TransactionRunner transactions) {
        this.products = products;
        this.transactions = transactions;
    }

    @Override
    public void stock(List<Product> newProducts) {
        transactions.inTransaction(() -> newProducts.forEach(products::save));
    }
}
