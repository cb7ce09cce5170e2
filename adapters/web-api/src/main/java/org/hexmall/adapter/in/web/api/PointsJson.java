package org.hexmall.adapter.in.web.api;

import java.util.List;
import org.hexmall.application.port.in.promotion.MyPoints;
import org.hexmall.domain.promotion.PointsEntry;

/**
 * A customer's points: the balance, what it takes off at the payment page ({@code pointsPerYuan} points are ¥1), and
 * one page of the ledger, newest first.
 */
record PointsJson(long balance, MoneyJson worth, int pointsPerYuan, LedgerJson ledger) {

    static PointsJson of(MyPoints points) {
        var page = points.ledger();
        return new PointsJson(points.balance(), MoneyJson.of(points.worth()), MyPoints.POINTS_PER_YUAN,
                new LedgerJson(page.items().stream().map(entry -> EntryJson.of(entry, points)).toList(),
                        page.number(), page.size(), page.total(), page.pageCount()));
    }

    /** One page of the ledger; {@code page} counts from 1. */
    record LedgerJson(List<EntryJson> items, int page, int size, long total, int pageCount) {
    }

    /**
     * One entry: {@code change} is what it did to the balance (negative when it took points away).
     *
     * @param paymentId the payment it belongs to, or null
     * @param order     that payment's order, when known; else null
     */
    record EntryJson(String at, String kind, long points, long change, String paymentId,
                     CouponJson.OrderRefJson order, String note) {

        static EntryJson of(PointsEntry entry, MyPoints points) {
            return new EntryJson(entry.at().toString(), entry.kind().name(), entry.points(), entry.change(),
                    entry.payment().map(Object::toString).orElse(null),
                    points.orderOf(entry).map(CouponJson.OrderRefJson::of).orElse(null), entry.note());
        }
    }
}
