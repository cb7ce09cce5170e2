package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.domain.account.CustomerId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** A caller reads out the wallet account they see in their Alipay app; the agent finds whose it is. */
class FindCustomersByWalletAccountTest {

    private static final String PHONE = "13800138000";
    private static final String WALLET_EMAIL = "lilei.pay@example.com";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "", "Li Lei", "tea-4two-pots");

    @Test
    void theExactWalletAccount_findsTheCustomerWhoBoundItAlthoughItIsStoredEncrypted() {
        hexmall.walletAccountAt(ALIPAY, WALLET_EMAIL);
        hexmall.boundWallet(customer, PHONE, ALIPAY, WALLET_EMAIL);

        assertThat(hexmall.findCustomersByWalletAccount.find(" LiLei.Pay@Example.com "))
                .extracting(CustomerSummary::id).containsExactly(customer);
    }

    @Test
    void partOfAWalletAccount_findsNobody() {
        hexmall.walletAccountAt(ALIPAY, WALLET_EMAIL);
        hexmall.boundWallet(customer, PHONE, ALIPAY, WALLET_EMAIL);

        assertThat(hexmall.findCustomersByWalletAccount.find("lilei.pay")).isEmpty();
    }

    @Test
    void textThatIsNoWalletAccount_findsNobodyInsteadOfFailing() {
        assertThat(hexmall.findCustomersByWalletAccount.find("李雷 ###")).isEmpty();
    }
}
