package org.hexmall.application.port.in.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.UUID;
import org.hexmall.domain.payment.PaymentId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The way back from the wallet app names the payment, so the store knows whose signature to check. */
class ReturnAddressTest {

    private static final PaymentId PAYMENT = new PaymentId(UUID.fromString("6f1c2a3e-0000-4000-8000-000000000201"));

    @Test
    void theAddressOfAPayment_fillsInItsId() {
        assertThat(new ReturnAddress("https://shop.example.cn/payments/{payment}/return").of(PAYMENT))
                .isEqualTo(URI.create("https://shop.example.cn/payments/6f1c2a3e-0000-4000-8000-000000000201/return"));
        assertThat(new ReturnAddress("/payments/{payment}/return").of(PAYMENT))
                .isEqualTo(URI.create("/payments/6f1c2a3e-0000-4000-8000-000000000201/return"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://shop.example.cn/payments/return", "javascript:alert(1)/{payment}",
            "shop.example.cn/{payment}"})
    void anAddressThatDoesNotNameThePaymentOrIsNoWebAddress_isRefused(String template) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReturnAddress(template));
    }
}
