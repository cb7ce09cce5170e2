package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.payment.PaymentOptions;
import org.hexmall.application.port.in.payment.PaymentView;
import org.hexmall.application.port.in.payment.PricedPayment;
import org.hexmall.application.port.in.payment.ViewOrderPayments.OrderPayments;
import org.hexmall.application.port.in.payment.ViewPayment;
import org.hexmall.application.port.in.wallet.BoundWallet;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.Order;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.promotion.AppliedDiscount;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.LinePrice;
import org.hexmall.domain.promotion.NotApplied;
import org.hexmall.domain.promotion.NotAppliedReason;
import org.hexmall.domain.promotion.OfferRef;
import org.hexmall.domain.promotion.PriceBreakdown;
import org.hexmall.domain.promotion.PricingLevel;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PaymentOptionsResourceTest {

    private final ApiTestServer api = new ApiTestServer();
    private final Order order = Fixtures.order(Fixtures.LI_LEI);
    private final BoundWallet alipay = new BoundWallet(new BindingId(UUID.randomUUID()), WalletProvider.ALIPAY,
            "138****0001", true, FakeInPorts.NOW);
    private String bearer;

    @BeforeEach
    void logIn() {
        bearer = "Bearer " + api.fakes.loggedIn(Fixtures.LI_LEI).id().value();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void eachWalletCarriesWhatTheOrderCostsWithIt_theDiscountsByNameAndTheOffersNotApplied() {
        api.fakes.viewPaymentOptions = (customer, id) -> customer.equals(Fixtures.LI_LEI) && id.equals(order.id())
                ? Optional.of(new PaymentOptions(order, List.of(alipay), Optional.of(alipay.id()), List.of(),
                Optional.empty(), Optional.empty(), Map.of(alipay.id(), tenOff()), Map.of(), 1500, 1500))
                : Optional.empty();

        ApiTestServer.Reply reply = api.get(path(order), "Authorization", bearer);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode json = reply.json();
        assertThat(json.path("payable").asBoolean()).isTrue();
        assertThat(json.path("pointsToSpend").asLong()).isEqualTo(1500);
        JsonNode price = json.path("wallets").get(0).path("price");
        assertThat(json.path("wallets").get(0).path("provider").asText()).isEqualTo("ALIPAY");
        assertThat(price.path("goodsTotal").path("fen").asLong()).isEqualTo(249_899);
        assertThat(price.path("amountToPay").path("display").asText()).isEqualTo("¥2,488.99");
        assertThat(price.path("discounts").get(0).path("nameEn").asText()).isEqualTo("First Alipay payment");
        assertThat(price.path("discounts").get(0).path("amount").path("fen").asLong()).isEqualTo(1000);
        assertThat(price.path("pointsToEarn").asLong()).isEqualTo(2488);
        assertThat(price.path("notApplied").get(0).path("reason").asText())
                .isEqualTo("promotion.not-applied.new-customers-only");
    }

    @Test
    void anotherCustomersOrder_orNoOrderId_isNotFound() {
        assertProblem(api.get(path(order), "Authorization", bearer), 404, "order-not-found", path(order));
        assertThat(api.get("/api/v1/orders/not-an-id/payment-options", "Authorization", bearer).status())
                .isEqualTo(404);
    }

    @Test
    void theOrderCarriesThePriceItsPaymentStartedWith_andThePointsEarned() {
        order.markPaid(FakeInPorts.NOW);
        var paid = Fixtures.payment(order, PaymentStatus.SUCCEEDED, Optional.empty());
        api.fakes.viewOrderPayments = (customer, id) -> Optional.of(new OrderPayments(order, List.of(paid),
                Optional.empty(), Map.of(paid.id(), tenOff())));

        JsonNode json = api.get("/api/v1/orders/" + order.id(), "Authorization", bearer).json();

        assertThat(json.path("price").path("amountToPay").path("fen").asLong()).isEqualTo(248_899);
        assertThat(json.path("pointsEarned").asLong()).isEqualTo(2488);
    }

    @Test
    void aPaymentCarriesThePriceFrozenOnItWhenItStarted() {
        var paying = Fixtures.payment(order, PaymentStatus.AWAITING_CONFIRMATION, Optional.empty());
        api.fakes.viewPayment = new ViewPayment() {
            @Override
            public Optional<PaymentView> view(CustomerId customer, PaymentId id, Duration wait) {
                return Optional.of(paying);
            }

            @Override
            public Optional<PricedPayment> viewPriced(CustomerId customer, PaymentId id, Duration wait) {
                return Optional.of(new PricedPayment(paying, Optional.of(tenOff())));
            }
        };

        JsonNode json = api.get("/api/v1/payments/" + paying.id(), "Authorization", bearer).json();

        assertThat(json.path("price").path("goodsTotal").path("fen").asLong()).isEqualTo(249_899);
        assertThat(json.path("price").path("discounts").get(0).path("nameEn").asText())
                .isEqualTo("First Alipay payment");
        assertThat(json.path("price").path("amountToPay").path("fen").asLong()).isEqualTo(248_899);
        assertThat(json.path("price").path("pointsToEarn").asLong()).isEqualTo(2488);
    }

    private static String path(Order order) {
        return "/api/v1/orders/" + order.id() + "/payment-options";
    }

    /** ¥10 off the order's first line for the first Alipay payment. */
    private PriceBreakdown tenOff() {
        CampaignId campaign = new CampaignId(UUID.randomUUID());
        LinePrice first = new LinePrice(order.lines().get(0), Money.ofYuan(10, 0), Money.ZERO,
                order.lines().get(0).total().minus(Money.ofYuan(10, 0)), 2459);
        LinePrice second = new LinePrice(order.lines().get(1), Money.ZERO, Money.ZERO, order.lines().get(1).total(),
                29);
        return new PriceBreakdown(WalletProvider.ALIPAY, List.of(first, second),
                List.of(new AppliedDiscount(new OfferRef.OfCampaign(campaign), "First Alipay payment", "支付宝首单",
                        PricingLevel.PAYMENT_METHOD, new StackingGroup("first-payment"), Money.ofYuan(10, 0),
                        List.of(Money.ofYuan(10, 0), Money.ZERO))),
                0, 2488, Optional.empty(), List.of(), List.of(), List.of(),
                List.of(new NotApplied(new OfferRef.OfCampaign(new CampaignId(UUID.randomUUID())), "Welcome",
                        "新人礼", new NotAppliedReason.NewCustomersOnly())));
    }
}
