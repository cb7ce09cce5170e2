package org.hexmall.simulator.wallet.storage;

import javax.sql.DataSource;
import org.hexmall.simulator.wallet.account.AccountRecords;
import org.hexmall.simulator.wallet.agreement.AgreementRecords;
import org.hexmall.simulator.wallet.fault.FaultRecords;
import org.hexmall.simulator.wallet.notification.NotificationLog;
import org.hexmall.simulator.wallet.notification.PendingNotifications;
import org.hexmall.simulator.wallet.payment.PaymentRecords;
import org.hexmall.simulator.wallet.storage.jdbi.JdbiAccountRecords;
import org.hexmall.simulator.wallet.storage.jdbi.JdbiAgreementRecords;
import org.hexmall.simulator.wallet.storage.jdbi.JdbiFaultRecords;
import org.hexmall.simulator.wallet.storage.jdbi.JdbiNotificationLog;
import org.hexmall.simulator.wallet.storage.jdbi.JdbiPaymentRecords;
import org.hexmall.simulator.wallet.storage.jdbi.JdbiPendingNotifications;
import org.hexmall.simulator.wallet.storage.jdbi.SimulatorDatabase;
import org.hexmall.simulator.wallet.storage.memory.InMemoryAccountRecords;
import org.hexmall.simulator.wallet.storage.memory.InMemoryAgreementRecords;
import org.hexmall.simulator.wallet.storage.memory.InMemoryFaultRecords;
import org.hexmall.simulator.wallet.storage.memory.InMemoryNotificationLog;
import org.hexmall.simulator.wallet.storage.memory.InMemoryPaymentRecords;
import org.hexmall.simulator.wallet.storage.memory.InMemoryPendingNotifications;
import org.jdbi.v3.core.Jdbi;

/**
 * Where the simulated providers keep their records, one kind per concern. They stand for systems outside hexmall,
 * so they keep state of their own, never the store's: in memory, or in tables of their own ({@code mock_wallet_*})
 * on the store's database server, so that every node of a cluster sees the same simulated providers.
 */
public record SimulatorStore(AccountRecords accounts, AgreementRecords agreements, PaymentRecords payments,
                             FaultRecords faults, NotificationLog notifications,
                             PendingNotifications pendingNotifications) {

    /** Kept in this JVM's memory only, gone when it stops: for tests and single-node demos. */
    public static SimulatorStore inMemory() {
        var accounts = new InMemoryAccountRecords();
        return new SimulatorStore(accounts, new InMemoryAgreementRecords(), new InMemoryPaymentRecords(accounts),
                new InMemoryFaultRecords(), new InMemoryNotificationLog(), new InMemoryPendingNotifications());
    }

    /** Kept in that database, in tables that the simulator's own migration history creates and updates. */
    public static SimulatorStore onDatabase(DataSource dataSource) {
        return on(SimulatorDatabase.migrate(dataSource));
    }

    /**
     * As {@link #onDatabase(DataSource)}, on a database whose tables are known to be up to date already (one made
     * from the migrations of this very build): its migration history is left as it is, unchecked.
     */
    public static SimulatorStore onMigratedDatabase(DataSource dataSource) {
        return on(SimulatorDatabase.on(dataSource));
    }

    private static SimulatorStore on(Jdbi jdbi) {
        return new SimulatorStore(new JdbiAccountRecords(jdbi), new JdbiAgreementRecords(jdbi),
                new JdbiPaymentRecords(jdbi), new JdbiFaultRecords(jdbi), new JdbiNotificationLog(jdbi),
                new JdbiPendingNotifications(jdbi));
    }
}
