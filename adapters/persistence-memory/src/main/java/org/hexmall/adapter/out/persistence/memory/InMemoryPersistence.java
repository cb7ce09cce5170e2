package org.hexmall.adapter.out.persistence.memory;

import java.util.List;
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
import org.hexmall.application.port.out.persistence.Payments;
import org.hexmall.application.port.out.persistence.PaymentPricings;
import org.hexmall.application.port.out.persistence.PendingReplacements;
import org.hexmall.application.port.out.persistence.RefundCases;
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

/**
 * Every persistence out-port, kept in this process's memory: empty at start, gone at exit. For tests and
 * demos on one node; it passes the same contract tests as the database adapter.
 */
public final class InMemoryPersistence {

    private final StoreLock lock = new StoreLock();
    private final InMemoryCustomers customers = new InMemoryCustomers(lock);
    private final InMemoryLoginHistory loginHistory = new InMemoryLoginHistory(lock);
    private final InMemoryLoginThrottles loginThrottles = new InMemoryLoginThrottles(lock);
    private final InMemoryAgents agents = new InMemoryAgents(lock);
    private final InMemorySessions sessions = new InMemorySessions(lock);
    private final InMemoryWalletBindings walletBindings = new InMemoryWalletBindings(lock);
    private final InMemoryVerificationCodes verificationCodes = new InMemoryVerificationCodes(lock);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog(lock);
    private final InMemoryUsedNonces usedNonces = new InMemoryUsedNonces(lock);
    private final InMemoryWorkClaims workClaims = new InMemoryWorkClaims(lock);
    private final InMemoryProducts products = new InMemoryProducts(lock);
    private final InMemoryCarts carts = new InMemoryCarts(lock);
    private final InMemoryOrders orders = new InMemoryOrders(lock, paymentId -> this.payments.orderPaidBy(paymentId));
    private final InMemoryPayments payments = new InMemoryPayments(lock, orders, walletBindings, customers);
    private final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys(lock);
    private final InMemoryRiskHolds riskHolds = new InMemoryRiskHolds(lock);
    private final InMemoryRiskAlerts riskAlerts = new InMemoryRiskAlerts(lock, riskHolds);
    private final InMemoryDevices devices = new InMemoryDevices(lock);
    private final InMemoryWalletReconfirmations walletReconfirmations = new InMemoryWalletReconfirmations(lock);
    private final InMemoryPendingReplacements pendingReplacements = new InMemoryPendingReplacements(lock);
    private final InMemoryRiskFacts riskFacts = new InMemoryRiskFacts(lock, payments, walletBindings, loginHistory,
            devices, walletReconfirmations, riskHolds);
    private final InMemorySecurityEvents securityEvents = new InMemorySecurityEvents(lock);
    private final InMemoryStepUps stepUps = new InMemoryStepUps(lock);
    private final InMemoryPasswordReminders passwordReminders = new InMemoryPasswordReminders(lock, customers,
            securityEvents);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(lock);
    private final InMemoryCoupons coupons = new InMemoryCoupons(lock);
    private final InMemoryPointsLedger pointsLedger = new InMemoryPointsLedger(lock);
    private final InMemoryPaymentPricings paymentPricings = new InMemoryPaymentPricings(lock);
    private final InMemoryCaseNotes caseNotes = new InMemoryCaseNotes(lock);
    private final InMemoryRefundCases refundCases = new InMemoryRefundCases(lock);
    private final InMemoryOrderSerials orderSerials = new InMemoryOrderSerials();
    private final InMemoryCompensations compensations = new InMemoryCompensations(lock);
    private final InMemoryPromotionBudgets promotionBudgets = new InMemoryPromotionBudgets(lock, campaigns, payments,
            orders);
    private final InMemoryPromotionFacts promotionFacts = new InMemoryPromotionFacts(lock, campaigns,
            promotionBudgets, coupons, pointsLedger, payments);
    private final InMemoryDashboardRollups dashboardRollups = new InMemoryDashboardRollups(lock, payments,
            walletBindings);
    private final InMemoryCustomerTimelineEntries customerTimelineEntries = new InMemoryCustomerTimelineEntries(lock,
            loginHistory, walletBindings, orders, payments, auditLog, securityEvents, caseNotes, riskAlerts);
    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner(lock, List.of(
            customers::restorePoint, loginHistory::restorePoint, loginThrottles::restorePoint, agents::restorePoint,
            sessions::restorePoint, walletBindings::restorePoint, verificationCodes::restorePoint,
            auditLog::restorePoint, usedNonces::restorePoint, products::restorePoint, carts::restorePoint,
            orders::restorePoint, payments::restorePoint, idempotencyKeys::restorePoint, devices::restorePoint,
            securityEvents::restorePoint, stepUps::restorePoint, passwordReminders::restorePoint,
            riskAlerts::restorePoint, campaigns::restorePoint, coupons::restorePoint, pointsLedger::restorePoint,
            promotionBudgets::restorePoint, walletReconfirmations::restorePoint,
            paymentPricings::restorePoint, caseNotes::restorePoint,
            refundCases::restorePoint,
            compensations::restorePoint,
            workClaims::restorePoint,
            dashboardRollups::restorePoint,
            pendingReplacements::restorePoint,
            riskHolds::restorePoint));
    private final InMemoryStorageHealth storageHealth = new InMemoryStorageHealth();
    private final InMemoryDashboardFacts dashboardFacts = new InMemoryDashboardFacts(lock, payments, walletBindings,
            riskAlerts, refundCases, compensations, dashboardRollups);

    public Customers customers() {
        return customers;
    }

    public LoginHistory loginHistory() {
        return loginHistory;
    }

    public LoginThrottles loginThrottles() {
        return loginThrottles;
    }

    public Devices devices() {
        return devices;
    }

    public Agents agents() {
        return agents;
    }

    public Sessions sessions() {
        return sessions;
    }

    public WalletBindings walletBindings() {
        return walletBindings;
    }

    public VerificationCodes verificationCodes() {
        return verificationCodes;
    }

    public StepUps stepUps() {
        return stepUps;
    }

    public PasswordReminders passwordReminders() {
        return passwordReminders;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public UsedNonces usedNonces() {
        return usedNonces;
    }

    public Products products() {
        return products;
    }

    public Carts carts() {
        return carts;
    }

    public Orders orders() {
        return orders;
    }

    public Payments payments() {
        return payments;
    }

    public IdempotencyKeys idempotencyKeys() {
        return idempotencyKeys;
    }

    public SecurityEvents securityEvents() {
        return securityEvents;
    }

    public TransactionRunner transactions() {
        return transactions;
    }

    public RiskAlerts riskAlerts() {
        return riskAlerts;
    }

    public RiskFacts riskFacts() {
        return riskFacts;
    }

    public RiskHolds riskHolds() {
        return riskHolds;
    }

    public Campaigns campaigns() {
        return campaigns;
    }

    public Coupons coupons() {
        return coupons;
    }

    public PointsLedger pointsLedger() {
        return pointsLedger;
    }

    public Compensations compensations() {
        return compensations;
    }

    public PaymentPricings paymentPricings() {
        return paymentPricings;
    }

    public CaseNotes caseNotes() {
        return caseNotes;
    }

    public RefundCases refundCases() {
        return refundCases;
    }

    public OrderSerials orderSerials() {
        return orderSerials;
    }

    public PromotionBudgets promotionBudgets() {
        return promotionBudgets;
    }

    public PromotionFacts promotionFacts() {
        return promotionFacts;
    }

    public WalletReconfirmations walletReconfirmations() {
        return walletReconfirmations;
    }

    public PendingReplacements pendingReplacements() {
        return pendingReplacements;
    }

    public StorageHealth storageHealth() {
        return storageHealth;
    }

    public DashboardFacts dashboardFacts() {
        return dashboardFacts;
    }

    public WorkClaims workClaims() {
        return workClaims;
    }

    public DashboardRollups dashboardRollups() {
        return dashboardRollups;
    }

    public CustomerTimelineEntries customerTimelineEntries() {
        return customerTimelineEntries;
    }
}
