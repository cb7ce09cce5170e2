package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.binding;
import static org.hexmall.application.port.out.persistence.Examples.customer;
import static org.hexmall.application.port.out.persistence.Examples.walletAccountId;
import static org.hexmall.application.port.out.persistence.Examples.walletEmail;
import static org.hexmall.application.port.out.persistence.Examples.walletPhone;
import static org.hexmall.domain.wallet.BindingStatus.ACTIVE;
import static org.hexmall.domain.wallet.BindingStatus.AWAITING_AUTHORIZATION;
import static org.hexmall.domain.wallet.BindingStatus.CODE_SENT;
import static org.hexmall.domain.wallet.BindingStatus.FAILED;
import static org.hexmall.domain.wallet.BindingStatus.REPLACED;
import static org.hexmall.domain.wallet.BindingStatus.UNBOUND;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.JD_PAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingEvent;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletBinding;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every {@link WalletBindings} adapter must do. Each test starts with empty stores; bindings belong to
 * customers that exist, so the tests add them through {@link #customers()}, and {@link #transactions()} of
 * the same adapter shows that a failed unit of work leaves bindings as they were, and that a locked binding waits
 * for the transaction that holds it.
 */
public abstract class WalletBindingsContract {

    private static final WalletAccountIdentifier LI_LEIS_PHONE = walletPhone("13800000001");
    private static final Instant UNBOUND_AT = NOW.plus(Duration.ofDays(30));

    protected abstract WalletBindings walletBindings();

    protected abstract Customers customers();

    protected abstract TransactionRunner transactions();

    @Test
    void givenStartedBinding_findById_returnsEveryDetailAndTheFirstStep() {
        WalletBinding started = binding(storedCustomer("13800000001"), WECHAT_PAY, LI_LEIS_PHONE, NOW);
        walletBindings().add(started);

        WalletBinding found = walletBindings().findById(started.id()).orElseThrow();

        assertThat(found).usingRecursiveComparison().isEqualTo(started);
        assertThat(found.history()).containsExactly(new BindingEvent(NOW, CODE_SENT, Optional.empty()));
    }

    @Test
    void givenBindingStartedToReplaceAChosenWallet_findById_namesTheWalletItReplaces() {
        CustomerId customer = storedCustomer("13800000001");
        WalletBinding chosen = binding(customer, WECHAT_PAY, LI_LEIS_PHONE, NOW);
        walletBindings().add(chosen);
        WalletBinding started = WalletBinding.start(new BindingId(UUID.randomUUID()), customer, ALIPAY,
                walletEmail("li.lei@example.com"), NOW.plus(Duration.ofMinutes(1)), Optional.of(chosen.id()),
                Optional.empty());
        walletBindings().add(started);

        WalletBinding found = walletBindings().findById(started.id()).orElseThrow();

        assertThat(found.replaces()).contains(chosen.id());
        assertThat(walletBindings().findById(chosen.id()).orElseThrow().replaces()).isEmpty();
    }

    @Test
    void givenBindingStartedOnADevice_findById_namesTheDevice_andOneMadeOnNoneNamesNone() {
        CustomerId customer = storedCustomer("13800000001");
        DeviceId phone = new DeviceId(UUID.randomUUID());
        WalletBinding onPhone = WalletBinding.start(new BindingId(UUID.randomUUID()), customer, ALIPAY,
                walletEmail("li.lei@example.com"), NOW, Optional.empty(), Optional.of(phone));
        WalletBinding onNone = binding(customer, WECHAT_PAY, LI_LEIS_PHONE, NOW.plus(Duration.ofMinutes(1)));
        walletBindings().add(onPhone);
        walletBindings().add(onNone);

        assertThat(walletBindings().findById(onPhone.id()).orElseThrow().device()).contains(phone);
        assertThat(walletBindings().findById(onNone.id()).orElseThrow().device()).isEmpty();
    }

    @Test
    void givenUnknownId_findById_findsNothing() {
        walletBindings().add(binding(storedCustomer("13800000001"), WECHAT_PAY, LI_LEIS_PHONE, NOW));

        assertThat(walletBindings().findById(new BindingId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void givenBindingTakenFromCodeToUnbound_updateAfterEachStep_keepsTheWholeHistoryInOrder() {
        WalletBinding started = binding(storedCustomer("13800000001"), WECHAT_PAY, LI_LEIS_PHONE, NOW);
        walletBindings().add(started);

        // As the use cases do it: load, take one step, update.
        WalletBinding binding = walletBindings().findById(started.id()).orElseThrow();
        binding.codeAccepted(NOW.plus(Duration.ofMinutes(1)));
        walletBindings().update(binding);
        binding = walletBindings().findById(started.id()).orElseThrow();
        binding.authorized("wx-agreement-0001", true, NOW.plus(Duration.ofMinutes(2)));
        walletBindings().update(binding);
        binding = walletBindings().findById(started.id()).orElseThrow();
        binding.unbind(NOW.plus(Duration.ofDays(30)), Optional.of("the customer asked by phone"));
        walletBindings().update(binding);

        WalletBinding stored = walletBindings().findById(started.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(UNBOUND);
        assertThat(stored.agreementToken()).contains("wx-agreement-0001");
        assertThat(stored.isPreferred()).isFalse();
        assertThat(stored.history()).containsExactly(
                new BindingEvent(NOW, CODE_SENT, Optional.empty()),
                new BindingEvent(NOW.plus(Duration.ofMinutes(1)), AWAITING_AUTHORIZATION, Optional.empty()),
                new BindingEvent(NOW.plus(Duration.ofMinutes(2)), ACTIVE, Optional.empty()),
                new BindingEvent(NOW.plus(Duration.ofDays(30)), UNBOUND, Optional.of("the customer asked by phone")));
    }

    @Test
    void givenTwoStepsBeforeOneUpdate_update_keepsBothStepsAndThePreferredFlag() {
        WalletBinding binding = binding(storedCustomer("13800000001"), WECHAT_PAY, LI_LEIS_PHONE, NOW);
        walletBindings().add(binding);
        binding.codeAccepted(NOW.plus(Duration.ofMinutes(1)));
        binding.authorized("wx-agreement-0001", true, NOW.plus(Duration.ofMinutes(2)));

        walletBindings().update(binding);

        WalletBinding stored = walletBindings().findById(binding.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(ACTIVE);
        assertThat(stored.isPreferred()).isTrue();
        assertThat(stored.history()).extracting(BindingEvent::status)
                .containsExactly(CODE_SENT, AWAITING_AUTHORIZATION, ACTIVE);
    }

    @Test
    void givenActiveBinding_markingItPreferred_isKeptWithoutRepeatingItsHistory() {
        WalletBinding binding = activeBinding(storedCustomer("13800000001"), WECHAT_PAY, LI_LEIS_PHONE,
                "wx-agreement-0001", NOW);
        walletBindings().add(binding);

        binding.markPreferred(true);
        walletBindings().update(binding);
        walletBindings().update(binding);

        WalletBinding stored = walletBindings().findById(binding.id()).orElseThrow();
        assertThat(stored.isPreferred()).isTrue();
        assertThat(stored.history()).hasSize(3);
    }

    @Test
    void givenBindingRejectedInTheWalletApp_update_keepsTheFailureAndItsReason() {
        WalletBinding binding = binding(storedCustomer("13800000001"), ALIPAY, LI_LEIS_PHONE, NOW);
        walletBindings().add(binding);
        binding.codeAccepted(NOW.plus(Duration.ofMinutes(1)));
        binding.fail(BindingFailureReason.REJECTED_IN_WALLET, NOW.plus(Duration.ofMinutes(3)));

        walletBindings().update(binding);

        WalletBinding stored = walletBindings().findById(binding.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(FAILED);
        assertThat(stored.failureReason()).contains(BindingFailureReason.REJECTED_IN_WALLET);
        assertThat(stored.history().getLast()).isEqualTo(new BindingEvent(NOW.plus(Duration.ofMinutes(3)), FAILED,
                Optional.of("REJECTED_IN_WALLET")));
    }

    @Test
    void givenTroubleWhileWaiting_update_keepsTheNoteAndTheStatus() {
        WalletBinding binding = binding(storedCustomer("13800000001"), JD_PAY, LI_LEIS_PHONE, NOW);
        walletBindings().add(binding);
        binding.noteTrouble(BindingFailureReason.PROVIDER_UNAVAILABLE, NOW.plusSeconds(30));

        walletBindings().update(binding);

        WalletBinding stored = walletBindings().findById(binding.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(CODE_SENT);
        assertThat(stored.history()).containsExactly(
                new BindingEvent(NOW, CODE_SENT, Optional.empty()),
                new BindingEvent(NOW.plusSeconds(30), CODE_SENT, Optional.of("PROVIDER_UNAVAILABLE")));
    }

    @Test
    void givenBindingChangedByTheCallerWithoutUpdate_theStoredBinding_staysAsItWas() {
        WalletBinding added = binding(storedCustomer("13800000001"), WECHAT_PAY, LI_LEIS_PHONE, NOW);
        walletBindings().add(added);
        added.codeAccepted(NOW.plus(Duration.ofMinutes(1)));
        walletBindings().findById(added.id()).orElseThrow().fail(BindingFailureReason.STORE_ERROR, NOW);

        WalletBinding stored = walletBindings().findById(added.id()).orElseThrow();

        assertThat(stored.status()).isEqualTo(CODE_SENT);
        assertThat(stored.failureReason()).isEmpty();
        assertThat(stored.history()).hasSize(1);
    }

    @Test
    void givenUnitOfWorkThatFailsAfterUpdating_theBindingAndItsHistory_stayAsTheyWere() {
        WalletBinding binding = binding(storedCustomer("13800000001"), WECHAT_PAY, LI_LEIS_PHONE, NOW);
        walletBindings().add(binding);

        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            WalletBinding loaded = walletBindings().findById(binding.id()).orElseThrow();
            loaded.codeAccepted(NOW.plus(Duration.ofMinutes(1)));
            walletBindings().update(loaded);
            throw new IllegalStateException("the unit of work failed after storing");
        })).isInstanceOf(IllegalStateException.class);

        WalletBinding stored = walletBindings().findById(binding.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(CODE_SENT);
        assertThat(stored.history()).hasSize(1);
    }

    @Test
    void givenBindingsOfTwoCustomers_findByCustomer_listsOnlyTheirsNewestFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        WalletBinding oldest = binding(liLei, WECHAT_PAY, LI_LEIS_PHONE, NOW.minus(Duration.ofDays(2)));
        WalletBinding newest = binding(liLei, ALIPAY, walletEmail("lilei@example.com"), NOW);
        WalletBinding middle = binding(liLei, JD_PAY, walletAccountId("lilei_jd"), NOW.minus(Duration.ofDays(1)));
        walletBindings().add(oldest);
        walletBindings().add(newest);
        walletBindings().add(binding(hanMeimei, WECHAT_PAY, walletPhone("13900000002"), NOW));
        walletBindings().add(middle);

        assertThat(idsOf(walletBindings().findByCustomer(liLei)))
                .containsExactly(newest.id(), middle.id(), oldest.id());
    }

    @Test
    void givenCustomerWithoutBindings_findByCustomer_isEmpty() {
        walletBindings().add(binding(storedCustomer("13800000001"), WECHAT_PAY, LI_LEIS_PHONE, NOW));

        assertThat(walletBindings().findByCustomer(storedCustomer("13900000002"))).isEmpty();
    }

    @Test
    void givenActiveBinding_findByAgreement_findsItAtItsProviderOnly() {
        WalletBinding active = activeBinding(storedCustomer("13800000001"), WECHAT_PAY, LI_LEIS_PHONE,
                "agreement-0001", NOW);
        walletBindings().add(active);

        assertThat(walletBindings().findByAgreement(WECHAT_PAY, "agreement-0001")).get()
                .extracting(WalletBinding::id).isEqualTo(active.id());
        assertThat(walletBindings().findByAgreement(ALIPAY, "agreement-0001")).isEmpty();
        assertThat(walletBindings().findByAgreement(WECHAT_PAY, "agreement-0002")).isEmpty();
    }

    @Test
    void givenAgreementTokenInUse_anotherBindingAtTheSameProviderWithIt_isRefused() {
        CustomerId liLei = storedCustomer("13800000001");
        WalletBinding first = activeBinding(liLei, WECHAT_PAY, LI_LEIS_PHONE, "agreement-0001", NOW);
        walletBindings().add(first);
        WalletBinding second = binding(liLei, WECHAT_PAY, walletAccountId("lilei_wx"), NOW);
        walletBindings().add(second);
        second.codeAccepted(NOW.plus(Duration.ofMinutes(1)));
        second.authorized("agreement-0001", false, NOW.plus(Duration.ofMinutes(2)));

        assertThatThrownBy(() -> walletBindings().update(second)).isInstanceOf(DuplicateKeyException.class);
        assertThat(walletBindings().findByAgreement(WECHAT_PAY, "agreement-0001")).get()
                .extracting(WalletBinding::id).isEqualTo(first.id());
    }

    @Test
    void givenAgreementTokenAtOneProvider_anotherProviderMayIssueTheSameToken() {
        CustomerId liLei = storedCustomer("13800000001");
        walletBindings().add(activeBinding(liLei, WECHAT_PAY, LI_LEIS_PHONE, "agreement-0001", NOW));
        WalletBinding atAlipay = activeBinding(liLei, ALIPAY, LI_LEIS_PHONE, "agreement-0001", NOW);

        walletBindings().add(atAlipay);

        assertThat(walletBindings().findByAgreement(ALIPAY, "agreement-0001")).get()
                .extracting(WalletBinding::id).isEqualTo(atAlipay.id());
    }

    @Test
    void findPendingStartedBefore_findsOnlyUnfinishedBindingsStartedBeforeTheCutoff() {
        CustomerId liLei = storedCustomer("13800000001");
        Instant cutoff = NOW;
        WalletBinding codeSent = binding(liLei, WECHAT_PAY, LI_LEIS_PHONE, cutoff.minus(Duration.ofMinutes(20)));
        WalletBinding awaiting = binding(liLei, ALIPAY, LI_LEIS_PHONE, cutoff.minus(Duration.ofMinutes(16)));
        awaiting.codeAccepted(cutoff.minus(Duration.ofMinutes(15)));
        WalletBinding failed = binding(liLei, JD_PAY, LI_LEIS_PHONE, cutoff.minus(Duration.ofMinutes(25)));
        failed.fail(BindingFailureReason.CODE_EXHAUSTED, cutoff.minus(Duration.ofMinutes(22)));
        Stream.of(codeSent, awaiting, failed,
                activeBinding(liLei, JD_PAY, LI_LEIS_PHONE, "agreement-0001", cutoff.minus(Duration.ofMinutes(30))),
                binding(liLei, WECHAT_PAY, LI_LEIS_PHONE, cutoff),
                binding(liLei, WECHAT_PAY, LI_LEIS_PHONE, cutoff.plus(Duration.ofMinutes(1))))
                .forEach(walletBindings()::add);

        assertThat(idsOf(walletBindings().findPendingStartedBefore(cutoff)))
                .containsExactlyInAnyOrder(codeSent.id(), awaiting.id());
    }

    @Test
    void findByAccount_findsExactlyThatAccountAtThatProvider_newestFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        CustomerId hanMeimei = storedCustomer("13900000002");
        WalletBinding older = binding(liLei, WECHAT_PAY, LI_LEIS_PHONE, NOW.minus(Duration.ofDays(1)));
        WalletBinding newer = binding(hanMeimei, WECHAT_PAY, LI_LEIS_PHONE, NOW);
        walletBindings().add(older);
        walletBindings().add(newer);
        walletBindings().add(binding(liLei, ALIPAY, LI_LEIS_PHONE, NOW));
        walletBindings().add(binding(liLei, WECHAT_PAY, walletPhone("13800000002"), NOW));

        assertThat(idsOf(walletBindings().findByAccount(WECHAT_PAY, LI_LEIS_PHONE)))
                .containsExactly(newer.id(), older.id());
    }

    // The agreement's cancellation at the provider

    @Test
    void givenUnboundBinding_update_keepsItsPendingCancellationAndWhenToAskNext() {
        WalletBinding binding = activeBinding(storedCustomer("13800000001"), ALIPAY, LI_LEIS_PHONE, "agreement-0001",
                NOW);
        walletBindings().add(binding);
        binding.unbind(UNBOUND_AT, Optional.empty());
        binding.claimCancellationAttempt(UNBOUND_AT, UNBOUND_AT.plus(Duration.ofMinutes(2)));

        walletBindings().update(binding);

        WalletBinding stored = walletBindings().findById(binding.id()).orElseThrow();
        assertThat(stored).usingRecursiveComparison().isEqualTo(binding);
        assertThat(stored.agreementCancellation()).contains(AgreementCancellation.PENDING);
        assertThat(stored.nextCancellationAttempt()).contains(UNBOUND_AT.plus(Duration.ofMinutes(2)));
    }

    @Test
    void givenCancellationSteps_update_keepsThemInTheHistoryWithWhereTheCancellationStood() {
        WalletBinding binding = activeBinding(storedCustomer("13800000001"), ALIPAY, LI_LEIS_PHONE, "agreement-0001",
                NOW);
        walletBindings().add(binding);
        binding.replaced(UNBOUND_AT);
        binding.cancellationDeferred(UNBOUND_AT.plusSeconds(1), UNBOUND_AT.plusSeconds(31));
        walletBindings().update(binding);
        binding.agreementCancelled(UNBOUND_AT.plusSeconds(31));

        walletBindings().update(binding);

        WalletBinding stored = walletBindings().findById(binding.id()).orElseThrow();
        assertThat(stored.agreementCancellation()).contains(AgreementCancellation.CANCELLED);
        assertThat(stored.nextCancellationAttempt()).isEmpty();
        assertThat(stored.history()).filteredOn(event -> event.status() == REPLACED).containsExactly(
                new BindingEvent(UNBOUND_AT, REPLACED, Optional.empty()),
                new BindingEvent(UNBOUND_AT.plusSeconds(1), REPLACED, Optional.of("PROVIDER_UNAVAILABLE"),
                        Optional.of(AgreementCancellation.PENDING)),
                new BindingEvent(UNBOUND_AT.plusSeconds(31), REPLACED, Optional.empty(),
                        Optional.of(AgreementCancellation.CANCELLED)));
    }

    @Test
    void findCancellationsDue_findsOnlyPendingCancellationsDueByThen_longestDueFirst() {
        CustomerId liLei = storedCustomer("13800000001");
        Instant now = UNBOUND_AT.plus(Duration.ofMinutes(10));
        WalletBinding dueLately = endedBinding(liLei, "agreement-0001", now);
        WalletBinding dueLongAgo = endedBinding(liLei, "agreement-0002", now.minus(Duration.ofMinutes(5)));
        WalletBinding dueLater = endedBinding(liLei, "agreement-0003", now.plusSeconds(1));
        WalletBinding cancelled = endedBinding(liLei, "agreement-0004", now.minus(Duration.ofMinutes(5)));
        cancelled.agreementCancelled(now.minus(Duration.ofMinutes(1)));
        WalletBinding revoked = activeBinding(liLei, ALIPAY, LI_LEIS_PHONE, "agreement-0005", NOW);
        revoked.revokedByProvider(UNBOUND_AT);
        Stream.of(dueLately, dueLongAgo, dueLater, cancelled, revoked,
                        activeBinding(liLei, ALIPAY, LI_LEIS_PHONE, "agreement-0006", NOW))
                .forEach(walletBindings()::add);

        assertThat(idsOf(walletBindings().findCancellationsDue(now)))
                .containsExactly(dueLongAgo.id(), dueLately.id());
    }

    @Test
    void givenStoredBinding_lockByIdInATransaction_readsItWhole() {
        WalletBinding binding = endedBinding(storedCustomer("13800000001"), "agreement-0001", UNBOUND_AT);
        walletBindings().add(binding);

        WalletBinding locked = transactions().inTransaction(() -> walletBindings().lockById(binding.id()))
                .orElseThrow();

        assertThat(locked).usingRecursiveComparison().isEqualTo(binding);
        assertThat(transactions().inTransaction(() -> walletBindings().lockById(new BindingId(UUID.randomUUID()))))
                .isEmpty();
    }

    @Test
    void outsideATransaction_lockById_isRefused_becauseNothingWouldKeepTheBindingLocked() {
        WalletBinding binding = endedBinding(storedCustomer("13800000001"), "agreement-0001", UNBOUND_AT);
        walletBindings().add(binding);

        assertThatThrownBy(() -> walletBindings().lockById(binding.id())).isInstanceOf(IllegalStateException.class);
    }

    /**
     * Two servers whose scheduled jobs find the same cancellation due must not both ask the provider. The first
     * locks the binding and takes the attempt; the second asks for the same binding and must wait until the first
     * commits, and then see the attempt taken. Had it not waited, it would have read the attempt still due.
     */
    @Test
    void givenBindingLockedByOneTransaction_lockByIdInAnother_waitsForItToCommitAndReadsWhatItStored()
            throws Exception {
        WalletBinding binding = endedBinding(storedCustomer("13800000001"), "agreement-0001", UNBOUND_AT);
        walletBindings().add(binding);
        Instant answerBy = UNBOUND_AT.plus(Duration.ofMinutes(2));
        CountDownLatch secondReadTheBinding = new CountDownLatch(1);
        CountDownLatch firstHoldsTheBinding = new CountDownLatch(1);
        CountDownLatch firstMayCommit = new CountDownLatch(1);
        AtomicReference<Thread> firstThread = new AtomicReference<>();
        AtomicReference<Thread> secondThread = new AtomicReference<>();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<WalletBinding> second = CompletableFuture.supplyAsync(() -> {
                // Reading first readies a database connection, so that opening one does not slow the second down.
                walletBindings().findById(binding.id()).orElseThrow();
                secondReadTheBinding.countDown();
                TakingTurns.awaitWithinDeadline(firstHoldsTheBinding);
                secondThread.set(Thread.currentThread());
                return transactions().inTransaction(() -> walletBindings().lockById(binding.id()).orElseThrow());
            }, threads);
            Future<?> first = threads.submit(() -> {
                TakingTurns.awaitWithinDeadline(secondReadTheBinding);
                transactions().inTransaction(() -> {
                    firstThread.set(Thread.currentThread());
                    WalletBinding locked = walletBindings().lockById(binding.id()).orElseThrow();
                    locked.claimCancellationAttempt(UNBOUND_AT, answerBy);
                    walletBindings().update(locked);
                    firstHoldsTheBinding.countDown();
                    TakingTurns.awaitWithinDeadline(firstMayCommit);
                });
            });

            TakingTurns.pollUntil("the second transaction waits for the binding or has it",
                    () -> second.isDone() || TakingTurns.isWaitingForTheLock(secondThread.get(), firstThread.get()));
            assertThat(second.isDone()).as("the second transaction had the binding while the first held it")
                    .isFalse();
            firstMayCommit.countDown();

            first.get(TakingTurns.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            WalletBinding readBySecond = second.get(TakingTurns.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(readBySecond.isCancellationDueAt(UNBOUND_AT)).isFalse();
            assertThat(readBySecond.nextCancellationAttempt()).contains(answerBy);
        } finally {
            firstMayCommit.countDown();
            threads.shutdownNow();
        }
    }

    @ParameterizedTest
    @MethodSource("accountsOfEveryKind")
    void accountsOfEveryKind_comeBackUnchangedAndCanBeFound(WalletProvider provider, WalletAccountIdentifier account) {
        WalletBinding binding = binding(storedCustomer("13800000001"), provider, account, NOW);
        walletBindings().add(binding);

        assertThat(walletBindings().findById(binding.id()).orElseThrow().account()).isEqualTo(account);
        assertThat(idsOf(walletBindings().findByAccount(provider, account))).containsExactly(binding.id());
    }

    static Stream<Arguments> accountsOfEveryKind() {
        return Stream.of(
                Arguments.of(WECHAT_PAY, walletPhone("13800000001")),
                Arguments.of(ALIPAY, walletEmail("li.lei+wallet@example.com.cn")),
                Arguments.of(JD_PAY, walletAccountId("lilei_jd-2025")));
    }

    private static WalletBinding activeBinding(CustomerId customerId, WalletProvider provider,
                                               WalletAccountIdentifier account, String agreementToken,
                                               Instant startedAt) {
        WalletBinding binding = binding(customerId, provider, account, startedAt);
        binding.codeAccepted(startedAt.plus(Duration.ofMinutes(1)));
        binding.authorized(agreementToken, false, startedAt.plus(Duration.ofMinutes(2)));
        return binding;
    }

    /** An Alipay binding unbound in hexmall, whose agreement's cancellation is due from {@code dueFrom}. */
    private static WalletBinding endedBinding(CustomerId customerId, String agreementToken, Instant dueFrom) {
        WalletBinding binding = activeBinding(customerId, ALIPAY, LI_LEIS_PHONE, agreementToken, NOW);
        binding.unbind(UNBOUND_AT, Optional.empty());
        if (dueFrom.isAfter(UNBOUND_AT)) {
            binding.claimCancellationAttempt(UNBOUND_AT, dueFrom);
        }
        return binding;
    }

    private CustomerId storedCustomer(String phone) {
        Customer customer = customer(phone, null, "Customer " + phone);
        customers().add(customer);
        return customer.id();
    }

    private static List<BindingId> idsOf(List<WalletBinding> bindings) {
        return bindings.stream().map(WalletBinding::id).toList();
    }
}
