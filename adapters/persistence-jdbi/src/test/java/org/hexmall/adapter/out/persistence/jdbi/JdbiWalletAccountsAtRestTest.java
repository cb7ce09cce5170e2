package org.hexmall.adapter.out.persistence.jdbi;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PasswordHash;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.IdentifierKind;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Someone with a copy of the database, but not the key, must not learn which wallet accounts are bound. */
class JdbiWalletAccountsAtRestTest {

    private static final Instant NOW = Instant.parse("2025-11-11T08:00:00Z");
    private static final String WALLET_PHONE = "13812345678";
    private static final String WALLET_EMAIL = "li.lei@example.com";

    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2();

    @Test
    void storedBindings_showNeitherThePhoneNumberNorTheEmailInAnyColumn_yetAreFoundByThem() throws SQLException {
        CustomerId liLei = storedCustomer();
        WalletAccountIdentifier phone = new WalletAccountIdentifier(IdentifierKind.PHONE, WALLET_PHONE);
        WalletAccountIdentifier email = new WalletAccountIdentifier(IdentifierKind.EMAIL, WALLET_EMAIL);
        bind(liLei, WalletProvider.WECHAT_PAY, phone);
        bind(liLei, WalletProvider.ALIPAY, email);

        List<String> cells = everyCellOf("wallet_bindings");

        assertThat(cells).isNotEmpty().noneMatch(cell -> cell.contains(WALLET_PHONE) || cell.contains(WALLET_EMAIL));
        assertThat(database.persistence().walletBindings().findByAccount(WalletProvider.WECHAT_PAY, phone)).hasSize(1);
        assertThat(database.persistence().walletBindings().findByAccount(WalletProvider.ALIPAY, email)).hasSize(1);
    }

    private CustomerId storedCustomer() {
        Customer liLei = Customer.register(new CustomerId(UUID.randomUUID()), new PhoneNumber("13800000001"),
                Optional.empty(), new DisplayName("Li Lei"), new PasswordHash("$argon2id$v=19$example"), NOW);
        database.persistence().customers().add(liLei);
        return liLei.id();
    }

    private static void bind(CustomerId customerId, WalletProvider provider, WalletAccountIdentifier account) {
        database.persistence().walletBindings().add(
                WalletBinding.start(new BindingId(UUID.randomUUID()), customerId, provider, account, NOW));
    }

    /** Reads the table with plain SQL, past the adapter, as a copy of the database would be read. */
    private static List<String> everyCellOf(String table) throws SQLException {
        List<String> cells = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database.url());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int column = 1; column <= columns; column++) {
                    cells.add(String.valueOf(rows.getString(column)));
                }
            }
        }
        return cells;
    }
}
