package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.CANDY;
import static org.hexmall.acceptance.usecase.Shelf.NOVEL;
import static org.hexmall.acceptance.usecase.Shelf.TEA;

import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.checkout.CartItem;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ViewCartTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "", "李雷", "tea-4two-pots");

    ViewCartTest() {
        hexmall.stock(TEA, CANDY, NOVEL);
    }

    @Test
    void aCustomerWhoNeverShopped_seesAnEmptyCartWithNothingToPay() {
        CartView cart = hexmall.viewCart.view(customer);

        assertThat(cart.isEmpty()).isTrue();
        assertThat(cart.total()).isEqualTo(Money.ZERO);
    }

    @Test
    void theTotal_isExactToTheFen() {
        add(TEA, 3);
        add(CANDY, 1);

        CartView cart = hexmall.viewCart.view(customer);

        // 3 × ¥29.90 = ¥89.70, and ¥0.05 more: no rounding anywhere.
        assertThat(cart.items()).extracting(CartItem::total)
                .containsExactly(Money.ofYuan(89, 70), Money.ofFen(5));
        assertThat(cart.total()).isEqualTo(Money.ofYuan(89, 75));
    }

    @Test
    void theItemCount_addsUpTheQuantitiesOfEveryLine() {
        add(TEA, 3);
        add(CANDY, 10);
        add(NOVEL, 1);

        assertThat(hexmall.viewCart.view(customer).itemCount()).isEqualTo(14);
    }

    @Test
    void aPriceChangedSinceTheProductWasAdded_showsInTheCart() {
        add(TEA, 2);

        hexmall.stock(Shelf.repriced(TEA, Money.ofYuan(25, 0)));

        CartView cart = hexmall.viewCart.view(customer);
        assertThat(cart.items()).extracting(item -> item.product().price()).containsExactly(Money.ofYuan(25, 0));
        assertThat(cart.total()).isEqualTo(Money.ofYuan(50, 0));
    }

    private void add(Product product, int quantity) {
        hexmall.changeCart.change(new CartChange.Add(customer, product.id(), quantity));
    }
}
