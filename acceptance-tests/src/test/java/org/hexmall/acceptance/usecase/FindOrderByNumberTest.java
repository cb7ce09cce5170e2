package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.payment.PurchaseStatus;
import org.hexmall.application.port.in.support.OrderSummary;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A caller reads an order number over the phone; the agent finds the order and its customer. */
class FindOrderByNumberTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "", "Li Lei", "tea-4two-pots");
    private final OrderId order = placeOrder();

    @Test
    void theNumberAsReadOut_findsTheOrderWithItsCustomerStatusAndTotal() {
        String readOut = numberOf(order).replace(" ", " - ");

        assertThat(hexmall.findOrderByNumber.find(readOut)).hasValueSatisfying(found -> {
            assertThat(found.id()).isEqualTo(order);
            assertThat(found.customerId()).isEqualTo(customer);
            assertThat(found.status()).isEqualTo(PurchaseStatus.AWAITING_PAYMENT);
            assertThat(found.total()).isEqualTo(Money.ofYuan(59, 80));
            assertThat(found.itemCount()).isEqualTo(2);
        });
    }

    @Test
    void aMisheardDigit_findsNothingRatherThanSomeoneElsesOrder() {
        String number = numberOf(order).replace(" ", "");
        char last = number.charAt(11);
        String misheard = number.substring(0, 11) + (char) (last == '9' ? '0' : last + 1);

        assertThat(hexmall.findOrderByNumber.find(misheard)).isEmpty();
    }

    @Test
    void textThatIsNoOrderNumber_findsNothingInsteadOfFailing() {
        assertThat(hexmall.findOrderByNumber.find("Li Lei")).isEmpty();
    }

    @Test
    void theCustomersPageInTheConsole_listsTheirOrders() {
        assertThat(hexmall.viewCustomerDetails.view(customer).orElseThrow().orders())
                .extracting(OrderSummary::id).containsExactly(order);
    }

    private OrderId placeOrder() {
        hexmall.stock(Shelf.TEA);
        hexmall.changeCart.change(new CartChange.Add(customer, Shelf.TEA.id(), 2));
        return hexmall.settled(customer);
    }

    private String numberOf(OrderId id) {
        return hexmall.viewOrderPayments.view(customer, id).orElseThrow().order().number().grouped();
    }
}
