package org.hexmall.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.wallet.BindingStatus.ACTIVE;
import static org.hexmall.domain.wallet.BindingStatus.AWAITING_AUTHORIZATION;
import static org.hexmall.domain.wallet.BindingStatus.CODE_SENT;
import static org.hexmall.domain.wallet.BindingStatus.EXPIRED;
import static org.hexmall.domain.wallet.BindingStatus.FAILED;
import static org.hexmall.domain.wallet.BindingStatus.REPLACED;
import static org.hexmall.domain.wallet.BindingStatus.REVOKED;
import static org.hexmall.domain.wallet.BindingStatus.UNBOUND;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class BindingStatusTest {

    /** The lifecycle of a binding, written out once: every move not listed here must be refused. */
    private static final Map<BindingStatus, Set<BindingStatus>> LIFECYCLE = Map.of(
            CODE_SENT, EnumSet.of(AWAITING_AUTHORIZATION, FAILED, EXPIRED),
            AWAITING_AUTHORIZATION, EnumSet.of(ACTIVE, FAILED, EXPIRED),
            ACTIVE, EnumSet.of(UNBOUND, REPLACED, REVOKED));

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("movesInTheLifecycle")
    void aMoveInTheLifecycle_isAllowed(BindingStatus from, BindingStatus to) {
        assertThat(from.canMoveTo(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("movesOutsideTheLifecycle")
    void everyOtherMove_isForbidden(BindingStatus from, BindingStatus to) {
        assertThat(from.canMoveTo(to)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"UNBOUND", "REPLACED", "REVOKED", "FAILED", "EXPIRED"})
    void anEndedBinding_isInAFinalStatus(BindingStatus ended) {
        assertThat(ended.isFinal()).isTrue();
        assertThat(ended.isPending()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(names = {"CODE_SENT", "AWAITING_AUTHORIZATION"})
    void aBindingBeingSetUp_isPendingAndNotFinal(BindingStatus beingSetUp) {
        assertThat(beingSetUp.isPending()).isTrue();
        assertThat(beingSetUp.isFinal()).isFalse();
    }

    @Test
    void anActiveBinding_isNeitherPendingNorFinal() {
        assertThat(ACTIVE.isPending()).isFalse();
        assertThat(ACTIVE.isFinal()).isFalse();
    }

    static Stream<Arguments> movesInTheLifecycle() {
        return allMoves().filter(Move::isInTheLifecycle).map(Move::asArguments);
    }

    static Stream<Arguments> movesOutsideTheLifecycle() {
        return allMoves().filter(move -> !move.isInTheLifecycle()).map(Move::asArguments);
    }

    private static Stream<Move> allMoves() {
        return Arrays.stream(BindingStatus.values())
                .flatMap(from -> Arrays.stream(BindingStatus.values()).map(to -> new Move(from, to)));
    }

    private record Move(BindingStatus from, BindingStatus to) {

        boolean isInTheLifecycle() {
            return LIFECYCLE.getOrDefault(from, Set.of()).contains(to);
        }

        Arguments asArguments() {
            return Arguments.of(from, to);
        }
    }
}
