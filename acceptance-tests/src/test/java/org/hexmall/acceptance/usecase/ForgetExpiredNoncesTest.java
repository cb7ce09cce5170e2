package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.time.Duration;
import java.util.Map;
import org.hexmall.application.port.in.wallet.AuthorizationCompletion.Untrusted;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.BindingId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The store remembers the nonce of every answer it was shown, so that the answer cannot be replayed, but only
 * for as long as the answer is young enough to be believed at all: five minutes, and one of clock skew.
 */
class ForgetExpiredNoncesTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final Map<String, String> approval = approvalFromTheWalletApp();

    @Test
    void theNonceOfAnAnswer_isKeptForSixMinutesAndForgottenAfter() {
        hexmall.comeBack(customer, ALIPAY, approval);
        hexmall.clock.advance(Duration.ofMinutes(6));
        int forgottenAtSixMinutes = hexmall.forgetExpiredNonces.forget();
        hexmall.clock.advance(Duration.ofSeconds(1));

        int forgottenJustAfter = hexmall.forgetExpiredNonces.forget();

        assertThat(forgottenAtSixMinutes).isZero();
        assertThat(forgottenJustAfter).isEqualTo(1);
    }

    @Test
    void forgettingNonces_neverLetsAnAnswerThatWasUsedThroughAgain() {
        hexmall.comeBack(customer, ALIPAY, approval);
        hexmall.clock.advance(Duration.ofMinutes(6).plusSeconds(1));
        assertThat(hexmall.forgetExpiredNonces.forget()).isEqualTo(1);

        assertThat(hexmall.comeBack(customer, ALIPAY, approval)).isInstanceOf(Untrusted.class);
        assertThat(hexmall.viewPaymentMethods.view(customer).wallets()).hasSize(1);
    }

    /** The parameters the browser brings back after the customer approved the binding in the wallet app. */
    private Map<String, String> approvalFromTheWalletApp() {
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        BindingId binding = hexmall.bindingAwaitingWalletApp(customer, PHONE,
                hexmall.startBinding(customer, ALIPAY, "13800000001"));
        return hexmall.approveInWalletApp(ALIPAY, hexmall.walletAppPage(customer, binding));
    }
}
