package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.BindingStart.ReplacementRequired;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.PendingReplacement;
import org.hexmall.domain.wallet.PendingReplacementId;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * The wallet a customer types to replace the one bound is kept, encrypted, for the ten minutes the store gives them to
 * answer "Replace my wallet?"; housekeeping forgets it after that, and only after that.
 */
class PurgeEndedReplacementsTest {

    private static final String PHONE = "13800138000";
    private static final String ALIPAY_ACCOUNT = "13800000001";
    private static final String WECHAT_ACCOUNT = "13800000002";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");

    @Test
    void aWalletTypedToReplaceAnother_isKeptWhileTheCustomerAnswers_andForgottenOnceItsTenMinutesEnd() {
        PendingReplacementId kept = typedToReplaceAlipay();

        hexmall.clock.advance(PendingReplacement.KEPT_FOR.minusSeconds(1));
        int purgedWhileKept = hexmall.purgeEndedReplacements.purge();
        boolean stillAsked = hexmall.startWalletBinding.keptReplacement(customer, kept).isPresent();
        hexmall.clock.advance(Duration.ofSeconds(1));
        int purgedOnceEnded = hexmall.purgeEndedReplacements.purge();

        assertThat(purgedWhileKept).as("forgotten while the customer may still answer").isZero();
        assertThat(stillAsked).as("the question, a second before its time ends").isTrue();
        assertThat(purgedOnceEnded).as("forgotten once its time ended").isEqualTo(1);
        assertThat(hexmall.startWalletBinding.keptReplacement(customer, kept)).as("the question after that").isEmpty();
        assertThat(hexmall.purgeEndedReplacements.purge()).as("a pass with nothing left to forget").isZero();
    }

    private PendingReplacementId typedToReplaceAlipay() {
        hexmall.walletAccountAt(ALIPAY, ALIPAY_ACCOUNT);
        hexmall.boundWallet(customer, PHONE, ALIPAY, ALIPAY_ACCOUNT);
        hexmall.clock.advance(Duration.ofMinutes(1));
        BindingStart answer = hexmall.startBinding(customer, WECHAT_PAY, WECHAT_ACCOUNT);
        assertThat(answer).isInstanceOf(ReplacementRequired.class);
        return ((ReplacementRequired) answer).kept();
    }
}
