package org.hexmall.application.service.catalog;

import java.util.Optional;
import org.hexmall.application.port.in.catalog.ViewProduct;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;

public final class ViewProductService implements ViewProduct {

    private final Products products;
    private final TransactionRunner transactions;

    public ViewProductService(Products products, TransactionRunner transactions) {
        this.products = products;
        this.transactions = transactions;
    }

    @Override
    public Optional<Product> view(ProductId productId) {
        return transactions.withoutTransaction(() -> products.findById(productId));
    }
}
