package org.hexmall.domain.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderLine;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.junit.jupiter.api.Test;

/**
 * When a refund needs a second person, at each threshold and one fen (or one second) either side, counted with the
 * payment's earlier refunds.
 */
class ApprovalPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");
    private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));
    private static final Money BIG_PAYMENT = Money.ofYuan(5000, 0);
    private static final Money NONE_BEFORE = Money.ZERO;
    private static final AgentRef WANG = new AgentRef(new AgentId(new UUID(1, 1)), "wang.fang");
    private final ApprovalPolicy policy = ApprovalPolicy.DEFAULT;

    @Test
    void fiveHundredYuan_isAllowedAlone_andOneFenMoreNeedsApproval() {
        assertThat(policy.reasons(Money.ofFen(49_999), NONE_BEFORE, BIG_PAYMENT, YESTERDAY, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofFen(50_000), NONE_BEFORE, BIG_PAYMENT, YESTERDAY, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofFen(50_001), NONE_BEFORE, BIG_PAYMENT, YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_AMOUNT_LIMIT);
    }

    @Test
    void halfOfThePayment_isAllowedAlone_andOneFenMoreNeedsApproval() {
        Money paid = Money.ofYuan(100, 1);
        assertThat(policy.reasons(Money.ofFen(5_000), NONE_BEFORE, paid, YESTERDAY, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofFen(5_001), NONE_BEFORE, paid, YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        assertThat(policy.reasons(Money.ofFen(5_000), NONE_BEFORE, Money.ofFen(10_000), YESTERDAY, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofFen(5_001), NONE_BEFORE, Money.ofFen(10_000), YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
    }

    @Test
    void anOrderPaidThirtyDaysAgo_isAllowedAlone_andOneSecondOlderNeedsApproval() {
        Instant thirtyDays = NOW.minus(Duration.ofDays(30));
        assertThat(policy.reasons(Money.ofYuan(1, 0), NONE_BEFORE, BIG_PAYMENT, thirtyDays, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofYuan(1, 0), NONE_BEFORE, BIG_PAYMENT, thirtyDays.minusSeconds(1), NOW))
                .containsExactly(ApprovalReason.PAID_LONG_AGO);
    }

    @Test
    void everyReasonIsNamed_whenSeveralApply() {
        assertThat(policy.reasons(Money.ofYuan(900, 0), NONE_BEFORE, Money.ofYuan(1000, 0),
                NOW.minus(Duration.ofDays(40)), NOW))
                .containsExactly(ApprovalReason.ABOVE_AMOUNT_LIMIT, ApprovalReason.ABOVE_SHARE_OF_PAYMENT,
                        ApprovalReason.PAID_LONG_AGO);
    }

    /** Three kettles paid ¥377.00, refunded one at a time: the second brings the refunds above half of it. */
    @Test
    void refundsSplitIntoSmallOnes_needApproval_onceTogetherTheyGoAboveHalfOfThePayment() {
        Money paid = Money.ofYuan(377, 0);
        Money kettle = Money.ofYuan(125, 67);

        assertThat(policy.reasons(kettle, NONE_BEFORE, paid, YESTERDAY, NOW)).isEmpty();
        assertThat(policy.reasons(kettle, kettle, paid, YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        assertThat(policy.reasons(Money.ofYuan(125, 66), kettle.times(2), paid, YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        assertThat(policy.reasons(Money.ofFen(1), Money.ofFen(18_850), paid, YESTERDAY, NOW))
                .as("¥188.50 and one fen: one fen above half").containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        assertThat(policy.reasons(Money.ofFen(1), Money.ofFen(18_849), paid, YESTERDAY, NOW))
                .as("¥188.50 together: exactly half").isEmpty();
    }

    @Test
    void refundsSplitIntoSmallOnes_needApproval_onceTogetherTheyGoAboveTheAmountLimit() {
        assertThat(policy.reasons(Money.ofYuan(200, 0), Money.ofYuan(300, 0), BIG_PAYMENT, YESTERDAY, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofYuan(200, 0), Money.ofFen(30_001), BIG_PAYMENT, YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_AMOUNT_LIMIT);
    }

    @Test
    void theEarlierRefunds_countThoseGivenBackOnTheirWayOrWaitingForASupervisor_ofThatPaymentOnly() {
        PaymentId payment = new PaymentId(UUID.randomUUID());
        List<RefundCase> cases = List.of(
                caseOf(payment, 1_00, RefundCaseStatus.REFUNDED),
                caseOf(payment, 2_00, RefundCaseStatus.REFUNDING),
                caseOf(payment, 4_00, RefundCaseStatus.AWAITING_APPROVAL),
                caseOf(payment, 8_00, RefundCaseStatus.REQUESTED),
                caseOf(payment, 16_00, RefundCaseStatus.DECLINED),
                caseOf(payment, 32_00, RefundCaseStatus.REJECTED),
                caseOf(payment, 64_00, RefundCaseStatus.FAILED),
                caseOf(new PaymentId(UUID.randomUUID()), 128_00, RefundCaseStatus.REFUNDED));

        assertThat(ApprovalPolicy.earlierRefunds(payment, cases)).isEqualTo(Money.ofYuan(7, 0));
        assertThat(ApprovalPolicy.earlierRefunds(payment, List.of())).isEqualTo(Money.ZERO);
    }

    @Test
    void theThresholdsAreSettings() {
        ApprovalPolicy strict = new ApprovalPolicy(Money.ofYuan(100, 0), 20, Duration.ofDays(7));
        assertThat(strict.reasons(Money.ofFen(10_001), NONE_BEFORE, BIG_PAYMENT, YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_AMOUNT_LIMIT);
        assertThat(strict.reasons(Money.ofFen(2_001), NONE_BEFORE, Money.ofFen(10_000), YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        assertThat(strict.reasons(Money.ofFen(100), NONE_BEFORE, BIG_PAYMENT, NOW.minus(Duration.ofDays(8)), NOW))
                .containsExactly(ApprovalReason.PAID_LONG_AGO);
        assertThatThrownBy(() -> new ApprovalPolicy(Money.ofYuan(1, 0), 0, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static RefundCase caseOf(PaymentId payment, long fen, RefundCaseStatus status) {
        OrderLine kettle = new OrderLine(new ProductId("HOME-0001"), "Electric kettle", "电热水壶", Category.HOME,
                Money.ofFen(fen), 1);
        boolean customersRequest = status == RefundCaseStatus.REQUESTED || status == RefundCaseStatus.DECLINED;
        return RefundCase.reconstitute(new RefundCaseId(UUID.randomUUID()), new OrderId(UUID.randomUUID()),
                OrderNumber.generate(LocalDate.of(2026, 12, 5), new Random(7)), payment,
                new CustomerId(UUID.randomUUID()), customersRequest ? RefundOrigin.CUSTOMER : RefundOrigin.AGENT,
                RefundCategory.DAMAGED, "", YESTERDAY, RefundQuote.plain(List.of(kettle), List.of(1)).lines(),
                Money.ofFen(fen), RefundEffects.NONE, status,
                customersRequest ? Optional.empty() : Optional.of(WANG),
                Optional.empty(), Optional.empty(), YESTERDAY, Optional.empty());
    }
}
