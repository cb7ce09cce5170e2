package org.hexmall.domain.refund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;

/** When a refund needs a second person, at each threshold and one fen (or one second) either side. */
class ApprovalPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-06T04:00:00Z");
    private static final Instant YESTERDAY = NOW.minus(Duration.ofDays(1));
    private static final Money BIG_PAYMENT = Money.ofYuan(5000, 0);
    private final ApprovalPolicy policy = ApprovalPolicy.DEFAULT;

    @Test
    void fiveHundredYuan_isAllowedAlone_andOneFenMoreNeedsApproval() {
        assertThat(policy.reasons(Money.ofFen(49_999), BIG_PAYMENT, YESTERDAY, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofFen(50_000), BIG_PAYMENT, YESTERDAY, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofFen(50_001), BIG_PAYMENT, YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_AMOUNT_LIMIT);
    }

    @Test
    void halfOfThePayment_isAllowedAlone_andOneFenMoreNeedsApproval() {
        Money paid = Money.ofYuan(100, 1);
        assertThat(policy.reasons(Money.ofFen(5_000), paid, YESTERDAY, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofFen(5_001), paid, YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        assertThat(policy.reasons(Money.ofFen(5_000), Money.ofFen(10_000), YESTERDAY, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofFen(5_001), Money.ofFen(10_000), YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
    }

    @Test
    void anOrderPaidThirtyDaysAgo_isAllowedAlone_andOneSecondOlderNeedsApproval() {
        Instant thirtyDays = NOW.minus(Duration.ofDays(30));
        assertThat(policy.reasons(Money.ofYuan(1, 0), BIG_PAYMENT, thirtyDays, NOW)).isEmpty();
        assertThat(policy.reasons(Money.ofYuan(1, 0), BIG_PAYMENT, thirtyDays.minusSeconds(1), NOW))
                .containsExactly(ApprovalReason.PAID_LONG_AGO);
    }

    @Test
    void everyReasonIsNamed_whenSeveralApply() {
        assertThat(policy.reasons(Money.ofYuan(900, 0), Money.ofYuan(1000, 0), NOW.minus(Duration.ofDays(40)), NOW))
                .containsExactly(ApprovalReason.ABOVE_AMOUNT_LIMIT, ApprovalReason.ABOVE_SHARE_OF_PAYMENT,
                        ApprovalReason.PAID_LONG_AGO);
    }

    @Test
    void theThresholdsAreSettings() {
        ApprovalPolicy strict = new ApprovalPolicy(Money.ofYuan(100, 0), 20, Duration.ofDays(7));
        assertThat(strict.reasons(Money.ofFen(10_001), BIG_PAYMENT, YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_AMOUNT_LIMIT);
        assertThat(strict.reasons(Money.ofFen(2_001), Money.ofFen(10_000), YESTERDAY, NOW))
                .containsExactly(ApprovalReason.ABOVE_SHARE_OF_PAYMENT);
        assertThat(strict.reasons(Money.ofFen(100), BIG_PAYMENT, NOW.minus(Duration.ofDays(8)), NOW))
                .containsExactly(ApprovalReason.PAID_LONG_AGO);
        assertThatThrownBy(() -> new ApprovalPolicy(Money.ofYuan(1, 0), 0, Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
