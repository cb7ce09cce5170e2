package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.product;
import static org.hexmall.domain.catalog.Category.BOOKS;
import static org.hexmall.domain.catalog.Category.ELECTRONICS;
import static org.hexmall.domain.catalog.Category.GROCERIES;

import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Cart;
import org.hexmall.domain.checkout.CartLine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Carts} adapter must do. Each test starts with empty stores; cart lines name customers
 * and products that exist, so the tests add them through {@link #customers()} and {@link #products()}.
 */
public abstract class CartsContract {

    private static final ProductId EARBUDS = new ProductId("ELEC-0001");
    private static final ProductId RICE = new ProductId("FOOD-0001");
    private static final ProductId NOVEL = new ProductId("BOOK-0001");

    protected abstract Carts carts();

    protected abstract Products products();

    protected abstract Customers customers();

    protected abstract TransactionRunner transactions();

    @BeforeEach
    void stockTheCatalog() {
        products().save(product(EARBUDS.value(), ELECTRONICS, 99_900));
        products().save(product(RICE.value(), GROCERIES, 5_990));
        products().save(product(NOVEL.value(), BOOKS, 4_500));
    }

    @Test
    void givenCustomerWhoNeverAddedAnything_findFor_returnsTheirEmptyCart() {
        CustomerId liLei = storedCustomer("13800000001");

        Cart cart = carts().findFor(liLei);

        assertThat(cart.customerId()).isEqualTo(liLei);
        assertThat(cart.isEmpty()).isTrue();
    }

    @Test
    void givenSavedCart_findFor_returnsItsLinesInTheOrderTheyWereAdded() {
        Cart cart = Cart.empty(storedCustomer("13800000001"));
        cart.add(RICE, 2);
        cart.add(EARBUDS, 1);
        cart.add(NOVEL, 3);

        carts().save(cart);

        assertThat(carts().findFor(cart.customerId()).lines()).containsExactly(
                new CartLine(RICE, 2), new CartLine(EARBUDS, 1), new CartLine(NOVEL, 3));
    }

    @Test
    void theSmallestAndLargestQuantities_comeBackUnchanged() {
        Cart cart = Cart.empty(storedCustomer("13800000001"));
        cart.add(RICE, 1);
        cart.add(EARBUDS, CartLine.MAX_QUANTITY);

        carts().save(cart);

        assertThat(carts().findFor(cart.customerId()).lines()).containsExactly(
                new CartLine(RICE, 1), new CartLine(EARBUDS, CartLine.MAX_QUANTITY));
    }

    @Test
    void savingTheCartAgain_replacesItsLines() {
        Cart cart = Cart.empty(storedCustomer("13800000001"));
        cart.add(RICE, 2);
        cart.add(EARBUDS, 1);
        carts().save(cart);

        // As the use cases do it: load, change, save.
        Cart loaded = carts().findFor(cart.customerId());
        loaded.remove(RICE);
        loaded.changeQuantity(EARBUDS, 4);
        loaded.add(NOVEL, 1);
        carts().save(loaded);

        assertThat(carts().findFor(cart.customerId()).lines()).containsExactly(
                new CartLine(EARBUDS, 4), new CartLine(NOVEL, 1));
    }

    @Test
    void givenEmptiedCart_saved_comesBackEmpty() {
        Cart cart = Cart.empty(storedCustomer("13800000001"));
        cart.add(RICE, 2);
        carts().save(cart);

        cart.clear();
        carts().save(cart);

        assertThat(carts().findFor(cart.customerId()).isEmpty()).isTrue();
    }

    @Test
    void anotherCustomersCart_isKeptApart() {
        Cart liLeis = Cart.empty(storedCustomer("13800000001"));
        liLeis.add(RICE, 2);
        Cart hanMeimeis = Cart.empty(storedCustomer("13900000002"));
        hanMeimeis.add(NOVEL, 1);
        carts().save(liLeis);
        carts().save(hanMeimeis);

        hanMeimeis.clear();
        carts().save(hanMeimeis);

        assertThat(carts().findFor(liLeis.customerId()).lines()).containsExactly(new CartLine(RICE, 2));
        assertThat(carts().findFor(hanMeimeis.customerId()).isEmpty()).isTrue();
    }

    @Test
    void givenCartChangedByTheCallerWithoutSave_theStoredCart_staysAsItWas() {
        Cart cart = Cart.empty(storedCustomer("13800000001"));
        cart.add(RICE, 2);
        carts().save(cart);

        cart.add(EARBUDS, 1);
        carts().findFor(cart.customerId()).clear();

        assertThat(carts().findFor(cart.customerId()).lines()).containsExactly(new CartLine(RICE, 2));
    }

    @Test
    void givenUnitOfWorkThatFailsAfterSaving_theCart_staysAsItWas() {
        Cart cart = Cart.empty(storedCustomer("13800000001"));
        cart.add(RICE, 2);
        carts().save(cart);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            Cart loaded = carts().findFor(cart.customerId());
            loaded.clear();
            carts().save(loaded);
            throw new IllegalStateException("the unit of work failed after storing");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(carts().findFor(cart.customerId()).lines()).containsExactly(new CartLine(RICE, 2));
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }

    @Test
    void countItems_addsUpTheQuantitiesOfTheCustomersOwnCart_andIsZeroForNone() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13800000002");
        Cart cart = Cart.empty(liLei);
        cart.add(RICE, 2);
        cart.add(EARBUDS, 1);
        carts().save(cart);

        assertThat(carts().countItems(liLei)).isEqualTo(3);
        assertThat(carts().countItems(hanMeimei)).isZero();
    }
}
