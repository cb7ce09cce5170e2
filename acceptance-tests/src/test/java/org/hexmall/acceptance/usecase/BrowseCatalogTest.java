package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.Shelf.CANDY;
import static org.hexmall.acceptance.usecase.Shelf.CHARGER;
import static org.hexmall.acceptance.usecase.Shelf.NOVEL;
import static org.hexmall.acceptance.usecase.Shelf.TEA;

import java.util.Optional;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class BrowseCatalogTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();

    @Test
    void theWholeCatalog_listsStockedProductsByCategoryInTheStoresOrder() {
        hexmall.stock(NOVEL, CANDY, TEA, CHARGER);

        // Electronics, groceries, books: the store's own order of departments, not the alphabet's.
        assertThat(hexmall.browseCatalog.browse(Optional.empty()))
                .containsExactly(CHARGER, TEA, CANDY, NOVEL);
    }

    @Test
    void oneCategory_listsOnlyThatCategorysProducts() {
        hexmall.stock(NOVEL, CANDY, TEA, CHARGER);

        assertThat(hexmall.browseCatalog.browse(Optional.of(Category.GROCERIES)))
                .containsExactly(TEA, CANDY);
    }

    @Test
    void aStockedProduct_opensWithItsNamesAndPrice() {
        hexmall.stock(TEA);

        assertThat(hexmall.viewProduct.view(TEA.id())).hasValueSatisfying(product -> {
            assertThat(product.nameEn()).isEqualTo("Longjing green tea 250 g");
            assertThat(product.nameZh()).isEqualTo("龙井绿茶 250克");
            assertThat(product.price()).isEqualTo(Money.ofYuan(29, 90));
        });
    }

    @Test
    void aProductTheStoreDoesNotSell_cannotBeOpened() {
        hexmall.stock(TEA);

        assertThat(hexmall.viewProduct.view(new ProductId("GROC-9999"))).isEmpty();
    }

    @Test
    void restockingAProductAtANewPrice_replacesItsPriceEverywhere() {
        hexmall.stock(TEA);

        hexmall.stock(Shelf.repriced(TEA, Money.ofYuan(25, 0)));

        assertThat(hexmall.browseCatalog.browse(Optional.empty()))
                .extracting(Product::id, Product::price)
                .containsExactly(tuple(TEA.id(), Money.ofYuan(25, 0)));
        assertThat(hexmall.viewProduct.view(TEA.id())).map(Product::price).hasValue(Money.ofYuan(25, 0));
    }
}
