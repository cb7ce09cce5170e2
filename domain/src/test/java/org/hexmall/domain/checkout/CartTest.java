package org.hexmall.domain.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Locale;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CartTest {

    private static final CustomerId LI_LEI = new CustomerId(UUID.fromString("6f1c2a3e-0000-4000-8000-0000000000aa"));
    private static final ProductId PHONE = new ProductId("ELEC-0001");
    private static final ProductId RICE = new ProductId("FOOD-0007");
    private static final ProductId NOVEL = new ProductId("BOOK-0042");

    private final Cart cart = Cart.empty(LI_LEI);

    // Filling the cart

    @Test
    void anEmptyCart_hasNoLinesAndNoItems() {
        assertThat(cart.isEmpty()).isTrue();
        assertThat(cart.lines()).isEmpty();
        assertThat(cart.itemCount()).isZero();
    }

    @Test
    void addingAProduct_putsItInTheCartWithItsQuantity() {
        cart.add(PHONE, 2);

        assertThat(cart.isEmpty()).isFalse();
        assertThat(cart.lines()).containsExactly(new CartLine(PHONE, 2));
    }

    @Test
    void addingAProductAlreadyInTheCart_growsItsQuantityOnTheSameLine() {
        cart.add(PHONE, 2);

        cart.add(PHONE, 3);

        assertThat(cart.lines()).containsExactly(new CartLine(PHONE, 5));
    }

    @Test
    void theItemCount_addsUpTheQuantitiesOfEveryLine() {
        cart.add(PHONE, 2);
        cart.add(RICE, 3);

        assertThat(cart.itemCount()).isEqualTo(5);
    }

    @Test
    void theLines_keepTheOrderTheProductsWereAddedIn() {
        cart.add(RICE, 1);
        cart.add(PHONE, 1);
        cart.add(NOVEL, 1);

        assertThat(cart.lines()).extracting(CartLine::productId).containsExactly(RICE, PHONE, NOVEL);
    }

    // Changing and removing

    @Test
    void changingTheQuantity_setsItToTheNewNumber() {
        cart.add(PHONE, 2);

        cart.changeQuantity(PHONE, 7);

        assertThat(cart.line(PHONE)).contains(new CartLine(PHONE, 7));
    }

    @Test
    void changingTheQuantity_keepsTheLineInItsPlace() {
        cart.add(RICE, 1);
        cart.add(PHONE, 1);
        cart.add(NOVEL, 1);

        cart.changeQuantity(PHONE, 4);

        assertThat(cart.lines()).containsExactly(new CartLine(RICE, 1), new CartLine(PHONE, 4), new CartLine(NOVEL, 1));
    }

    @Test
    void changingTheQuantityToZero_removesTheProduct() {
        cart.add(PHONE, 2);
        cart.add(RICE, 1);

        cart.changeQuantity(PHONE, 0);

        assertThat(cart.line(PHONE)).isEmpty();
        assertThat(cart.lines()).containsExactly(new CartLine(RICE, 1));
    }

    @Test
    void changingTheQuantityOfAProductNotInTheCart_isRefused() {
        cart.add(PHONE, 2);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> cart.changeQuantity(RICE, 1))
                .extracting(DomainException::code).isEqualTo("cart.not-in-cart");
        assertThat(cart.lines()).containsExactly(new CartLine(PHONE, 2));
    }

    @Test
    void removingAProduct_takesOnlyItsLineOut() {
        cart.add(PHONE, 2);
        cart.add(RICE, 1);

        cart.remove(PHONE);

        assertThat(cart.lines()).containsExactly(new CartLine(RICE, 1));
    }

    @Test
    void removingAProductNotInTheCart_changesNothing() {
        cart.add(PHONE, 2);

        cart.remove(RICE);

        assertThat(cart.lines()).containsExactly(new CartLine(PHONE, 2));
    }

    @Test
    void clearingTheCart_leavesItEmpty() {
        cart.add(PHONE, 2);
        cart.add(RICE, 1);

        cart.clear();

        assertThat(cart.isEmpty()).isTrue();
        assertThat(cart.itemCount()).isZero();
    }

    // Quantities from 1 to 99

    @Test
    void ninetyNineOfOneProduct_fitInTheCart() {
        cart.add(PHONE, 99);

        assertThat(cart.itemCount()).isEqualTo(99);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 100})
    void addingAQuantityOutsideOneToNinetyNine_isRefusedAndSaysTheLimit(int quantity) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> cart.add(PHONE, quantity))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("cart.quantity");
                    assertThat(refusal.arguments()).containsExactly(99);
                });
        assertThat(cart.isEmpty()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {-3, -1, 0})
    void addingAQuantityBelowOneOfAProductAlreadyInTheCart_isRefusedAndLeavesItsQuantity(int quantity) {
        cart.add(PHONE, 3);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> cart.add(PHONE, quantity))
                .extracting(DomainException::code).isEqualTo("cart.quantity");
        assertThat(cart.lines()).containsExactly(new CartLine(PHONE, 3));
    }

    @Test
    void addingMoreOfAProductSoThatItWouldPassNinetyNine_isRefusedSayingHowManyTheCartHolds() {
        cart.add(PHONE, 60);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> cart.add(PHONE, 40))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("cart.line-full");
                    assertThat(refusal.arguments()).containsExactly(99, 60);
                });
        assertThat(cart.lines()).containsExactly(new CartLine(PHONE, 60));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 100})
    void changingToAQuantityOutsideZeroToNinetyNine_isRefusedAndLeavesItsQuantity(int quantity) {
        cart.add(PHONE, 2);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> cart.changeQuantity(PHONE, quantity))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("cart.quantity");
                    assertThat(refusal.arguments()).containsExactly(99);
                });
        assertThat(cart.lines()).containsExactly(new CartLine(PHONE, 2));
    }

    // At most fifty different products

    @Test
    void fiftyDifferentProducts_fitInTheCart() {
        fillWithFiftyProducts();

        assertThat(cart.lines()).hasSize(50);
    }

    @Test
    void aFiftyFirstDifferentProduct_isRefusedAndSaysTheLimit() {
        fillWithFiftyProducts();

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> cart.add(PHONE, 1))
                .satisfies(refusal -> {
                    assertThat(refusal.code()).isEqualTo("cart.full");
                    assertThat(refusal.arguments()).containsExactly(50);
                });
        assertThat(cart.line(PHONE)).isEmpty();
    }

    @Test
    void moreOfAProductAlreadyInAFullCart_canStillBeAdded() {
        fillWithFiftyProducts();

        cart.add(product(1), 2);

        assertThat(cart.line(product(1))).contains(new CartLine(product(1), 3));
    }

    // The lines as shown

    @Test
    void theLinesHandedOut_cannotBeUsedToChangeTheCart() {
        cart.add(PHONE, 2);

        assertThatExceptionOfType(UnsupportedOperationException.class)
                .isThrownBy(() -> cart.lines().add(new CartLine(RICE, 1)));
        assertThat(cart.lines()).containsExactly(new CartLine(PHONE, 2));
    }

    private void fillWithFiftyProducts() {
        for (int i = 1; i <= 50; i++) {
            cart.add(product(i), 1);
        }
    }

    private static ProductId product(int number) {
        return new ProductId(String.format(Locale.ROOT, "HOME-%04d", number));
    }

    @Test
    void puttingAProductNotInTheCart_addsIt_andPuttingItAgain_setsItsQuantity() {
        Cart cart = Cart.empty(new CustomerId(UUID.randomUUID()));
        ProductId tea = new ProductId("FOOD-0001");

        cart.put(tea, 2);
        cart.put(tea, 5);

        assertThat(cart.lines()).containsExactly(new CartLine(tea, 5));
    }

    @Test
    void puttingZero_takesTheProductOut_andIsNoErrorWhenItWasNotThere() {
        Cart cart = Cart.empty(new CustomerId(UUID.randomUUID()));
        ProductId tea = new ProductId("FOOD-0001");
        cart.put(tea, 2);

        cart.put(tea, 0);
        cart.put(new ProductId("FOOD-0002"), 0);

        assertThat(cart.isEmpty()).isTrue();
    }
}
