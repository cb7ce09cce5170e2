package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.promotion.MyPoints;
import org.hexmall.application.port.in.promotion.ViewMyPoints;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** My account → "My points": the balance, what it is worth, and the ledger, newest first. */
class ViewMyPointsTest {

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷",
            "tea-4two-pots");

    @Test
    void aNewCustomer_hasNoPointsAndAnEmptyLedger() {
        MyPoints points = hexmall.viewMyPoints.view(customer, 1);

        assertThat(points.balance()).isZero();
        assertThat(points.worth()).isEqualTo(Money.ZERO);
        assertThat(points.ledger().items()).isEmpty();
    }

    @Test
    void theBalance_isTheLedgersSumAndIsWorthAFenAPoint() {
        append(PointsEntryKind.EARNED, 389, "");
        append(PointsEntryKind.COMPENSATION, 200, "Late delivery");
        append(PointsEntryKind.SPENT, 150, "");

        MyPoints points = hexmall.viewMyPoints.view(customer, 1);

        assertThat(points.balance()).isEqualTo(439);
        assertThat(points.worth()).isEqualTo(Money.ofYuan(4, 39));
        assertThat(points.ledger().items()).extracting(PointsEntry::kind).containsExactly(
                PointsEntryKind.SPENT, PointsEntryKind.COMPENSATION, PointsEntryKind.EARNED);
        assertThat(points.ledger().items()).extracting(PointsEntry::change).containsExactly(-150L, 200L, 389L);
    }

    @Test
    void aLongLedger_comesAPageAtATime() {
        for (int entry = 0; entry < ViewMyPoints.PAGE_SIZE + 1; entry++) {
            append(PointsEntryKind.EARNED, entry + 1, "");
        }

        MyPoints first = hexmall.viewMyPoints.view(customer, 1);
        MyPoints second = hexmall.viewMyPoints.view(customer, 2);

        assertThat(first.ledger().items()).hasSize(ViewMyPoints.PAGE_SIZE);
        assertThat(first.ledger().hasNext()).isTrue();
        assertThat(second.ledger().items()).extracting(PointsEntry::points).containsExactly(1L);
        assertThat(first.balance()).isEqualTo((ViewMyPoints.PAGE_SIZE + 1) * (ViewMyPoints.PAGE_SIZE + 2) / 2);
    }

    private void append(PointsEntryKind kind, long points, String note) {
        Instant at = hexmall.clock.instant();
        hexmall.storage.pointsLedger().append(List.of(new PointsEntry(customer, kind, points, Optional.empty(), note,
                at)));
        hexmall.clock.advance(Duration.ofMinutes(1));
    }
}
