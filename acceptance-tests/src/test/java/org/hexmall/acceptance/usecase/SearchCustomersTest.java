package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.support.CustomerSearchQuery;
import org.hexmall.application.port.in.support.CustomerSearchResults;
import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.PasswordHash;
import org.junit.jupiter.api.Test;

class SearchCustomersTest {

    private final InMemoryHexmall hexmall = new InMemoryHexmall();

    @Test
    void partOfAPhoneNumber_findsTheCustomer() {
        registerLiLeiHanMeimeiAndJimGreen();

        assertThat(namesFoundBy("1234")).containsExactly("韩梅梅");
    }

    @Test
    void partOfANameInAnyCase_findsTheCustomer() {
        registerLiLeiHanMeimeiAndJimGreen();

        assertThat(namesFoundBy("GREEN")).containsExactly("Jim Green");
        assertThat(namesFoundBy("梅梅")).as("two characters match at the start of a name only").isEmpty();
        assertThat(namesFoundBy("韩")).containsExactly("韩梅梅");
        assertThat(namesFoundBy("韩梅梅")).containsExactly("韩梅梅");
    }

    @Test
    void theWholePhoneNumber_asReadOutWithSpaces_findsTheCustomer() {
        registerLiLeiHanMeimeiAndJimGreen();

        assertThat(namesFoundBy("139 1234 5678")).containsExactly("韩梅梅");
        assertThat(namesFoundBy("+8613800138000")).containsExactly("李雷");
    }

    @Test
    void theWholePhoneNumber_inFullWidthDigitsOrPastedWithAZeroWidthSpace_findsTheCustomer_asThePhoneFieldsReadIt() {
        registerLiLeiHanMeimeiAndJimGreen();

        assertThat(namesFoundBy("１３９１２３４５６７８")).containsExactly("韩梅梅");
        assertThat(namesFoundBy("\u200B13800138000")).containsExactly("李雷");
    }

    @Test
    void theStartOfAPhoneNumber_findsEveryoneWhoseNumberStartsSo() {
        registerLiLeiHanMeimeiAndJimGreen();

        assertThat(namesFoundBy("13")).containsExactly("韩梅梅", "李雷");
        assertThat(namesFoundBy("1391")).containsExactly("韩梅梅");
    }

    @Test
    void givenMoreThanAThousandMatches_theCountStopsAtAThousand_andSaysThereAreMore() {
        for (int i = 1; i <= 1_001; i++) {
            // Stored directly: a thousand registrations would hash a thousand passwords.
            hexmall.storage.customers().add(Customer.register(new CustomerId(UUID.randomUUID()),
                    new PhoneNumber("1370%07d".formatted(i)), Optional.empty(), new DisplayName("顾客 " + i),
                    new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"),
                    hexmall.clock.instant()));
        }

        CustomerSearchResults many = hexmall.searchCustomers.search(CustomerSearchQuery.of("顾客", "1"));
        CustomerSearchResults thousand = hexmall.searchCustomers.search(CustomerSearchQuery.of("1370", "1"));

        assertThat(many.total()).isEqualTo(1_000);
        assertThat(many.moreThanCounted()).isTrue();
        assertThat(many.items()).hasSize(20);
        assertThat(many.pageCount()).isEqualTo(50);
        assertThat(thousand.moreThanCounted()).isTrue();
        assertThat(hexmall.searchCustomers.search(CustomerSearchQuery.of("顾客 100", "1")))
                .satisfies(tens -> assertThat(tens.total()).isEqualTo(3))
                .satisfies(tens -> assertThat(tens.moreThanCounted()).isFalse());
    }

    @Test
    void partOfAnEmailAddress_findsTheCustomer() {
        registerLiLeiHanMeimeiAndJimGreen();

        assertThat(namesFoundBy("li.lei@")).containsExactly("李雷");
    }

    @Test
    void textEveryCustomerShares_findsThemAllNewestFirst() {
        registerLiLeiHanMeimeiAndJimGreen();

        assertThat(namesFoundBy("1")).containsExactly("Jim Green", "韩梅梅", "李雷");
    }

    @Test
    void blankText_listsEveryCustomerNewestFirst() {
        registerLiLeiHanMeimeiAndJimGreen();

        assertThat(namesFoundBy("  ")).containsExactly("Jim Green", "韩梅梅", "李雷");
    }

    @Test
    void textNobodyMatches_findsNobody() {
        registerLiLeiHanMeimeiAndJimGreen();

        CustomerSearchResults page = hexmall.searchCustomers.search(new CustomerSearchQuery("王", 1));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
        assertThat(page.moreThanCounted()).isFalse();
    }

    @Test
    void givenTwentyOneMatches_theFirstPageShowsTwentyAndOffersANextPage() {
        registerTwentyOneCustomers();

        CustomerSearchResults first = hexmall.searchCustomers.search(CustomerSearchQuery.of("顾客", "1"));

        assertThat(first.items()).hasSize(20);
        assertThat(first.total()).isEqualTo(21);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.items().getFirst().displayName()).isEqualTo("顾客 21");
    }

    @Test
    void givenTwentyOneMatches_theSecondPageShowsTheOldestOne() {
        registerTwentyOneCustomers();

        CustomerSearchResults second = hexmall.searchCustomers.search(CustomerSearchQuery.of("顾客", "2"));

        assertThat(second.items()).extracting(CustomerSummary::displayName).containsExactly("顾客 1");
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void aPageBeyondTheLast_showsTheLastPage() {
        registerTwentyOneCustomers();

        CustomerSearchResults page = hexmall.searchCustomers.search(CustomerSearchQuery.of("顾客", "17"));

        assertThat(page.number()).isEqualTo(2);
        assertThat(page.pageCount()).isEqualTo(2);
        assertThat(page.items()).extracting(CustomerSummary::displayName).containsExactly("顾客 1");
    }

    @Test
    void aPageNumberThatIsNotANumber_showsTheFirstPage() {
        registerTwentyOneCustomers();

        CustomerSearchResults page = hexmall.searchCustomers.search(CustomerSearchQuery.of("顾客", "two"));

        assertThat(page.number()).isEqualTo(1);
        assertThat(page.items()).hasSize(20);
    }

    private void registerLiLeiHanMeimeiAndJimGreen() {
        hexmall.registeredCustomer("13800138000", "li.lei@example.com", "李雷", "tea-4two-pots");
        hexmall.clock.advance(Duration.ofMinutes(1));
        hexmall.registeredCustomer("13912345678", "han.meimei@example.com", "韩梅梅", "tea-4two-pots");
        hexmall.clock.advance(Duration.ofMinutes(1));
        hexmall.registeredCustomer("15011112222", "", "Jim Green", "tea-4two-pots");
    }

    private void registerTwentyOneCustomers() {
        for (int i = 1; i <= 21; i++) {
            hexmall.clock.advance(Duration.ofMinutes(1));
            hexmall.registeredCustomer("1370000%04d".formatted(i), "", "顾客 " + i, "tea-4two-pots");
        }
    }

    private List<String> namesFoundBy(String text) {
        return hexmall.searchCustomers.search(new CustomerSearchQuery(text, 1)).items().stream()
                .map(CustomerSummary::displayName)
                .toList();
    }
}
