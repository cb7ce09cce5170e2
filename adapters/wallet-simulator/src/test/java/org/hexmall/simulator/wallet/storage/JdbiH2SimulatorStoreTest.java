package org.hexmall.simulator.wallet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.simulator.wallet.TestWallets.LI_LEI_PHONE;

import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.account.WalletAccount;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JdbiH2SimulatorStoreTest extends SimulatorStoreContract {

    private final JdbcDataSource database = TestDatabases.freshH2();
    private final SimulatorStore store = SimulatorStore.onDatabase(database);

    @Override
    protected SimulatorStore store() {
        return store;
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        TestDatabases.execute(database, "SHUTDOWN");
    }

    @Test
    void theSimulatorsTablesAreCreatedBesideTheStoresOwnTables() throws SQLException {
        JdbcDataSource storesDatabase = TestDatabases.freshH2();
        TestDatabases.execute(storesDatabase, "CREATE TABLE customers (id VARCHAR(36) PRIMARY KEY)");
        try {
            SimulatorStore.onDatabase(storesDatabase);
            SimulatorStore migratedTwice = SimulatorStore.onDatabase(storesDatabase);

            migratedTwice.accounts()
                    .addIfAbsent(WalletAccount.open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 1, "1"));

            assertThat(migratedTwice.accounts().all()).hasSize(1);
        } finally {
            TestDatabases.execute(storesDatabase, "SHUTDOWN");
        }
    }
}
