package org.hexmall.acceptance.usecase;

import static org.hexmall.domain.catalog.Category.BOOKS;
import static org.hexmall.domain.catalog.Category.ELECTRONICS;
import static org.hexmall.domain.catalog.Category.GROCERIES;

import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.Money;

/** The products the shopping tests put on sale, at prices a customer can add up in their head. */
final class Shelf {

    static final Product CHARGER = new Product(new ProductId("ELEC-0001"), "USB-C charger 65 W", "USB-C 充电器 65W",
            ELECTRONICS, Money.ofYuan(89, 0));
    static final Product TEA = new Product(new ProductId("GROC-0001"), "Longjing green tea 250 g", "龙井绿茶 250克",
            GROCERIES, Money.ofYuan(29, 90));
    /** The cheapest thing in the store: five fen, so that a total off by a fen shows. */
    static final Product CANDY = new Product(new ProductId("GROC-0002"), "White Rabbit milk candy", "大白兔奶糖",
            GROCERIES, Money.ofFen(5));
    static final Product NOVEL = new Product(new ProductId("BOOK-0001"), "The Three-Body Problem", "三体",
            BOOKS, Money.ofYuan(23, 0));

    private Shelf() {
    }

    /** The same product, as the catalog team restocks it at a new price. */
    static Product repriced(Product product, Money price) {
        return new Product(product.id(), product.nameEn(), product.nameZh(), product.category(), price);
    }
}
