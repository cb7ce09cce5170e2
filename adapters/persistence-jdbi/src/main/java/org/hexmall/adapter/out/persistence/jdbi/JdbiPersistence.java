package org.hexmall.adapter.out.persistence.jdbi;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;
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
import org.hexmall.application.port.out.persistence.PasswordReminders;
import org.hexmall.application.port.out.persistence.PendingReplacements;
import org.hexmall.application.port.out.persistence.StepUps;
import org.hexmall.application.port.out.persistence.LoginThrottles;
import org.hexmall.application.port.out.persistence.OrderSerials;
import org.hexmall.application.port.out.persistence.Orders;
import org.hexmall.application.port.out.persistence.PaymentPricings;
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
import org.hexmall.application.port.out.persistence.StorageHealth;
import org.hexmall.application.port.out.persistence.TransactionRunner;
import org.hexmall.application.port.out.persistence.UsedNonces;
import org.hexmall.application.port.out.persistence.WorkClaims;
import org.hexmall.application.port.out.persistence.VerificationCodes;
import org.hexmall.application.port.out.persistence.WalletBindings;
import org.hexmall.application.port.out.persistence.WalletReconfirmations;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions.MessageRendering;
import org.jdbi.v3.core.statement.StatementExceptions;

/**
 * Every persistence out-port, kept in H2 or PostgreSQL through one connection pool, and a second pool on the same
 * database for the simulators' tables ({@link #simulatorsDataSource()}). Starting it brings the schema up to date;
 * closing it closes the pools.
 */
public final class JdbiPersistence implements AutoCloseable {

    /**
     * The SQL parser of every store in the process, with the statements it has parsed: their text is the same for every
     * store, so where one process opens several stores, as the acceptance tests do, each statement is parsed once, not
     * once a store.
     */
    private static final SqlParser SQL_PARSER = new ColonPrefixSqlParser();

    /** How many prepared statements H2 keeps per connection, as many as PostgreSQL's driver keeps by default. */
    static final int H2_STATEMENTS_KEPT = 256;

    private final HikariDataSource pool;
    private final DataSource dataSource;
    private final DatabaseSettings settings;
    private final UnaryOperator<DataSource> decoration;
    /** The simulators' pool ({@link #simulatorsDataSource()}), opened on first use. */
    private HikariDataSource simulatorsPool;
    private DataSource simulatorsDataSource;
    private final JdbiTransactionRunner transactions;
    private final JdbiCustomers customers;
    private final JdbiLoginHistory loginHistory;
    private final JdbiStepUps stepUps;
    private final JdbiPasswordReminders passwordReminders;
    private final JdbiLoginThrottles loginThrottles;
    private final JdbiDevices devices;
    private final JdbiAgents agents;
    private final JdbiSessions sessions;
    private final JdbiWalletBindings walletBindings;
    private final JdbiVerificationCodes verificationCodes;
    private final JdbiAuditLog auditLog;
    private final JdbiUsedNonces usedNonces;
    private final JdbiWorkClaims workClaims;
    private final JdbiProducts products;
    private final JdbiCarts carts;
    private final JdbiOrders orders;
    private final JdbiPayments payments;
    private final JdbiIdempotencyKeys idempotencyKeys;
    private final JdbiSecurityEvents securityEvents;
    private final JdbiStorageHealth storageHealth;
    private final JdbiRiskAlerts riskAlerts;
    private final JdbiRiskFacts riskFacts;
    private final JdbiRiskHolds riskHolds;
    private final JdbiDashboardFacts dashboardFacts;
    private final JdbiDashboardRollups dashboardRollups;
    private final JdbiCustomerTimelineEntries customerTimelineEntries;
    private final JdbiCampaigns campaigns;
    private final JdbiCoupons coupons;
    private final JdbiPointsLedger pointsLedger;
    private final JdbiCompensations compensations;
    private final JdbiPromotionBudgets promotionBudgets;
    private final JdbiPromotionFacts promotionFacts;
    private final JdbiWalletReconfirmations walletReconfirmations;
    private final JdbiPendingReplacements pendingReplacements;
    private final JdbiPaymentPricings paymentPricings;
    private final JdbiCaseNotes caseNotes;
    private final JdbiRefundCases refundCases;
    private final JdbiOrderSerials orderSerials;

    private JdbiPersistence(HikariDataSource pool, DatabaseSettings settings, UnaryOperator<DataSource> decoration,
                            FieldEncryption encryption) {
        this.pool = pool;
        this.settings = settings;
        this.decoration = decoration;
        this.dataSource = decoration.apply(pool);
        Jdbi jdbi = Jdbi.create(dataSource);
        // A failed statement's message shows its SQL but never the bound values: those include password
        // hashes, session ids and form tokens, and such messages end up in logs.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(MessageRendering.SHORT_STATEMENT);
        jdbi.getConfig(SqlStatements.class).setSqlParser(SQL_PARSER);
        this.transactions = new JdbiTransactionRunner(jdbi);
        this.customers = new JdbiCustomers(transactions);
        this.loginHistory = new JdbiLoginHistory(transactions);
        this.stepUps = new JdbiStepUps(transactions);
        this.passwordReminders = new JdbiPasswordReminders(transactions);
        this.loginThrottles = new JdbiLoginThrottles(transactions);
        this.devices = new JdbiDevices(transactions);
        this.agents = new JdbiAgents(transactions);
        this.sessions = new JdbiSessions(transactions);
        this.walletBindings = new JdbiWalletBindings(transactions, encryption);
        this.verificationCodes = new JdbiVerificationCodes(transactions);
        this.auditLog = new JdbiAuditLog(transactions);
        this.usedNonces = new JdbiUsedNonces(transactions);
        this.workClaims = new JdbiWorkClaims(transactions);
        this.products = new JdbiProducts(transactions);
        this.carts = new JdbiCarts(transactions);
        this.orders = new JdbiOrders(transactions);
        this.payments = new JdbiPayments(transactions);
        this.idempotencyKeys = new JdbiIdempotencyKeys(transactions);
        this.securityEvents = new JdbiSecurityEvents(transactions);
        this.storageHealth = new JdbiStorageHealth(jdbi);
        this.riskAlerts = new JdbiRiskAlerts(transactions);
        this.riskFacts = new JdbiRiskFacts(transactions);
        this.riskHolds = new JdbiRiskHolds(transactions);
        this.campaigns = new JdbiCampaigns(transactions);
        this.coupons = new JdbiCoupons(transactions);
        this.pointsLedger = new JdbiPointsLedger(transactions);
        this.compensations = new JdbiCompensations(transactions);
        this.promotionBudgets = new JdbiPromotionBudgets(transactions);
        this.promotionFacts = new JdbiPromotionFacts(transactions);
        this.walletReconfirmations = new JdbiWalletReconfirmations(transactions, new EncryptedAccounts(encryption));
        this.pendingReplacements = new JdbiPendingReplacements(transactions, new EncryptedAccounts(encryption));
        this.paymentPricings = new JdbiPaymentPricings(transactions);
        this.caseNotes = new JdbiCaseNotes(transactions);
        this.dashboardFacts = new JdbiDashboardFacts(transactions);
        this.dashboardRollups = new JdbiDashboardRollups(transactions);
        this.customerTimelineEntries = new JdbiCustomerTimelineEntries(transactions,
                new EncryptedAccounts(encryption));
        this.refundCases = new JdbiRefundCases(transactions);
        this.orderSerials = new JdbiOrderSerials(transactions);
    }

    /**
     * Connects, migrates the schema to the latest version, and fails at once if either cannot be done.
     *
     * @param encryption encrypts the personal data that the stores keep, such as wallet accounts
     */
    public static JdbiPersistence start(DatabaseSettings settings, FieldEncryption encryption) {
        return start(settings, encryption, UnaryOperator.identity());
    }

    /**
     * As {@link #start(DatabaseSettings, FieldEncryption)}, with every round trip to the database counted by
     * {@code roundTrips}: those of every out-port, and those of the adapters that share {@link #dataSource()}.
     * Its own schema migrations, run first, are not counted.
     */
    public static JdbiPersistence start(DatabaseSettings settings, FieldEncryption encryption,
                                        RoundTripCounter roundTrips) {
        Objects.requireNonNull(roundTrips, "roundTrips");
        return start(settings, encryption, roundTrips::counting);
    }

    /**
     * As {@link #start(DatabaseSettings, FieldEncryption)} or, with a counter, as
     * {@link #start(DatabaseSettings, FieldEncryption, RoundTripCounter)}, on a database whose schema is known to be
     * up to date already (one made from the migrations of this very build): its migration history is left as it is,
     * unchecked, for the next start to check.
     */
    public static JdbiPersistence startOnMigratedDatabase(DatabaseSettings settings, FieldEncryption encryption,
                                                          Optional<RoundTripCounter> roundTrips) {
        return start(settings, encryption, roundTrips.<UnaryOperator<DataSource>>map(counter -> counter::counting)
                .orElseGet(UnaryOperator::identity), false);
    }

    private static JdbiPersistence start(DatabaseSettings settings, FieldEncryption encryption,
                                         UnaryOperator<DataSource> decoration) {
        return start(settings, encryption, decoration, true);
    }

    private static JdbiPersistence start(DatabaseSettings settings, FieldEncryption encryption,
                                         UnaryOperator<DataSource> decoration, boolean migrate) {
        Objects.requireNonNull(encryption, "encryption");
        HikariDataSource pool = new HikariDataSource(poolFor(settings, "hexmall"));
        try {
            if (migrate) {
                migrations(settings, pool).load().migrate();
            }
            return new JdbiPersistence(pool, settings, decoration, encryption);
        } catch (RuntimeException failure) {
            pool.close();
            throw failure;
        }
    }

    /**
     * Flyway on the store's migrations. On PostgreSQL its connections ask to be told of warnings, not of notices: a
     * migration's {@code IF NOT EXISTS} that finds its object there (the search indexes' extension, created once for
     * the whole database) is answered with a notice, which Flyway would log as a warning at every first start.
     */
    private static FluentConfiguration migrations(DatabaseSettings settings, DataSource pool) {
        FluentConfiguration flyway = Flyway.configure().dataSource(pool).locations(migrationsFor(settings));
        return isPostgres(settings) ? flyway.callbacks(new WarningsNotNotices()) : flyway;
    }

    /** Each connection Flyway opens asks PostgreSQL for warnings and errors only, not notices. */
    private static final class WarningsNotNotices implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_CONNECT;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try (Statement statement = context.getConnection().createStatement()) {
                statement.execute("SET client_min_messages = warning");
            } catch (SQLException failed) {
                throw new FlywayException("could not ask PostgreSQL for warnings only", failed);
            }
        }

        @Override
        public String getCallbackName() {
            return "warnings, not notices";
        }
    }

    private static boolean isPostgres(DatabaseSettings settings) {
        return settings.url().startsWith("jdbc:postgresql:");
    }

    /**
     * The migrations every database runs ({@code db/migration}), and those written for this one alone
     * ({@code db/vendor/postgresql} or {@code db/vendor/h2}), such as indexes H2 does not have. A version is in the
     * shared folder or in both vendors' folders, never in one vendor's only.
     */
    static String[] migrationsFor(DatabaseSettings settings) {
        String vendor = isPostgres(settings) ? "postgresql" : "h2";
        return new String[] {"classpath:db/migration", "classpath:db/vendor/" + vendor};
    }

    /**
     * Whether hexmall, not H2, closes the database at a stop: an embedded one (not over TCP) whose URL leaves the
     * choice to hexmall. H2 refuses to leave the closing to the application of a database other processes may open
     * through it ({@code AUTO_SERVER=TRUE}), and it keeps its own hook there.
     */
    static boolean closesItsOwnDatabase(String url) {
        String settings = url.toUpperCase(Locale.ROOT);
        return !settings.startsWith("JDBC:H2:TCP:") && !settings.startsWith("JDBC:H2:SSL:")
                && !settings.contains("AUTO_SERVER=TRUE") && !settings.contains("DB_CLOSE_ON_EXIT=");
    }

    private static HikariConfig poolFor(DatabaseSettings settings, String name) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName(name);
        pool.setJdbcUrl(settings.url());
        if (isGiven(settings.user())) {
            pool.setUsername(settings.user());
        }
        if (isGiven(settings.password())) {
            pool.setPassword(settings.password());
        }
        if (settings.url().startsWith("jdbc:h2:")) {
            // H2 keeps the statements each connection prepared lately, parsed and planned, but by default only the
            // last 8: a request of hexmall's runs more different statements than that, so without a larger cache
            // H2 parses and plans nearly every statement anew each time. (PostgreSQL's driver keeps 256 per
            // connection by default.) Applied when the database is opened, by its first connection.
            pool.addDataSourceProperty("QUERY_CACHE_SIZE", String.valueOf(H2_STATEMENTS_KEPT));
            if (closesItsOwnDatabase(settings.url())) {
                // An embedded H2 closes its database as the JVM exits, from a shutdown hook of its own that runs
                // beside hexmall's: a stop would close the database under the requests, the chores' last pass and
                // the demo history still at work. hexmall closes it itself, once they are done.
                pool.addDataSourceProperty("DB_CLOSE_ON_EXIT", "FALSE");
            }
        }
        // A connection is only busy while the database works for it, so about two per core (plus one for
        // a wait on disk) keep the database fully busy; more would only queue inside it. This is the
        // PostgreSQL wiki's rule of thumb, which HikariCP's "About Pool Sizing" recommends.
        pool.setMaximumPoolSize(Runtime.getRuntime().availableProcessors() * 2 + 1);
        // A request fails soon rather than waiting long behind a database that does not answer.
        pool.setConnectionTimeout(Duration.ofSeconds(5).toMillis());
        return pool;
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }

    public Customers customers() {
        return customers;
    }

    public LoginHistory loginHistory() {
        return loginHistory;
    }

    public StepUps stepUps() {
        return stepUps;
    }

    public PasswordReminders passwordReminders() {
        return passwordReminders;
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

    public StorageHealth storageHealth() {
        return storageHealth;
    }

    public DashboardFacts dashboardFacts() {
        return dashboardFacts;
    }

    public DashboardRollups dashboardRollups() {
        return dashboardRollups;
    }

    public CustomerTimelineEntries customerTimelineEntries() {
        return customerTimelineEntries;
    }

    /**
     * The store's connection pool, as its out-ports use it. When a {@link RoundTripCounter} was given, what is done
     * through it is counted.
     */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * The same database through a pool of its own, for the adapters that keep tables of their own in it (the
     * simulated wallet providers, SMS outbox and face check). A real provider does its work on its own servers and
     * never takes one of the store's connections; sharing {@link #dataSource()} would make every request of the store
     * queue behind the simulators' work, which grows with the store's own traffic. Opened on first use, sized as the
     * store's pool is, and counted as it is when a {@link RoundTripCounter} was given (as the simulators', by table).
     */
    public synchronized DataSource simulatorsDataSource() {
        if (simulatorsPool == null) {
            simulatorsPool = new HikariDataSource(poolFor(settings, "hexmall-simulators"));
            simulatorsDataSource = decoration.apply(simulatorsPool);
        }
        return simulatorsDataSource;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (simulatorsPool != null) {
                simulatorsPool.close();
            }
        }
        pool.close();
    }

    public WorkClaims workClaims() {
        return workClaims;
    }
}
