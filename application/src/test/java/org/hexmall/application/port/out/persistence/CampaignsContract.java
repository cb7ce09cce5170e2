package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.PromotionExamples.AROUND_NOW;
import static org.hexmall.application.port.out.persistence.PromotionExamples.cashback;
import static org.hexmall.application.port.out.persistence.PromotionExamples.doublePoints;
import static org.hexmall.application.port.out.persistence.PromotionExamples.festival;
import static org.hexmall.application.port.out.persistence.PromotionExamples.firstPayment;
import static org.hexmall.application.port.out.persistence.PromotionExamples.jdPayCoupon;
import static org.hexmall.application.port.out.persistence.PromotionExamples.minutes;

import java.time.Duration;
import java.util.List;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignStatus;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.junit.jupiter.api.Test;

/** What every {@link Campaigns} adapter must do. Each test starts with empty stores. */
public abstract class CampaignsContract {

    protected abstract Campaigns campaigns();

    @Test
    void everyKindOfCampaign_readsBackWithEveryConditionAndBenefit_nothingOfItsBudgetUsed() {
        List<Campaign> added = List.of(festival(Money.ofYuan(10_000, 0), 2), jdPayCoupon(Money.ofYuan(3000, 0)),
                firstPayment(AROUND_NOW), doublePoints(), cashback());
        for (Campaign campaign : added) {
            campaigns().add(campaign, NOW);
        }

        for (Campaign campaign : added) {
            CampaignStanding found = campaigns().findById(campaign.id()).orElseThrow();
            assertThat(found.campaign()).usingRecursiveComparison().isEqualTo(campaign);
            assertThat(found.budgetUsed()).isEqualTo(Money.ZERO);
            assertThat(found.statusAt(NOW)).isEqualTo(CampaignStatus.RUNNING);
        }
        assertThat(campaigns().findById(PromotionExamples.newCampaignId())).isEmpty();
    }

    @Test
    void lockById_readsTheCampaignAsFindByIdDoes_andFindsNoUnknownOne() {
        Campaign festival = festival(Money.ofYuan(10_000, 0), 2);
        campaigns().add(festival, NOW);

        CampaignStanding locked = campaigns().lockById(festival.id()).orElseThrow();

        assertThat(locked.campaign()).usingRecursiveComparison().isEqualTo(festival);
        assertThat(locked.budgetUsed()).isEqualTo(Money.ZERO);
        assertThat(campaigns().lockById(PromotionExamples.newCampaignId())).isEmpty();
    }

    @Test
    void aCampaignIdIsStoredOnce() {
        Campaign festival = festival(Money.ofYuan(10_000, 0), 1);
        campaigns().add(festival, NOW);

        assertThatThrownBy(() -> campaigns().add(festival, NOW)).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void update_keepsWhatSupervisorsChanged_windowBudgetLimitPauseAndEnd() {
        Campaign festival = festival(Money.ofYuan(10_000, 0), 1);
        campaigns().add(festival, NOW);
        CampaignWindow longer = new CampaignWindow(AROUND_NOW.startsAt(), AROUND_NOW.endsAt().plus(Duration.ofDays(3)));
        festival.changeWindow(longer, NOW);
        festival.changeBudget(Money.ofYuan(20_000, 0), Money.ZERO);
        festival.changeUsesPerCustomer(3);
        festival.pause();

        assertThat(campaigns().update(festival)).isTrue();

        Campaign paused = campaigns().findById(festival.id()).orElseThrow().campaign();
        assertThat(paused).usingRecursiveComparison().isEqualTo(festival);
        assertThat(paused.statusAt(NOW, Money.ZERO)).isEqualTo(CampaignStatus.PAUSED);

        festival.resume();
        festival.end(minutes(5));
        assertThat(campaigns().update(festival)).isTrue();
        assertThat(campaigns().findById(festival.id()).orElseThrow().statusAt(minutes(6)))
                .isEqualTo(CampaignStatus.ENDED);
        assertThat(campaigns().findById(festival.id()).orElseThrow().campaign().endedAt()).contains(minutes(5));
    }

    @Test
    void update_ofAnUnknownCampaign_changesNothing() {
        assertThat(campaigns().update(festival(Money.ofYuan(100, 0), 1))).isFalse();
    }

    @Test
    void list_showsTheNewestFirst_pageByPage() {
        Campaign first = festival(Money.ofYuan(100, 0), 1);
        Campaign second = doublePoints();
        Campaign third = cashback();
        campaigns().add(first, minutes(0));
        campaigns().add(second, minutes(1));
        campaigns().add(third, minutes(2));

        Page<CampaignStanding> page = campaigns().list(1, 2);
        Page<CampaignStanding> next = campaigns().list(2, 2);

        assertThat(page.items()).extracting(standing -> standing.campaign().id()).containsExactly(third.id(),
                second.id());
        assertThat(next.items()).extracting(standing -> standing.campaign().id()).containsExactly(first.id());
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void running_areThoseWhoseWindowHoldsNow_neitherPausedNorEnded() {
        Campaign running = festival(Money.ofYuan(100, 0), 1);
        Campaign paused = doublePoints();
        paused.pause();
        Campaign ended = cashback();
        ended.end(minutes(-1));
        Campaign later = firstPayment(new CampaignWindow(minutes(60), minutes(120)));
        Campaign closedAtNow = firstPayment(new CampaignWindow(minutes(-60), NOW));
        Campaign openingAtNow = firstPayment(new CampaignWindow(NOW, minutes(60)));
        for (Campaign campaign : List.of(running, paused, ended, later, closedAtNow, openingAtNow)) {
            campaigns().add(campaign, minutes(-90));
        }

        assertThat(campaigns().running(NOW)).extracting(standing -> standing.campaign().id())
                .containsExactlyInAnyOrder(running.id(), openingAtNow.id());
        assertThat(campaigns().running(minutes(60))).extracting(standing -> standing.campaign().id())
                .containsExactlyInAnyOrder(running.id(), later.id());
    }
}
