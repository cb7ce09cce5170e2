package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import org.hexmall.application.port.in.wallet.PaymentMethods;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ViewPaymentMethodsTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");

    @Test
    void aCustomerWithoutWallets_seesEveryWalletTheStoreKnowsAndNoneBound() {
        PaymentMethods page = hexmall.viewPaymentMethods.view(customer);

        assertThat(page.wallets()).isEmpty();
        assertThat(page.knownProviders()).containsExactlyInAnyOrder(WalletProvider.values());
    }

    @Test
    void underTheOneWalletPolicy_thereIsNoPreferredWalletToChoose() {
        PaymentMethods page = hexmall.viewPaymentMethods.view(customer);

        assertThat(page.maxWallets()).isEqualTo(1);
        assertThat(page.offersPreferredWallet()).isFalse();
    }

    @Test
    void whenSeveralWalletsAreAllowed_thePageOffersToChooseThePreferredOne() {
        try (InMemoryHexmall severalWallets = InMemoryHexmall.allowingWallets(3)) {
            CustomerId customer = severalWallets.registeredCustomer(PHONE, "", "李雷", "tea-4two-pots");

            PaymentMethods page = severalWallets.viewPaymentMethods.view(customer);

            assertThat(page.maxWallets()).isEqualTo(3);
            assertThat(page.offersPreferredWallet()).isTrue();
        }
    }

    @Test
    void aCustomerSeesOnlyTheirOwnWallets() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
        CustomerId other = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        assertThat(hexmall.viewPaymentMethods.view(other).wallets()).isEmpty();
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).hasSize(1);
    }
}
