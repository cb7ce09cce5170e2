package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;
import org.hexmall.domain.support.CompensationStatus;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Compensations} adapter must do. Each test starts with empty stores; agents are stored through
 * {@link #agents()}, as the console has them.
 */
public abstract class CompensationsContract {

    private static final Instant MORNING = Instant.parse("2025-11-11T01:00:00.123456Z");
    private static final Money FIFTY_YUAN = Money.ofYuan(50, 0);

    protected abstract Compensations compensations();

    protected abstract Agents agents();

    protected abstract TransactionRunner transactions();

    private final CustomerId liLei = new CustomerId(UUID.randomUUID());

    private Agent storedAgent(String username, AgentRole role) {
        Agent agent = agent(username, role);
        agents().add(agent);
        return agent;
    }

    private static Compensation points(CustomerId customer, long points, Agent agent, Instant at) {
        return Compensation.points(new CompensationId(UUID.randomUUID()), customer, points, "Parcel late 3 days",
                agent, at);
    }

    private boolean grant(Compensation compensation) {
        return grant(compensation, UUID.randomUUID().toString());
    }

    private boolean grant(Compensation compensation, String formKey) {
        return transactions().inTransaction(() -> compensations().grantWithinLimit(compensation, formKey,
                MORNING.minus(Duration.ofHours(1)), FIFTY_YUAN));
    }

    private void add(Compensation request) {
        compensations().add(request, UUID.randomUUID().toString());
    }

    @Test
    void grants_areStoredWhileTheAgentsDayStaysWithinTheLimit_andReadBackWhole() {
        Agent li = storedAgent("li.na", AgentRole.AGENT);
        Compensation thirty = points(liLei, 3000, li, MORNING);
        Compensation coupon = Compensation.coupon(new CompensationId(UUID.randomUUID()), liLei,
                new CampaignId(UUID.randomUUID()), "JD Pay electronics ¥30 off", "京东支付数码立减 30 元",
                Money.ofYuan(20, 0), "屏幕划痕补偿", li, MORNING.plusSeconds(60));

        assertThat(grant(thirty)).isTrue();
        assertThat(grant(coupon)).isTrue();
        assertThat(grant(points(liLei, 1, li, MORNING.plusSeconds(120)))).isFalse();

        assertThat(compensations().findById(thirty.id())).contains(thirty);
        assertThat(compensations().findById(coupon.id())).contains(coupon);
        assertThat(compensations().grantedSince(li.id(), MORNING.minus(Duration.ofHours(1))))
                .isEqualTo(FIFTY_YUAN);
        assertThat(compensations().grantedSince(li.id(), MORNING.plusSeconds(30))).isEqualTo(Money.ofYuan(20, 0));
        assertThat(compensations().ofCustomer(liLei, 1, 10).items()).containsExactly(coupon, thirty);
    }

    @Test
    void yesterdaysGrants_andOtherAgentsGrants_doNotCount() {
        Agent li = storedAgent("li.na", AgentRole.AGENT);
        Agent zhao = storedAgent("zhao.lei", AgentRole.AGENT);
        assertThat(grant(points(liLei, 5000, li, MORNING.minus(Duration.ofHours(2))))).isTrue();
        assertThat(grant(points(liLei, 5000, zhao, MORNING))).isTrue();

        assertThat(grant(points(liLei, 5000, li, MORNING))).isTrue();
        assertThat(grant(points(liLei, 1, zhao, MORNING))).isFalse();
    }

    @Test
    void aRequest_waitsInTheQueue_oldestFirst_untilOneDecisionIsStored() {
        Agent li = storedAgent("li.na", AgentRole.AGENT);
        Agent wang = storedAgent("wang.fang", AgentRole.SUPERVISOR);
        Agent zhang = storedAgent("zhang.wei", AgentRole.SUPERVISOR);
        Compensation later = points(liLei, 9000, li, MORNING.plusSeconds(60)).requested();
        Compensation earlier = points(liLei, 8000, li, MORNING).requested();
        add(later);
        add(earlier);

        Page<Compensation> queue = compensations().pending(1, 10);
        assertThat(queue.items()).containsExactly(earlier, later);

        Compensation approved = earlier.decided(true, wang, "Verified with the courier", MORNING.plusSeconds(90));
        Compensation rejectedToo = earlier.decided(false, zhang, "Too much", MORNING.plusSeconds(91));
        assertThat(transactions().inTransaction(() -> compensations().decide(approved))).isTrue();
        assertThat(transactions().inTransaction(() -> compensations().decide(rejectedToo))).isFalse();

        assertThat(compensations().findById(earlier.id())).contains(approved);
        assertThat(compensations().pending(1, 10).items()).containsExactly(later);
        assertThat(compensations().grantedSince(li.id(), MORNING.minus(Duration.ofHours(1))))
                .as("an approved request is no grant of the agent's own").isEqualTo(Money.ZERO);
        assertThat(approved.status()).isEqualTo(CompensationStatus.APPROVED);
    }

    @Test
    void aTakenId_isRefused() {
        Agent li = storedAgent("li.na", AgentRole.AGENT);
        Compensation request = points(liLei, 9000, li, MORNING).requested();
        add(request);

        assertThatThrownBy(() -> add(request)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void oneAgentsFormKey_isKeptWithOneCompensation_andFindsIt() {
        Agent li = storedAgent("li.na", AgentRole.AGENT);
        Agent zhao = storedAgent("zhao.lei", AgentRole.AGENT);
        Compensation granted = points(liLei, 1000, li, MORNING);
        assertThat(grant(granted, "form-1")).isTrue();

        assertThatThrownBy(() -> grant(points(liLei, 1000, li, MORNING), "form-1"))
                .isInstanceOf(DuplicateKeyException.class);
        assertThatThrownBy(() -> transactions().inTransaction(() -> {
            compensations().add(points(liLei, 9000, li, MORNING).requested(), "form-1");
            return null;
        })).isInstanceOf(DuplicateKeyException.class);
        Compensation zhaos = points(liLei, 7000, zhao, MORNING).requested();
        compensations().add(zhaos, "form-1");

        assertThat(compensations().findByRequestKey(li.id(), "form-1")).contains(granted);
        assertThat(compensations().findByRequestKey(zhao.id(), "form-1")).contains(zhaos);
        assertThat(compensations().findByRequestKey(li.id(), "form-2")).isEmpty();
        assertThat(compensations().ofCustomer(liLei, 1, 10).total()).as("what the refused ones left").isEqualTo(2);
        assertThat(compensations().grantedSince(li.id(), MORNING.minus(Duration.ofHours(1))))
                .isEqualTo(Money.ofYuan(10, 0));
    }

    @Test
    void tenGrantsWithOneFormKeyAtOnce_storeOne_andRefuseTheOthers() throws Exception {
        Agent li = storedAgent("li.na", AgentRole.AGENT);
        int grants = 10;
        ExecutorService pool = Executors.newFixedThreadPool(grants);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int attempt = 0; attempt < grants; attempt++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return grant(points(liLei, 1000, li, MORNING), "double-click");
                }));
            }
            start.countDown();
            int stored = 0;
            int refused = 0;
            for (Future<Boolean> outcome : outcomes) {
                try {
                    stored += outcome.get() ? 1 : 0;
                } catch (ExecutionException failure) {
                    assertThat(failure.getCause()).isInstanceOf(DuplicateKeyException.class);
                    refused++;
                }
            }

            assertThat(stored).isEqualTo(1);
            assertThat(refused).isEqualTo(grants - 1);
            assertThat(compensations().ofCustomer(liLei, 1, 20).total()).isEqualTo(1);
            assertThat(compensations().grantedSince(li.id(), MORNING.minus(Duration.ofHours(1))))
                    .isEqualTo(Money.ofYuan(10, 0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void thePagesOfACustomer_holdOnlyTheirs_newestFirst() {
        Agent li = storedAgent("li.na", AgentRole.AGENT);
        CustomerId hanMeimei = new CustomerId(UUID.randomUUID());
        for (int minute = 0; minute < 5; minute++) {
            add(points(liLei, 100 + minute, li, MORNING.plusSeconds(60L * minute)).requested());
        }
        add(points(hanMeimei, 7, li, MORNING).requested());

        Page<Compensation> second = compensations().ofCustomer(liLei, 2, 2);

        assertThat(second.items()).extracting(Compensation::points).containsExactly(102L, 101L);
        assertThat(second.total()).isEqualTo(5);
    }

    @Test
    void twentyGrantsOfOneAgentAtOnce_neverPassTheDailyLimit() throws Exception {
        Agent li = storedAgent("li.na", AgentRole.AGENT);
        int grants = 20;
        ExecutorService pool = Executors.newFixedThreadPool(grants);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int attempt = 0; attempt < grants; attempt++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return grant(points(liLei, 1000, li, MORNING));
                }));
            }
            start.countDown();
            int granted = 0;
            for (Future<Boolean> outcome : outcomes) {
                granted += outcome.get() ? 1 : 0;
            }

            assertThat(granted).isEqualTo(5);
            assertThat(compensations().grantedSince(li.id(), MORNING.minus(Duration.ofHours(1))))
                    .isEqualTo(FIFTY_YUAN);
        } finally {
            pool.shutdownNow();
        }
    }
}
