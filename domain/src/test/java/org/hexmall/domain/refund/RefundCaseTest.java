package org.hexmall.domain.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/** A refund case from the first ask to the money back, and who may move it. */
class RefundCaseTest {

    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");
    private static final OrderLine TEA = new OrderLine(new ProductId("GROC-0001"), "Tea", "茶叶", Category.GROCERIES,
            Money.ofYuan(29, 90), 3);
    private static final OrderLine CHARGER = new OrderLine(new ProductId("ELEC-0001"), "Charger", "充电器",
            Category.ELECTRONICS, Money.ofYuan(89, 0), 1);
    private static final List<OrderLine> LINES = List.of(TEA, CHARGER);
    private static final OrderNumber NUMBER = OrderNumber.generate(java.time.LocalDate.of(2026, 12, 6),
            new java.util.Random(7));
    private static final AgentRef WANG = new AgentRef(new AgentId(new UUID(1, 1)), "wang.fang");
    private static final AgentRef ZHAO = new AgentRef(new AgentId(new UUID(2, 2)), "zhao.lei");

    @Test
    void anAgentsRefundUnderTheLimits_goesToTheProviderAtOnce_andIsRefundedWhenItAnswers() {
        RefundCase refund = byAgent(List.of(1, 0), false);

        assertThat(refund.status()).isEqualTo(RefundCaseStatus.REFUNDING);
        assertThat(refund.amount()).isEqualTo(Money.ofYuan(29, 90));
        assertThat(refund.requester()).contains(WANG);

        refund.refunded(NOW.plusSeconds(5));
        assertThat(refund.status()).isEqualTo(RefundCaseStatus.REFUNDED);
        assertThatThrownBy(() -> refund.refunded(NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aRefundTheProviderTook_waitsForItsConfirmation_untilItIsRefunded() {
        RefundCase refund = byAgent(List.of(1, 0), false);

        refund.acceptedBy(WalletProvider.WECHAT_PAY);

        assertThat(refund.status()).isEqualTo(RefundCaseStatus.REFUNDING);
        assertThat(refund.awaitingConfirmationFrom()).contains(WalletProvider.WECHAT_PAY);
        refund.refunded(NOW.plusSeconds(60));
        assertThat(refund.awaitingConfirmationFrom()).isEmpty();
    }

    @Test
    void onlyARefundOnItsWay_canBeTakenByTheProvider() {
        RefundCase waiting = byAgent(List.of(1, 0), true);

        assertThatThrownBy(() -> waiting.acceptedBy(WalletProvider.WECHAT_PAY)).isInstanceOf(DomainException.class);
        assertThat(waiting.awaitingConfirmationFrom()).isEmpty();
    }

    @Test
    void aRefundTheProviderRefuses_failsWithItsAnswer_andFreesItsItems() {
        RefundCase refund = byAgent(List.of(1, 0), false);

        refund.failed("more than is left to refund: ¥0.00 left", NOW.plusSeconds(5));

        assertThat(refund.status()).isEqualTo(RefundCaseStatus.FAILED);
        assertThat(refund.decision()).contains("more than is left to refund: ¥0.00 left");
        assertThat(RefundQuantities.left(LINES, List.of(refund))).containsExactly(3, 1);
        assertThatThrownBy(() -> refund.refunded(NOW)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> refund.failed("again", NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void aRefundNeedingApproval_cannotBeApprovedOrRejectedByItsRequester_butByAnotherSupervisor() {
        RefundCase refund = byAgent(List.of(3, 1), true);
        assertThat(refund.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);

        assertThatThrownBy(() -> refund.approve(WANG, quote(List.of(3, 1)), NOW))
                .isInstanceOf(DomainException.class).hasMessage("refund.own-request");
        assertThatThrownBy(() -> refund.reject(WANG, "no", NOW))
                .isInstanceOf(DomainException.class).hasMessage("refund.own-request");
        assertThat(refund.isDecidableBy(WANG)).isFalse();
        assertThat(refund.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);

        refund.approve(ZHAO, quote(List.of(3, 1)), NOW.plus(Duration.ofHours(1)));
        assertThat(refund.status()).isEqualTo(RefundCaseStatus.REFUNDING);
        assertThat(refund.decidedBy()).contains(ZHAO);
        assertThatThrownBy(() -> refund.approve(ZHAO, quote(List.of(3, 1)), NOW))
                .isInstanceOf(DomainException.class).hasMessage("refund.status");
    }

    @Test
    void aRejection_needsAReason() {
        RefundCase refund = byAgent(List.of(3, 1), true);

        assertThatThrownBy(() -> refund.reject(ZHAO, "  ", NOW)).hasMessage("refund.reason-required");
        refund.reject(ZHAO, "Goods not returned yet", NOW);

        assertThat(refund.status()).isEqualTo(RefundCaseStatus.REJECTED);
        assertThat(refund.decision()).contains("Goods not returned yet");
        assertThat(refund.status().holdsItems()).isFalse();
    }

    @Test
    void aCustomersRequest_isTakenByAnAgentWhoBecomesItsRequester() {
        RefundCase request = RefundCase.askedByCustomer(new RefundCaseId(UUID.randomUUID()),
                new OrderId(UUID.randomUUID()), NUMBER, new PaymentId(UUID.randomUUID()),
                new CustomerId(UUID.randomUUID()), RefundCategory.DAMAGED, "屏幕碎了", quote(List.of(0, 1)), NOW);
        assertThat(request.status()).isEqualTo(RefundCaseStatus.REQUESTED);
        assertThat(request.requester()).isEmpty();

        request.take(WANG, quote(List.of(0, 1)), true, NOW);

        assertThat(request.status()).isEqualTo(RefundCaseStatus.AWAITING_APPROVAL);
        assertThat(request.isDecidableBy(WANG)).isFalse();
        assertThat(request.isDecidableBy(ZHAO)).isTrue();
    }

    @Test
    void aCustomersRequest_declined_carriesTheExplanation() {
        RefundCase request = RefundCase.askedByCustomer(new RefundCaseId(UUID.randomUUID()),
                new OrderId(UUID.randomUUID()), NUMBER, new PaymentId(UUID.randomUUID()),
                new CustomerId(UUID.randomUUID()), RefundCategory.CHANGED_MIND, "", quote(List.of(1, 0)), NOW);

        assertThatThrownBy(() -> request.decline(WANG, "", NOW)).hasMessage("refund.explanation-required");
        request.decline(WANG, "Opened food cannot be returned", NOW);

        assertThat(request.status()).isEqualTo(RefundCaseStatus.DECLINED);
        assertThat(request.decision()).contains("Opened food cannot be returned");
        assertThatThrownBy(() -> request.take(WANG, quote(List.of(1, 0)), false, NOW)).hasMessage("refund.status");
    }

    @Test
    void quantities_neverExceedWhatWasBoughtLessWhatOtherCasesHold() {
        RefundCase first = byAgent(List.of(2, 0), false);
        RefundCase rejected = byAgent(List.of(1, 1), true);
        rejected.reject(ZHAO, "Duplicate request", NOW);

        List<Integer> left = RefundQuantities.left(LINES, List.of(first, rejected));

        assertThat(left).containsExactly(1, 1);
        RefundQuantities.check(left, List.of(1, 1));
        assertThatThrownBy(() -> RefundQuantities.check(left, List.of(2, 0)))
                .hasMessage("refund.quantity-exceeds");
        assertThatThrownBy(() -> RefundQuantities.check(left, List.of(0, 0))).hasMessage("refund.nothing-chosen");
        assertThatThrownBy(() -> RefundQuantities.check(left, List.of(-1, 1))).hasMessage("refund.quantity-negative");
        assertThat(RefundQuantities.sentToProvider(2, List.of(first, rejected))).containsExactly(2, 0);
    }

    @Test
    void aPlainQuote_givesBackTheLinePricesOfTheChosenItems() {
        RefundQuote quote = quote(List.of(2, 1));

        assertThat(quote.moneyBack()).isEqualTo(Money.ofYuan(148, 80));
        assertThat(quote.lines()).extracting(RefundLine::lineIndex, RefundLine::quantity, RefundLine::paid)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 2, Money.ofYuan(59, 80)),
                        org.assertj.core.groups.Tuple.tuple(1, 1, Money.ofYuan(89, 0)));
        assertThat(quote.effects()).isEqualTo(RefundEffects.NONE);
        assertThat(quote.quantities(2)).containsExactly(2, 1);
    }

    @Test
    void theRefundNumber_isShortAndTheSameForEveryAttempt() {
        RefundCaseId id = new RefundCaseId(UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e"));
        assertThat(id.refundNumber()).isEqualTo("RF-0F8FAD5BD9CB469FA165").isEqualTo(id.refundNumber());
    }

    private static RefundQuote quote(List<Integer> quantities) {
        return RefundQuote.plain(LINES, quantities);
    }

    private static RefundCase byAgent(List<Integer> quantities, boolean needsApproval) {
        return RefundCase.askedByAgent(new RefundCaseId(UUID.randomUUID()), new OrderId(UUID.randomUUID()),
                NUMBER, new PaymentId(UUID.randomUUID()), new CustomerId(UUID.randomUUID()),
                RefundCategory.DAMAGED, "Box crushed", quote(quantities), WANG, needsApproval, NOW);
    }
}
