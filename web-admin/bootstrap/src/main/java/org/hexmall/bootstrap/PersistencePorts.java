package org.hexmall.bootstrap;

import org.hexmall.adapter.out.persistence.jdbi.JdbiPersistence;
import org.hexmall.adapter.out.persistence.memory.InMemoryPersistence;
import org.hexmall.application.port.out.persistence.Agents;
import org.hexmall.application.port.out.persistence.Campaigns;
import org.hexmall.application.port.out.persistence.Compensations;
import org.hexmall.application.port.out.persistence.Coupons;
import org.hexmall.application.port.out.persistence.AuditLog;
import org.hexmall.application.port.out.persistence.CaseNotes;
import org.hexmall.application.port.out.persistence.Carts;
import org.hexmall.application.port.out.persistence.Customers;
import org.hexmall.application.port.out.persistence.CustomerTimelineEntries;
import org.hexmall.application.port.out.persistence.DashboardFacts;
import org.hexmall.application.port.out.persistence.DashboardRollups;
import org.hexmall.application.port.out.persistence.Devices;
import org.hexmall.application.port.out.persistence.IdempotencyKeys;
import org.hexmall.application.port.out.persistence.LoginHistory;
import org.hexmall.application.port.out.persistence.LoginThrottles;
import org.hexmall.application.port.out.persistence.OrderSerials;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.PasswordReminders;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.application.port.out.persistence.PendingReplacements;
import org.hexmall.application.port.out.persistence.RefundCases;
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PointsLedger;
import org.hexmall.application.port.out.persistence.Products;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.port.out.persistence.PromotionFacts;
import org.hexmall.application.port.out.persistence.RiskAlerts;
import org.hexmall.application.port.out.persistence.RiskFacts;
import org.hexmall.application.port.out.persistence.RiskHolds;
import org.hexmall.application.port.out.persistence.SecurityEvents;
import org.hexmall.application.port.out.persistence.Sessions;
import org.hexmall.application.port.out.persistence.StepUps;
import org.hexmall.application.port.out.persistence.StorageHealth;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.hexmall.application.port.out.persistence.WorkClaims;
import org.hexmall.application.port.out.persistence.VerificationCodes;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;

/** The persistence out-ports the use cases are wired to, all from one adapter. */
public record PersistencePorts(
        Customers customers,
        LoginHistory loginHistory,
        LoginThrottles loginThrottles,
        Devices devices,
        Agents agents,
        Sessions sessions,
        WalletBindings walletBindings,
        VerificationCodes verificationCodes,
        AuditLog auditLog,
        UsedNonces usedNonces,
        Products products,
        Carts carts,
        Orders orders,
        Payments payments,
        IdempotencyKeys idempotencyKeys,
        SecurityEvents securityEvents,
        TransactionRunner transactions,
        StorageHealth health,
        StepUps stepUps,
        PasswordReminders passwordReminders,
        RiskAlerts riskAlerts,
        RiskFacts riskFacts,
        Campaigns campaigns,
        Coupons coupons,
        PointsLedger pointsLedger,
        PromotionBudgets promotionBudgets,
        PromotionFacts promotionFacts,
        WalletReconfirmations walletReconfirmations,
        PaymentPricings paymentPricings,
        CaseNotes caseNotes,
        DashboardFacts dashboardFacts,
        RefundCases refundCases,
        Compensations compensations,
        WorkClaims workClaims,
        OrderSerials orderSerials,
        DashboardRollups dashboardRollups,
        CustomerTimelineEntries customerTimelineEntries,
        PendingReplacements pendingReplacements,
        RiskHolds riskHolds) {

    /** The out-ports of the database adapter (H2 or PostgreSQL). */
    public static PersistencePorts of(JdbiPersistence jdbi) {
        return new PersistencePorts(jdbi.customers(), jdbi.loginHistory(), jdbi.loginThrottles(), jdbi.devices(),
                jdbi.agents(), jdbi.sessions(),
                jdbi.walletBindings(), jdbi.verificationCodes(), jdbi.auditLog(), jdbi.usedNonces(),
                jdbi.products(), jdbi.carts(), jdbi.orders(), jdbi.payments(), jdbi.idempotencyKeys(),
                jdbi.securityEvents(), jdbi.transactions(), jdbi.storageHealth(), jdbi.stepUps(),
                jdbi.passwordReminders(), jdbi.riskAlerts(), jdbi.riskFacts(), jdbi.campaigns(), jdbi.coupons(),
                jdbi.pointsLedger(), jdbi.promotionBudgets(), jdbi.promotionFacts(), jdbi.walletReconfirmations(),
                jdbi.paymentPricings(), jdbi.caseNotes(),
                jdbi.dashboardFacts(),
                jdbi.refundCases(),
                jdbi.compensations(),
                jdbi.workClaims(),
                jdbi.orderSerials(),
                jdbi.dashboardRollups(),
                jdbi.customerTimelineEntries(),
                jdbi.pendingReplacements(),
                jdbi.riskHolds());
    }

    /** The out-ports of the adapter that keeps everything in plain Java collections. */
    public static PersistencePorts of(InMemoryPersistence memory) {
        return new PersistencePorts(memory.customers(), memory.loginHistory(), memory.loginThrottles(),
                memory.devices(), memory.agents(), memory.sessions(),
                memory.walletBindings(), memory.verificationCodes(), memory.auditLog(), memory.usedNonces(),
                memory.products(), memory.carts(), memory.orders(), memory.payments(), memory.idempotencyKeys(),
                memory.securityEvents(), memory.transactions(), memory.storageHealth(), memory.stepUps(),
                memory.passwordReminders(), memory.riskAlerts(), memory.riskFacts(), memory.campaigns(),
                memory.coupons(), memory.pointsLedger(), memory.promotionBudgets(), memory.promotionFacts(),
                memory.walletReconfirmations(), memory.paymentPricings(), memory.caseNotes(),
                memory.dashboardFacts(),
                memory.refundCases(),
                memory.compensations(),
                memory.workClaims(),
                memory.orderSerials(),
                memory.dashboardRollups(),
                memory.customerTimelineEntries(),
                memory.pendingReplacements(),
                memory.riskHolds());
    }
}
