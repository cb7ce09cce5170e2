package org.hexmall.adapter.in.web.api;

import java.util.List;
import org.hexmall.application.port.in.checkout.CartItem;
import org.hexmall.application.port.in.checkout.CartView;

/** The cart (购物车) at today's prices: what settling it would cost now. */
record CartJson(List<ItemJson> items, int itemCount, MoneyJson total) {

    static CartJson of(CartView cart) {
        return new CartJson(cart.items().stream().map(ItemJson::of).toList(), cart.itemCount(),
                MoneyJson.of(cart.total()));
    }

    record ItemJson(String productId, String nameEn, String nameZh, MoneyJson unitPrice, int quantity,
                    MoneyJson total) {

        static ItemJson of(CartItem item) {
            return new ItemJson(item.product().id().value(), item.product().nameEn(), item.product().nameZh(),
                    MoneyJson.of(item.product().price()), item.quantity(), MoneyJson.of(item.total()));
        }
    }
}
