package org.hexmall.adapter.in.web.api;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentFailureReason;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletProvider;

/** Products, orders and payments for the fakes to answer. */
final class Fixtures {

    static final CustomerId LI_LEI = new CustomerId(UUID.fromString("00000000-0000-0000-0000-000000000001"));
    static final Product PHONE = new Product(new ProductId("ELEC-0001"), "Smartphone", "智能手机",
            Category.ELECTRONICS, Money.ofFen(123_450));
    static final Product TEA = new Product(new ProductId("GROC-0002"), "Green tea", "绿茶", Category.GROCERIES,
            Money.ofFen(2_999));

    private Fixtures() {
    }

    static Order order(CustomerId customer) {
        return Order.settle(new OrderId(UUID.randomUUID()), OrderNumber.generate(LocalDate.of(2026, 3, 1),
                new Random(7)), customer, List.of(OrderLine.snapshotOf(PHONE, 2), OrderLine.snapshotOf(TEA, 1)),
                FakeInPorts.NOW);
    }

    static PaymentView payment(Order order, PaymentStatus status, Optional<PaymentFailureReason> reason) {
        return new PaymentView(new PaymentId(UUID.randomUUID()), order.id(), order.number(), WalletProvider.ALIPAY,
                order.total(), status, reason, FakeInPorts.NOW.plusSeconds(60),
                status == PaymentStatus.AWAITING_CONFIRMATION
                        ? Optional.of("http://localhost/mock-wallet/pay/abc") : Optional.empty(),
                List.of(), false, List.of(), Optional.empty());
    }

    static URI walletPage() {
        return URI.create("http://localhost/mock-wallet/pay/abc");
    }
}
