package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.hexmall.application.port.in.account.MyAccountView;
import org.hexmall.domain.account.CustomerId;
import org.junit.jupiter.api.Test;

class ViewMyAccountTest {

    private final InMemoryHexmall hexmall = new InMemoryHexmall();

    @Test
    void myAccount_showsMyNameAndEmailAndOnlyAMaskedPhone() {
        CustomerId me = hexmall.registeredCustomer("13812340001", "li.lei@example.com", "李雷", "tea-4two-pots");

        MyAccountView account = hexmall.viewMyAccount.view(me).orElseThrow();

        assertThat(account.displayName()).isEqualTo("李雷");
        assertThat(account.email()).contains("li.lei@example.com");
        assertThat(account.maskedPhone()).isEqualTo("138****0001");
    }

    @Test
    void anAccountRegisteredWithoutEmail_showsNoEmail() {
        CustomerId me = hexmall.registeredCustomer("13812340001", "", "李雷", "tea-4two-pots");

        assertThat(hexmall.viewMyAccount.view(me).orElseThrow().email()).isEmpty();
    }

    @Test
    void anAccountThatDoesNotExist_hasNothingToShow() {
        assertThat(hexmall.viewMyAccount.view(new CustomerId(UUID.randomUUID()))).isEmpty();
    }
}
