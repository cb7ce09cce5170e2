package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.wallet.CancelPendingAgreements;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.simulator.wallet.fault.Fault;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/**
 * A customer unbinds a wallet while its provider cannot be reached: the scheduled job asks the provider again, ever
 * more rarely, until it cancels hexmall's authorization, and never twice for one attempt.
 */
class CancelPendingAgreementsTest {

    private static final String PHONE = "13800138000";
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final BindingId alipay = hexmall.walletBound(customer, PHONE, ALIPAY, "13800000001");
    private final WalletAccountIdentifier account = WalletAccountIdentifier.parse(ALIPAY, "13800000001");
    private final String agreement = hexmall.agreementTokenOf(ALIPAY, account);

    @Test
    void aProviderDownWhenTheWalletIsUnbound_leavesTheCancellationPending_andTheAgentSeesWhy() {
        unbindWhileAlipayIsDown();

        BindingRecord record = hexmall.bindingSeenByAgent(customer, alipay);
        assertThat(record.isCancellingAgreement()).isTrue();
        assertThat(record.history().getLast()).isEqualTo(new BindingEvent(hexmall.clock.instant(),
                BindingStatus.UNBOUND, Optional.of(BindingFailureReason.PROVIDER_UNAVAILABLE.name()),
                Optional.of(AgreementCancellation.PENDING)));
        assertThat(hexmall.walletAppListsHexmall(ALIPAY, account)).isTrue();
        assertThat(hexmall.cancellationRequests.of(agreement)).isEqualTo(1);
    }

    @Test
    void onceTheProviderIsBack_theJobCancelsTheAgreementAtItsRetry_andAsksNoMore() {
        unbindWhileAlipayIsDown();
        hexmall.wallets.faults().clear();

        assertThat(hexmall.cancelPendingAgreements.cancelPending()).as("before the retry is due").isZero();
        hexmall.clock.advance(FIRST_RETRY);
        assertThat(hexmall.cancelPendingAgreements.cancelPending()).isEqualTo(1);
        hexmall.clock.advance(Duration.ofHours(2));
        assertThat(hexmall.cancelPendingAgreements.cancelPending()).as("once it is done").isZero();

        assertThat(hexmall.walletAppListsHexmall(ALIPAY, account)).isFalse();
        assertThat(hexmall.cancellationRequests.of(agreement)).as("the first attempt and the retry").isEqualTo(2);
        assertThat(hexmall.viewPaymentMethods.view(customer).cancelling()).isEmpty();
        BindingRecord record = hexmall.bindingSeenByAgent(customer, alipay);
        assertThat(record.agreementCancellation()).contains(AgreementCancellation.CANCELLED);
        assertThat(record.history()).filteredOn(BindingEvent::concernsCancellation)
                .extracting(BindingEvent::cancellation)
                .containsExactly(Optional.of(AgreementCancellation.PENDING),
                        Optional.of(AgreementCancellation.CANCELLED));
    }

    @Test
    void aProviderStillDown_isAskedLessAndLessOften() {
        unbindWhileAlipayIsDown();

        hexmall.clock.advance(FIRST_RETRY);
        hexmall.cancelPendingAgreements.cancelPending();
        assertThat(hexmall.cancellationRequests.of(agreement)).isEqualTo(2);
        hexmall.clock.advance(FIRST_RETRY);
        hexmall.cancelPendingAgreements.cancelPending();
        assertThat(hexmall.cancellationRequests.of(agreement)).as("the second retry waits a minute").isEqualTo(2);
        hexmall.clock.advance(FIRST_RETRY);
        hexmall.cancelPendingAgreements.cancelPending();

        assertThat(hexmall.cancellationRequests.of(agreement)).isEqualTo(3);
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).isCancellingAgreement()).isTrue();
    }

    @Test
    void anAnswerLostOnTheWay_isAskedAgain_andFoundEndedAlready() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.TIMEOUT);
        hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS);
        hexmall.wallets.faults().clear();

        hexmall.clock.advance(FIRST_RETRY);
        assertThat(hexmall.cancelPendingAgreements.cancelPending()).isEqualTo(1);

        assertThat(hexmall.walletAppListsHexmall(ALIPAY, account)).isFalse();
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).agreementCancellation())
                .contains(AgreementCancellation.ALREADY_ENDED);
    }

    @Test
    void twoServersWhoseJobsRunAtOnce_askTheProviderOnce() throws Exception {
        unbindWhileAlipayIsDown();
        hexmall.wallets.faults().clear();
        hexmall.clock.advance(FIRST_RETRY);
        CancelPendingAgreements here = hexmall.cancelPendingAgreements;
        CancelPendingAgreements there = hexmall.anotherServer().cancelPendingAgreements();
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Integer>> passes = List.of(here, there).stream()
                .map(job -> CompletableFuture.supplyAsync(() -> {
                    awaitQuietly(start);
                    return job.cancelPending();
                }))
                .toList();
        start.countDown();
        int cancelled = 0;
        for (CompletableFuture<Integer> pass : passes) {
            cancelled += pass.get(10, TimeUnit.SECONDS);
        }

        assertThat(cancelled).isEqualTo(1);
        assertThat(hexmall.cancellationRequests.of(agreement)).as("the first attempt and one retry").isEqualTo(2);
        assertThat(hexmall.walletAppListsHexmall(ALIPAY, account)).isFalse();
    }

    @Test
    void aWalletWhoseAgreementThePaymentFoundNoLongerValid_hasNothingToCancel() {
        // The customer cancelled in the wallet app, and the store hears of it from the payment, not a notice.
        hexmall.wallets.agreements().cancelInApp(ALIPAY, agreement);
        hexmall.stock(Shelf.TEA);
        assertThat(hexmall.pay(customer, hexmall.orderOf(customer, Shelf.TEA))).isInstanceOf(PayResult.Failed.class);
        hexmall.clock.advance(Duration.ofDays(1));

        assertThat(hexmall.cancelPendingAgreements.cancelPending()).isZero();
        assertThat(hexmall.bindingSeenByAgent(customer, alipay).status()).isEqualTo(BindingStatus.REVOKED);
        assertThat(hexmall.cancellationRequests.of(agreement)).isZero();
    }

    private void unbindWhileAlipayIsDown() {
        hexmall.wallets.faults().inject(ALIPAY, Fault.PROVIDER_DOWN);
        assertThat(hexmall.unbindWallet.unbind(customer, alipay, InMemoryHexmall.CLIENT_ADDRESS)).isTrue();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
