package org.hexmall.adapter.out.persistence.jdbi;

import static org.hexmall.adapter.out.persistence.jdbi.UniqueValues.refusingDuplicates;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.instant;
import static org.hexmall.adapter.out.persistence.jdbi.UtcTimestamps.utc;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderNumber;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CouponId;
import org.hexmall.domain.refund.AgentRef;
import org.hexmall.domain.refund.BudgetReversal;
import org.hexmall.domain.refund.RefundCase;
import org.hexmall.domain.refund.RefundCaseId;
import org.hexmall.domain.refund.RefundCaseStatus;
import org.hexmall.domain.refund.RefundCategory;
import org.hexmall.domain.refund.RefundEffects;
import org.hexmall.domain.refund.RefundLine;
import org.hexmall.domain.refund.RefundOrigin;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.wallet.WalletProvider;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Refund cases in {@code refund_cases}, one row each: the refunded lines and the promotions' reversal travel as
 * text on the row (names percent-encoded), so a case is read and written in one statement.
 */
public final class JdbiRefundCases implements RefundCases {

    private static final String COLUMNS = """
            id, order_id, order_number, payment_id, customer_id, origin, category, note, requested_at,
            refunded_lines, amount_fen, points_taken_back, points_returned, points_spent_already,
            points_deduction_fen, voucher_deduction_fen, vouchers_deducted, vouchers_withdrawn, coupons_returned,
            budget_reversals, status, requester_id, requester_username, decided_by_id, decided_by_username, decision,
            changed_at, awaiting_confirmation_from""";

    private final JdbiTransactionRunner transactions;

    JdbiRefundCases(JdbiTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(RefundCase refundCase) {
        refusingDuplicates("refund case " + refundCase.id() + " exists", () ->
                transactions.useCurrentHandle(handle -> bindAll(handle.createUpdate(
                        "INSERT INTO refund_cases (" + COLUMNS + ") VALUES (:id, :orderId, :orderNumber, :paymentId,"
                                + " :customerId, :origin, :category, :note, :requestedAt, :lines, :amountFen,"
                                + " :pointsTakenBack, :pointsReturned, :pointsSpentAlready, :pointsDeductionFen,"
                                + " :voucherDeductionFen, :vouchersDeducted, :vouchersWithdrawn,"
                                + " :couponsReturned, :budgetReversals, :status, :requesterId, :requesterUsername,"
                                + " :decidedById, :decidedByUsername, :decision, :changedAt,"
                                + " :awaitingConfirmationFrom)"), refundCase)
                        .execute()));
    }

    @Override
    public void update(RefundCase refundCase) {
        int updated = transactions.withCurrentHandle(handle -> bindAll(handle.createUpdate("""
                UPDATE refund_cases SET refunded_lines = :lines, amount_fen = :amountFen,
                    points_taken_back = :pointsTakenBack, points_returned = :pointsReturned,
                    points_spent_already = :pointsSpentAlready, points_deduction_fen = :pointsDeductionFen,
                    voucher_deduction_fen = :voucherDeductionFen, vouchers_deducted = :vouchersDeducted,
                    vouchers_withdrawn = :vouchersWithdrawn,
                    coupons_returned = :couponsReturned, budget_reversals = :budgetReversals, status = :status,
                    requester_id = :requesterId, requester_username = :requesterUsername,
                    decided_by_id = :decidedById, decided_by_username = :decidedByUsername, decision = :decision,
                    changed_at = :changedAt, awaiting_confirmation_from = :awaitingConfirmationFrom
                WHERE id = :id"""), refundCase).execute());
        if (updated != 1) {
            throw new IllegalStateException("refund case " + refundCase.id() + " was never stored");
        }
    }

    @Override
    public Optional<RefundCase> findById(RefundCaseId id) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM refund_cases WHERE id = :id")
                .bind("id", id.toString())
                .map(JdbiRefundCases::read)
                .findOne());
    }

    @Override
    public Optional<RefundCase> lockById(RefundCaseId id) {
        return transactions.withCurrentHandle(handle -> {
            requireTransaction(handle);
            return handle.createQuery("SELECT " + COLUMNS + " FROM refund_cases WHERE id = :id FOR UPDATE")
                    .bind("id", id.toString())
                    .map(JdbiRefundCases::read)
                    .findOne();
        });
    }

    @Override
    public List<RefundCase> ofOrder(OrderId orderId) {
        return ofOrders(List.of(orderId));
    }

    @Override
    public List<RefundCase> ofOrders(Collection<OrderId> orderIds) {
        if (orderIds.isEmpty()) {
            return List.of();
        }
        List<String> ids = orderIds.stream().map(OrderId::toString).distinct().toList();
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM refund_cases WHERE order_id IN (<ids>) ORDER BY requested_at, id")
                .bindList("ids", ids)
                .map(JdbiRefundCases::read)
                .list());
    }

    @Override
    public List<RefundCase> withStatus(RefundCaseStatus status, int limit) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM refund_cases WHERE status = :status"
                                + " ORDER BY requested_at, id LIMIT :limit")
                .bind("status", status.name())
                .bind("limit", limit)
                .map(JdbiRefundCases::read)
                .list());
    }

    @Override
    public List<RefundCase> withStatusSince(RefundCaseStatus status, Instant cutoff, int limit) {
        return transactions.withCurrentHandle(handle -> handle.createQuery(
                        "SELECT " + COLUMNS + " FROM refund_cases WHERE status = :status AND changed_at <= :cutoff"
                                + " ORDER BY changed_at, id LIMIT :limit")
                .bind("status", status.name())
                .bind("cutoff", utc(cutoff))
                .bind("limit", limit)
                .map(JdbiRefundCases::read)
                .list());
    }

    private static void requireTransaction(Handle handle) {
        if (!handle.isInTransaction()) {
            throw new IllegalStateException("a refund case is locked only inside a transaction");
        }
    }

    private static <S extends SqlStatement<S>> S bindAll(S statement, RefundCase refundCase) {
        RefundEffects effects = refundCase.effects();
        return statement.bind("id", refundCase.id().toString())
                .bind("orderId", refundCase.orderId().toString())
                .bind("orderNumber", refundCase.orderNumber().value())
                .bind("paymentId", refundCase.paymentId().toString())
                .bind("customerId", refundCase.customerId().toString())
                .bind("origin", refundCase.origin().name())
                .bind("category", refundCase.category().name())
                .bind("note", refundCase.note())
                .bind("requestedAt", utc(refundCase.requestedAt()))
                .bind("lines", writeLines(refundCase.lines()))
                .bind("amountFen", refundCase.amount().fen())
                .bind("pointsTakenBack", effects.pointsTakenBack())
                .bind("pointsReturned", effects.pointsReturned())
                .bind("pointsSpentAlready", effects.pointsSpentAlready())
                .bind("pointsDeductionFen", effects.pointsDeduction().fen())
                .bind("voucherDeductionFen", effects.voucherDeduction().fen())
                .bind("vouchersDeducted", String.join(",", effects.vouchersDeducted().entrySet().stream()
                        .map(kept -> kept.getKey() + "=" + kept.getValue().fen()).sorted().toList()))
                .bind("vouchersWithdrawn", String.join(",", effects.vouchersWithdrawn().stream()
                        .map(CouponId::toString).toList()))
                .bind("couponsReturned", String.join(",", effects.couponsReturned().stream()
                        .map(CouponId::toString).toList()))
                .bind("budgetReversals", String.join(",", effects.budgetReversals().stream()
                        .map(reversal -> reversal.campaign() + "=" + reversal.amount().fen()).toList()))
                .bind("status", refundCase.status().name())
                .bind("requesterId", refundCase.requester().map(ref -> ref.id().toString()).orElse(null))
                .bind("requesterUsername", refundCase.requester().map(AgentRef::username).orElse(null))
                .bind("decidedById", refundCase.decidedBy().map(ref -> ref.id().toString()).orElse(null))
                .bind("decidedByUsername", refundCase.decidedBy().map(AgentRef::username).orElse(null))
                .bind("decision", refundCase.decision().orElse(null))
                .bind("changedAt", utc(refundCase.changedAt()))
                .bind("awaitingConfirmationFrom", refundCase.awaitingConfirmationFrom().map(Enum::name)
                        .orElse(null));
    }

    private static RefundCase read(ResultSet row, StatementContext context) throws SQLException {
        Map<CouponId, Money> vouchersDeducted = new LinkedHashMap<>();
        for (String kept : ids(row.getString("vouchers_deducted"))) {
            String[] parts = kept.split("=", 2);
            vouchersDeducted.put(new CouponId(UUID.fromString(parts[0])), Money.ofFen(Long.parseLong(parts[1])));
        }
        RefundEffects effects = new RefundEffects(row.getLong("points_taken_back"), row.getLong("points_returned"),
                row.getLong("points_spent_already"), Money.ofFen(row.getLong("points_deduction_fen")),
                ids(row.getString("vouchers_withdrawn")).stream().map(id -> new CouponId(UUID.fromString(id)))
                        .toList(),
                vouchersDeducted,
                ids(row.getString("coupons_returned")).stream().map(id -> new CouponId(UUID.fromString(id)))
                        .toList(),
                ids(row.getString("budget_reversals")).stream().map(JdbiRefundCases::budgetReversal).toList());
        return RefundCase.reconstitute(new RefundCaseId(UUID.fromString(row.getString("id"))),
                new OrderId(UUID.fromString(row.getString("order_id"))),
                new OrderNumber(row.getString("order_number")),
                new PaymentId(UUID.fromString(row.getString("payment_id"))),
                new CustomerId(UUID.fromString(row.getString("customer_id"))),
                RefundOrigin.valueOf(row.getString("origin")), RefundCategory.valueOf(row.getString("category")),
                row.getString("note"), instant(row, "requested_at"), readLines(row.getString("refunded_lines")),
                Money.ofFen(row.getLong("amount_fen")), effects, RefundCaseStatus.valueOf(row.getString("status")),
                agent(row.getString("requester_id"), row.getString("requester_username")),
                agent(row.getString("decided_by_id"), row.getString("decided_by_username")),
                Optional.ofNullable(row.getString("decision")), instant(row, "changed_at"),
                Optional.ofNullable(row.getString("awaiting_confirmation_from")).map(WalletProvider::valueOf));
    }

    private static Optional<AgentRef> agent(String id, String username) {
        return id == null ? Optional.empty() : Optional.of(new AgentRef(new AgentId(UUID.fromString(id)), username));
    }

    private static BudgetReversal budgetReversal(String text) {
        String[] parts = text.split("=", 2);
        return new BudgetReversal(new CampaignId(UUID.fromString(parts[0])), Money.ofFen(Long.parseLong(parts[1])));
    }

    private static List<String> ids(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    /** One line a row: index, quantity, goods, discounts, points discount and paid in fen, then the two names. */
    private static String writeLines(List<RefundLine> lines) {
        List<String> rows = new ArrayList<>();
        for (RefundLine line : lines) {
            rows.add(line.lineIndex() + " " + line.quantity() + " " + line.goods().fen() + " "
                    + line.discounts().fen() + " " + line.pointsDiscount().fen() + " " + line.paid().fen() + " "
                    + encode(line.nameEn()) + " " + encode(line.nameZh()));
        }
        return String.join("\n", rows);
    }

    private static List<RefundLine> readLines(String text) {
        List<RefundLine> lines = new ArrayList<>();
        for (String row : text.split("\n")) {
            String[] parts = row.split(" ", -1);
            lines.add(new RefundLine(Integer.parseInt(parts[0]), decode(parts[6]), decode(parts[7]),
                    Integer.parseInt(parts[1]), Money.ofFen(Long.parseLong(parts[2])),
                    Money.ofFen(Long.parseLong(parts[3])), Money.ofFen(Long.parseLong(parts[4])),
                    Money.ofFen(Long.parseLong(parts[5]))));
        }
        return lines;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
