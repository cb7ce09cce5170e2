package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.hexmall.acceptance.usecase.Shelf.NOVEL;
import static org.hexmall.acceptance.usecase.Shelf.TEA;

import java.util.List;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.checkout.CartItem;
import org.hexmall.application.port.in.checkout.ViewCart;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeCartTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "", "李雷", "tea-4two-pots");

    ChangeCartTest() {
        hexmall.stock(TEA, NOVEL);
    }

    @Test
    void addingAProduct_putsItInTheCart() {
        add(customer, TEA.id(), 2);

        assertThat(cartOf(customer)).extracting(item -> item.product().id(), CartItem::quantity)
                .containsExactly(tuple(TEA.id(), 2));
    }

    @Test
    void addingAProductAlreadyInTheCart_growsItsQuantityOnTheSameLine() {
        add(customer, TEA.id(), 2);

        add(customer, TEA.id(), 3);

        assertThat(cartOf(customer)).extracting(item -> item.product().id(), CartItem::quantity)
                .containsExactly(tuple(TEA.id(), 5));
    }

    @Test
    void settingAQuantity_replacesTheOneInTheCart() {
        add(customer, TEA.id(), 2);

        hexmall.changeCart.change(new CartChange.SetQuantity(customer, TEA.id(), 7));

        assertThat(cartOf(customer)).extracting(CartItem::quantity).containsExactly(7);
    }

    @Test
    void settingAQuantityOfZero_takesTheProductOut() {
        add(customer, TEA.id(), 2);
        add(customer, NOVEL.id(), 1);

        hexmall.changeCart.change(new CartChange.SetQuantity(customer, TEA.id(), 0));

        assertThat(cartOf(customer)).extracting(item -> item.product().id()).containsExactly(NOVEL.id());
    }

    @Test
    void removingAProduct_takesItOutAndLeavesTheOthers() {
        add(customer, TEA.id(), 2);
        add(customer, NOVEL.id(), 1);

        hexmall.changeCart.change(new CartChange.Remove(customer, TEA.id()));

        assertThat(cartOf(customer)).extracting(item -> item.product().id()).containsExactly(NOVEL.id());
    }

    @Test
    void aProductTheStoreDoesNotSell_isRefusedAndTheCartStaysEmpty() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> add(customer, new ProductId("GROC-9999"), 1))
                .extracting(DomainException::code).isEqualTo("cart.unknown-product");
        assertThat(hexmall.viewCart.view(customer).isEmpty()).isTrue();
    }

    @Test
    void aQuantityOfAHundred_isRefusedAndTheCartStaysEmpty() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> add(customer, TEA.id(), 100))
                .extracting(DomainException::code).isEqualTo("cart.quantity");
        assertThat(hexmall.viewCart.view(customer).isEmpty()).isTrue();
    }

    @Test
    void addingBeyondNinetyNine_isRefusedAndTheQuantityStaysAsItWas() {
        add(customer, TEA.id(), 60);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> add(customer, TEA.id(), 40))
                .extracting(DomainException::code).isEqualTo("cart.line-full");
        assertThat(cartOf(customer)).extracting(CartItem::quantity).containsExactly(60);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"abc", "0", "100", "", "2.5"})
    void aQuantityTypedInTheAddToCartForm_mustBeAWholeNumberFromOneToNinetyNine(String typed) {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> CartChange.quantityFromForm(typed, 1))
                .satisfies(refused -> assertThat(refused.errors())
                        .extracting(FieldError::field, FieldError::code)
                        .containsExactly(tuple("quantity", "cart.quantity")));
    }

    @Test
    void aQuantityTypedWithSpacesAround_isRead() {
        assertThat(CartChange.quantityFromForm(" 3 ", 1)).isEqualTo(3);
    }

    @Test
    void theQuantityForm_acceptsZeroWhereZeroMeansTakeItOut() {
        assertThat(CartChange.quantityFromForm("0", 0)).isZero();
    }

    @Test
    void eachCustomer_hasTheirOwnCart() {
        CustomerId neighbour = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");
        add(customer, TEA.id(), 2);

        add(neighbour, NOVEL.id(), 1);

        assertThat(cartOf(customer)).extracting(item -> item.product().id()).containsExactly(TEA.id());
        assertThat(cartOf(neighbour)).extracting(item -> item.product().id()).containsExactly(NOVEL.id());
    }

    @Test
    void theCart_isKeptInTheStoreSoAnotherServerShowsTheSameItems() {
        add(customer, TEA.id(), 2);
        add(customer, NOVEL.id(), 1);

        // A second server: its own services, nothing in common with the first but the stored carts.
        ViewCart anotherServer = hexmall.anotherServer().viewCart();

        assertThat(anotherServer.view(customer).items())
                .extracting(item -> item.product().id(), CartItem::quantity)
                .containsExactly(tuple(TEA.id(), 2), tuple(NOVEL.id(), 1));
    }

    private void add(CustomerId who, ProductId product, int quantity) {
        hexmall.changeCart.change(new CartChange.Add(who, product, quantity));
    }

    private List<CartItem> cartOf(CustomerId who) {
        return hexmall.viewCart.view(who).items();
    }
}
