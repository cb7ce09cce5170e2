package org.hexmall.adapter.out.wallet.simulated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.HAN_MEIMEI_PHONE;
import static org.hexmall.adapter.out.wallet.simulated.TestProviders.LI_LEI_PHONE;

import org.hexmall.application.port.out.wallet.CancellationResult;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The store cancels an agreement at a simulated provider, on its good days and its bad ones. */
class CancellingAnAgreementTest {

    private static final String LI_LEIS_PASSWORD = "135790";
    private static final String HAN_MEIMEIS_PASSWORD = "246800";

    private final WalletSimulator simulator = TestProviders.simulator();
    private final SimulatedWalletGateway store = TestProviders.gatewayTo(simulator);
    private final String liLeis;
    private final String hanMeimeis;

    CancellingAnAgreementTest() {
        simulator.accounts().open(WalletProvider.ALIPAY, LI_LEI_PHONE, "Li Lei", 888_800, LI_LEIS_PASSWORD);
        simulator.accounts().open(WalletProvider.ALIPAY, HAN_MEIMEI_PHONE, "韩梅梅", 10_000, HAN_MEIMEIS_PASSWORD);
        liLeis = TestProviders.agreementFor(simulator, WalletProvider.ALIPAY, LI_LEI_PHONE, LI_LEIS_PASSWORD);
        hanMeimeis = TestProviders.agreementFor(simulator, WalletProvider.ALIPAY, HAN_MEIMEI_PHONE,
                HAN_MEIMEIS_PASSWORD);
    }

    @AfterEach
    void stopSimulator() {
        simulator.close();
    }

    @Test
    void aProviderThatIsDownSaysSo_andKeepsTheAgreement() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.PROVIDER_DOWN);

        assertThat(store.cancelAgreement(WalletProvider.ALIPAY, liLeis))
                .isEqualTo(new CancellationResult.ProviderUnavailable("ALIPAY answered: service unavailable"));
        assertThat(isActive(liLeis)).isTrue();
    }

    @Test
    void aProviderThatNeverAnswers_isUnavailable_thoughTheAgreementHasEnded() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.TIMEOUT);

        assertThat(store.cancelAgreement(WalletProvider.ALIPAY, liLeis))
                .isEqualTo(new CancellationResult.ProviderUnavailable("ALIPAY did not answer within 200 ms"));
        assertThat(isActive(liLeis)).isFalse();
    }

    @Test
    void theFaultOfTheAgreementsAccount_applies_andLeavesTheOtherAccountsAlone() {
        simulator.faults().inject(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.PROVIDER_DOWN);

        assertThat(store.cancelAgreement(WalletProvider.ALIPAY, liLeis))
                .isInstanceOf(CancellationResult.ProviderUnavailable.class);
        assertThat(store.cancelAgreement(WalletProvider.ALIPAY, hanMeimeis))
                .isInstanceOf(CancellationResult.Cancelled.class);
    }

    @Test
    void anAccountTheProviderPretendsNotToKnow_stillHasItsAgreementCancelled() {
        simulator.faults().inject(WalletProvider.ALIPAY, LI_LEI_PHONE, Fault.ACCOUNT_NOT_FOUND);

        assertThat(store.cancelAgreement(WalletProvider.ALIPAY, liLeis)).isInstanceOf(CancellationResult.Cancelled.class);
        assertThat(isActive(liLeis)).isFalse();
    }

    @Test
    void aSlowProviderAnswersLateButInTime() {
        simulator.faults().inject(WalletProvider.ALIPAY, Fault.SLOW);

        assertThat(store.cancelAgreement(WalletProvider.ALIPAY, liLeis)).isInstanceOf(CancellationResult.Cancelled.class);
    }

    @Test
    void anAgreementIsCancelledOnlyAtTheProviderThatGrantedIt() {
        assertThat(store.cancelAgreement(WalletProvider.WECHAT_PAY, liLeis))
                .isInstanceOf(CancellationResult.AlreadyEnded.class);
        assertThat(isActive(liLeis)).isTrue();
    }

    private boolean isActive(String agreement) {
        return simulator.agreements().find(WalletProvider.ALIPAY, agreement).orElseThrow().isActive();
    }
}
