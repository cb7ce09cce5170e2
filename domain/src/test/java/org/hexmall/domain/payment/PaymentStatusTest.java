package org.hexmall.domain.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.payment.PaymentStatus.AWAITING_CONFIRMATION;
import static org.hexmall.domain.payment.PaymentStatus.CANCELLED;
import static org.hexmall.domain.payment.PaymentStatus.CLOSED;
import static org.hexmall.domain.payment.PaymentStatus.CREATED;
import static org.hexmall.domain.payment.PaymentStatus.FAILED;
import static org.hexmall.domain.payment.PaymentStatus.SUCCEEDED;
import static org.hexmall.domain.payment.PaymentStatus.UNKNOWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PaymentStatusTest {

    /** The payment state machine, written out once: every move not listed here must be refused. */
    private static final Map<PaymentStatus, Set<PaymentStatus>> STATE_MACHINE = Map.of(
            CREATED, EnumSet.of(AWAITING_CONFIRMATION, SUCCEEDED, FAILED, CANCELLED, UNKNOWN, CLOSED),
            AWAITING_CONFIRMATION, EnumSet.of(SUCCEEDED, FAILED, CANCELLED, UNKNOWN, CLOSED),
            UNKNOWN, EnumSet.of(SUCCEEDED, FAILED, CLOSED));

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("movesInTheStateMachine")
    void aMoveInTheStateMachine_isAllowed(PaymentStatus from, PaymentStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("movesOutsideTheStateMachine")
    void everyOtherMove_isForbidden(PaymentStatus from, PaymentStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"SUCCEEDED", "FAILED", "CANCELLED", "CLOSED"})
    void aSettledPayment_isInAFinalStatus(PaymentStatus settled) {
        assertThat(settled.isFinal()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"CREATED", "AWAITING_CONFIRMATION", "UNKNOWN"})
    void aPaymentStillUnderWay_isNotFinal(PaymentStatus underWay) {
        assertThat(underWay.isFinal()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"CREATED", "UNKNOWN"})
    void aPaymentTheProviderHasNotAnsweredFor_isBeingConfirmed(PaymentStatus status) {
        assertThat(status.isBeingConfirmed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"AWAITING_CONFIRMATION", "SUCCEEDED", "FAILED", "CANCELLED", "CLOSED"})
    void aPaymentTheProviderHasAnsweredFor_isNotBeingConfirmed(PaymentStatus status) {
        assertThat(status.isBeingConfirmed()).isFalse();
    }

    static Stream<Arguments> movesInTheStateMachine() {
        return allMoves().filter(Move::isInTheStateMachine).map(Move::asArguments);
    }

    static Stream<Arguments> movesOutsideTheStateMachine() {
        return allMoves().filter(move -> !move.isInTheStateMachine()).map(Move::asArguments);
    }

    private static Stream<Move> allMoves() {
        return Arrays.stream(PaymentStatus.values())
                .flatMap(from -> Arrays.stream(PaymentStatus.values()).map(to -> new Move(from, to)));
    }

    private record Move(PaymentStatus from, PaymentStatus to) {

        boolean isInTheStateMachine() {
            return STATE_MACHINE.getOrDefault(from, Set.of()).contains(to);
        }

        Arguments asArguments() {
            return Arguments.of(from, to);
        }
    }
}
