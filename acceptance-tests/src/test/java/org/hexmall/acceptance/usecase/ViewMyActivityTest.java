package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import org.hexmall.application.port.in.account.ActivityEntry;
import org.hexmall.application.port.in.account.MyActivity;
import org.hexmall.application.port.in.account.ViewMyActivity;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.account.LoginRecord;
import org.hexmall.domain.security.PlainPassword;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Account &amp; security → "Account activity": a customer checks their own logins and security events. */
class ViewMyActivityTest {

    private static final String PHONE = "13800138000";
    private static final String PASSWORD = "tea-4two-pots";
    private static final int PAGE = ViewMyActivity.PAGE_SIZE;

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", PASSWORD);

    @Test
    void aNewCustomer_seesAnEmptyFirstPageWithNoOtherPage() {
        MyActivity activity = hexmall.viewMyActivity.view(customer, 1);

        assertThat(activity.entries()).isEmpty();
        assertThat(activity.hasNext()).isFalse();
        assertThat(activity.hasPrevious()).isFalse();
        assertThat(activity.olderNotShown()).isFalse();
    }

    @Test
    void loginsAndSecurityEvents_comeMergedNewestFirst() {
        hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor());
        hexmall.clock.advance(Duration.ofMinutes(1));
        hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD), InMemoryHexmall.CLIENT_ADDRESS);
        hexmall.clock.advance(Duration.ofMinutes(1));
        hexmall.logIn(PHONE, PASSWORD, hexmall.newVisitor());

        assertThat(hexmall.viewMyActivity.view(customer, 1).entries()).extracting(ActivityEntry::what)
                .containsExactly("LOGIN_REFUSED_FROZEN", "ACCOUNT_FROZEN", "LOGIN_SUCCEEDED");
    }

    @Test
    void aFreezeByTheCustomer_namesTheAddressTheyFrozeItFrom() {
        hexmall.freezeMyAccount.freeze(customer, new PlainPassword(PASSWORD), "203.0.113.7");

        assertThat(hexmall.viewMyActivity.view(customer, 1).entries().getFirst())
                .extracting(ActivityEntry::what, ActivityEntry::clientAddress)
                .containsExactly("ACCOUNT_FROZEN", "203.0.113.7");
    }

    @Test
    void fiveWrongPasswords_showTheLockRightAboveTheWrongPasswordThatStartedIt() {
        hexmall.lockOut(PHONE);

        assertThat(hexmall.viewMyActivity.view(customer, 1).entries()).extracting(ActivityEntry::what)
                .startsWith("LOGIN_LOCKED", "LOGIN_WRONG_PASSWORD").hasSize(6);
        assertThat(hexmall.viewMyActivity.view(customer, 1).entries().getFirst().clientAddress())
                .isEqualTo(InMemoryHexmall.CLIENT_ADDRESS);
    }

    @Test
    void exactlyOnePageOfActivity_isOnePage_andThePageAfterItIsEmpty() {
        recordAlternately(PAGE);

        MyActivity first = hexmall.viewMyActivity.view(customer, 1);
        MyActivity second = hexmall.viewMyActivity.view(customer, 2);

        assertThat(first.entries()).hasSize(PAGE);
        assertThat(first.hasNext()).isFalse();
        assertThat(second.entries()).isEmpty();
        assertThat(second.hasNext()).isFalse();
        assertThat(second.olderNotShown()).isFalse();
    }

    @Test
    void onePageAndOneEntry_leaveTheOldestEntryAloneOnTheSecondPage() {
        Instant oldest = hexmall.clock.instant();
        recordAlternately(PAGE + 1);

        MyActivity first = hexmall.viewMyActivity.view(customer, 1);
        MyActivity second = hexmall.viewMyActivity.view(customer, 2);

        assertThat(first.hasNext()).isTrue();
        assertThat(first.entries().getFirst().at()).isEqualTo(oldest.plusSeconds(PAGE));
        assertThat(second.entries()).extracting(ActivityEntry::at).containsExactly(oldest);
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void everyPage_continuesWhereTheNewerOneStopped_withoutGapsOrRepeats() {
        recordAlternately(3 * PAGE - 5);

        var seen = new ArrayList<Instant>();
        for (int page = 1; page <= 3; page++) {
            hexmall.viewMyActivity.view(customer, page).entries().forEach(entry -> seen.add(entry.at()));
        }

        assertThat(seen).hasSize(3 * PAGE - 5).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void aPageBeyondTheLastOneShown_isEmptyAndSaysOlderActivityIsNotShown() {
        recordAlternately(2);

        MyActivity beyond = hexmall.viewMyActivity.view(customer, ViewMyActivity.LAST_PAGE + 1);

        assertThat(beyond.entries()).isEmpty();
        assertThat(beyond.olderNotShown()).isTrue();
        assertThat(beyond.hasNext()).isFalse();
    }

    @Test
    void aCustomer_neverSeesAnotherCustomersActivity() {
        CustomerId hanMeimei = hexmall.registeredCustomer("13900139000", "han.meimei@example.com", "韩梅梅",
                "milk-tea-3cups");
        hexmall.logIn("13900139000", "milk-tea-3cups", hexmall.newVisitor());
        hexmall.lockOut("13900139000");

        assertThat(hexmall.viewMyActivity.view(customer, 1).entries()).isEmpty();
        assertThat(hexmall.viewMyActivity.view(hanMeimei, 1).entries()).isNotEmpty();
    }

    /** Stores this many entries, a second apart, alternating logins and security events, oldest first. */
    private void recordAlternately(int count) {
        Instant start = hexmall.clock.instant();
        hexmall.storage.transactions().inTransaction(() -> {
            for (int i = 0; i < count; i++) {
                Instant at = start.plusSeconds(i);
                if (i % 2 == 0) {
                    hexmall.storage.loginHistory().record(new LoginRecord(customer, at, LoginOutcome.SUCCEEDED,
                            InMemoryHexmall.CLIENT_ADDRESS));
                } else {
                    hexmall.storage.securityEvents().record(new SecurityEvent(customer, at,
                            SecurityEventKind.WALLET_BOUND, SecurityEvent.Source.CUSTOMER, "ALIPAY 138****0001",
                            InMemoryHexmall.CLIENT_ADDRESS));
                }
            }
        });
    }
}
