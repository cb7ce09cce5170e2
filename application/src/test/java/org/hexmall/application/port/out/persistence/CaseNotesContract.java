package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.application.port.out.persistence.Examples.NOW;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.CaseNote;
import org.hexmall.domain.support.ContactChannel;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CaseNotes} adapter must do. Each test starts with no notes. The port has no way to change or
 * remove a note, so that none is ever lost: {@link #thePortOffersNoWayToChangeOrRemoveANote} keeps it so.
 */
public abstract class CaseNotesContract {

    private static final AgentId WANG_FANG = new AgentId(UUID.randomUUID());

    protected abstract CaseNotes caseNotes();

    @Test
    void givenAddedNote_latest_returnsItWithEveryDetail() {
        CustomerId hanMeimei = new CustomerId(UUID.randomUUID());
        CaseNote note = new CaseNote(hanMeimei, NOW, WANG_FANG, "wang.fang", ContactChannel.PHONE,
                "Called about a payment declined for her balance; told her to top up Alipay and pay again.");
        caseNotes().add(note);

        assertThat(caseNotes().latest(hanMeimei, 10)).containsExactly(note);
    }

    @Test
    void everyChannel_isKept() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        for (ContactChannel channel : ContactChannel.values()) {
            caseNotes().add(new CaseNote(liLei, NOW, WANG_FANG, "wang.fang", channel, "By " + channel));
        }

        assertThat(caseNotes().latest(liLei, 10)).extracting(CaseNote::channel)
                .containsExactlyInAnyOrder(ContactChannel.values());
    }

    @Test
    void givenSummaryOfTheLongestAllowedLengthInChinese_latest_returnsItWhole() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        String longest = "客户来电询问支付失败".repeat(CaseNote.MAX_SUMMARY_LENGTH / 10);
        caseNotes().add(new CaseNote(liLei, NOW, WANG_FANG, "wang.fang", ContactChannel.CHAT, longest));

        assertThat(caseNotes().latest(liLei, 10)).extracting(CaseNote::summary).containsExactly(longest);
    }

    @Test
    void givenFiveNotes_latestThree_returnsTheThreeNewestFirst() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        for (int minute = 0; minute < 5; minute++) {
            caseNotes().add(new CaseNote(liLei, NOW.plus(Duration.ofMinutes(minute)), WANG_FANG, "wang.fang",
                    ContactChannel.EMAIL, "note " + minute));
        }

        assertThat(caseNotes().latest(liLei, 3)).extracting(CaseNote::summary)
                .containsExactly("note 4", "note 3", "note 2");
    }

    @Test
    void givenTwoNotesAtTheSameMoment_latest_listsTheOneAddedLaterFirst() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        caseNotes().add(new CaseNote(liLei, NOW, WANG_FANG, "wang.fang", ContactChannel.PHONE, "first"));
        caseNotes().add(new CaseNote(liLei, NOW, WANG_FANG, "wang.fang", ContactChannel.PHONE, "second"));

        assertThat(caseNotes().latest(liLei, 10)).extracting(CaseNote::summary).containsExactly("second", "first");
    }

    @Test
    void givenNotesAboutTwoCustomers_latest_listsOnlyThatCustomers() {
        CustomerId liLei = new CustomerId(UUID.randomUUID());
        CustomerId hanMeimei = new CustomerId(UUID.randomUUID());
        caseNotes().add(new CaseNote(liLei, NOW, WANG_FANG, "wang.fang", ContactChannel.PHONE, "about Li Lei"));
        caseNotes().add(new CaseNote(hanMeimei, NOW, WANG_FANG, "wang.fang", ContactChannel.PHONE, "about her"));

        assertThat(caseNotes().latest(hanMeimei, 10)).extracting(CaseNote::summary).containsExactly("about her");
        assertThat(caseNotes().latest(new CustomerId(UUID.randomUUID()), 10)).isEmpty();
    }

    @Test
    void thePortOffersNoWayToChangeOrRemoveANote() {
        assertThat(Arrays.stream(CaseNotes.class.getMethods()).map(method -> method.getName()))
                .containsExactlyInAnyOrder("add", "latest");
    }
}
