package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.product;
import static org.hexmall.domain.catalog.Category.BOOKS;
import static org.hexmall.domain.catalog.Category.ELECTRONICS;
import static org.hexmall.domain.catalog.Category.GROCERIES;
import static org.hexmall.domain.catalog.Category.HOME;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.catalog.SearchTerms;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** What every {@link Products} adapter must do. Each test starts with an empty catalog. */
public abstract class ProductsContract {

    protected abstract Products products();

    @Test
    void givenSavedProduct_findById_returnsBothNamesCategoryAndPrice() {
        Product teaPot = new Product(new ProductId("HOME-0001"), "Clay teapot", "紫砂壶", HOME, Money.ofYuan(268, 50));
        products().save(teaPot);

        assertThat(products().findById(teaPot.id())).contains(teaPot);
    }

    @Test
    void givenUnknownId_findById_findsNothing() {
        products().save(product("ELEC-0001", ELECTRONICS, 99_900));

        assertThat(products().findById(new ProductId("ELEC-0002"))).isEmpty();
    }

    /**
     * Several nodes of one store started at the same moment each stock the demo catalog: every save goes through, and
     * each product is there once.
     */
    @Test
    void theSameNewProductsSavedByEightAtOnce_areEachSavedOnce_andNoSaveFails() throws Exception {
        List<Product> catalog = IntStream.rangeClosed(1, 30)
                .mapToObj(number -> product("ELEC-%04d".formatted(number), ELECTRONICS, 10_000 + number)).toList();
        int savers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(savers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> saves = new ArrayList<>();
            for (int saver = 0; saver < savers; saver++) {
                saves.add(pool.submit(() -> {
                    start.await();
                    catalog.forEach(products()::save);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> save : saves) {
                save.get();
            }

            assertThat(products().findAll()).containsExactlyInAnyOrderElementsOf(catalog);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void savingAProductAgain_replacesItsNameAndPrice() {
        products().save(product("ELEC-0001", ELECTRONICS, 99_900));
        Product repriced = new Product(new ProductId("ELEC-0001"), "Earbuds (2025)", "耳机（2025款）", ELECTRONICS,
                Money.ofFen(89_900));

        products().save(repriced);

        assertThat(products().findById(repriced.id())).contains(repriced);
        assertThat(products().findAll()).containsExactly(repriced);
    }

    @Test
    void aPriceOfAHundredMillionYuan_keepsEveryFen() {
        // 9,999,999,999 fen: more than a 32-bit integer holds.
        Product dearest = new Product(new ProductId("ELEC-0001"), "Mainframe", "大型机", ELECTRONICS,
                Money.ofYuan(99_999_999, 99));
        products().save(dearest);

        assertThat(products().findById(dearest.id()).orElseThrow().price()).isEqualTo(Money.ofFen(9_999_999_999L));
    }

    @Test
    void findByIds_returnsTheProductsThatExist_andLeavesOutTheMissingIds() {
        Product earbuds = product("ELEC-0001", ELECTRONICS, 99_900);
        Product rice = product("FOOD-0001", GROCERIES, 5_990);
        products().save(earbuds);
        products().save(rice);
        products().save(product("BOOK-0001", BOOKS, 4_500));

        assertThat(products().findByIds(List.of(earbuds.id(), rice.id(), new ProductId("ELEC-0404"))))
                .containsOnlyKeys(earbuds.id(), rice.id())
                .containsEntry(earbuds.id(), earbuds)
                .containsEntry(rice.id(), rice);
    }

    @Test
    void findByIds_withNoIds_findsNothing() {
        products().save(product("ELEC-0001", ELECTRONICS, 99_900));

        assertThat(products().findByIds(List.of())).isEmpty();
    }

    @Test
    void findAll_listsTheCatalogByCategoryAndThenById() {
        Product book = product("BOOK-0001", BOOKS, 4_500);
        Product secondPhone = product("ELEC-0002", ELECTRONICS, 399_900);
        Product firstPhone = product("ELEC-0001", ELECTRONICS, 299_900);
        Product rice = product("FOOD-0001", GROCERIES, 5_990);
        products().save(book);
        products().save(secondPhone);
        products().save(rice);
        products().save(firstPhone);

        // Categories come in the order the domain declares them: ELECTRONICS, GROCERIES, BOOKS, ...
        assertThat(products().findAll()).containsExactly(firstPhone, secondPhone, rice, book);
    }

    @Test
    void findByCategory_listsOnlyThatCategory_byId() {
        Product secondPhone = product("ELEC-0002", ELECTRONICS, 399_900);
        Product firstPhone = product("ELEC-0001", ELECTRONICS, 299_900);
        products().save(secondPhone);
        products().save(product("FOOD-0001", GROCERIES, 5_990));
        products().save(firstPhone);

        assertThat(products().findByCategory(ELECTRONICS)).containsExactly(firstPhone, secondPhone);
        assertThat(products().findByCategory(BOOKS)).isEmpty();
    }

    @Test
    void search_findsPartsOfEitherName_ignoringCase_andEveryWordMustMatch() {
        Product earbuds = named("ELEC-0001", "Wireless earbuds", "无线耳机", ELECTRONICS);
        Product speaker = named("ELEC-0005", "Bluetooth speaker", "蓝牙音箱", ELECTRONICS);
        Product tea = named("FOOD-0001", "Jasmine tea, 250 g", "茉莉花茶 250 克", GROCERIES);
        List.of(earbuds, speaker, tea).forEach(products()::save);

        assertThat(search("EAR").items()).containsExactly(earbuds);
        assertThat(search("耳机").items()).containsExactly(earbuds);
        assertThat(search("wireless buds").items()).containsExactly(earbuds);
        assertThat(search("wireless tea").items()).isEmpty();
        assertThat(search("250").items()).containsExactly(tea);
    }

    @Test
    void search_findsACategoryByItsNameInEitherLanguage() {
        Product earbuds = named("ELEC-0001", "Wireless earbuds", "无线耳机", ELECTRONICS);
        Product novel = named("BOOK-0001", "The Three-Body Problem", "三体", BOOKS);
        List.of(earbuds, novel).forEach(products()::save);

        assertThat(search("books").items()).containsExactly(novel);
        assertThat(search("图书").items()).containsExactly(novel);
        assertThat(search("electronics wireless").items()).containsExactly(earbuds);
    }

    @Test
    void search_takesPercentAndUnderscoreAsThemselves_notAsWildcards() {
        products().save(named("FOOD-0001", "Juice 100% orange", "橙汁", GROCERIES));
        products().save(named("FOOD-0002", "Juice 100 ml orange", "橙汁饮料", GROCERIES));

        assertThat(search("100%").items()).extracting(Product::nameEn).containsExactly("Juice 100% orange");
        assertThat(search("_").items()).isEmpty();
        assertThat(search("o'range").items()).isEmpty();
    }

    @Test
    void search_answersOnePageInCatalogOrder_andCountsEveryMatch() {
        for (int number = 1; number <= 5; number++) {
            products().save(named("ELEC-000" + number, "Cable " + number, "数据线 " + number, ELECTRONICS));
        }

        Page<Product> second = products().search(SearchTerms.parse("cable"), 2, 2);

        assertThat(second.items()).extracting(product -> product.id().value()).containsExactly("ELEC-0003", "ELEC-0004");
        assertThat(second.total()).isEqualTo(5);
        assertThat(products().search(SearchTerms.parse("cable"), 4, 2).items()).isEmpty();
        assertThat(products().search(SearchTerms.parse("cable"), 4, 2).total()).isEqualTo(5);
    }

    private Page<Product> search(String typed) {
        return products().search(SearchTerms.parse(typed), 1, 20);
    }

    private static Product named(String id, String nameEn, String nameZh, org.hexmall.domain.catalog.Category category) {
        return new Product(new ProductId(id), nameEn, nameZh, category, Money.ofYuan(10, 0));
    }
}
