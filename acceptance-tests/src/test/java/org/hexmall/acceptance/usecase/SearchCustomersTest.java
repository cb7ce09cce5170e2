package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.hexmall.application.port.in.support.CustomerSearchQuery;
import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.domain.shared.Page;
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
        assertThat(namesFoundBy("梅")).containsExactly("韩梅梅");
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

        Page<CustomerSummary> page = hexmall.searchCustomers.search(new CustomerSearchQuery("王", 1));

        assertThat(page.items()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void givenTwentyOneMatches_theFirstPageShowsTwentyAndOffersANextPage() {
        registerTwentyOneCustomers();

        Page<CustomerSummary> first = hexmall.searchCustomers.search(CustomerSearchQuery.of("顾客", "1"));

        assertThat(first.items()).hasSize(20);
        assertThat(first.total()).isEqualTo(21);
        assertThat(first.hasNext()).isTrue();
        assertThat(first.items().getFirst().displayName()).isEqualTo("顾客 21");
    }

    @Test
    void givenTwentyOneMatches_theSecondPageShowsTheOldestOne() {
        registerTwentyOneCustomers();

        Page<CustomerSummary> second = hexmall.searchCustomers.search(CustomerSearchQuery.of("顾客", "2"));

        assertThat(second.items()).extracting(CustomerSummary::displayName).containsExactly("顾客 1");
        assertThat(second.hasPrevious()).isTrue();
        assertThat(second.hasNext()).isFalse();
    }

    @Test
    void aPageNumberThatIsNotANumber_showsTheFirstPage() {
        registerTwentyOneCustomers();

        Page<CustomerSummary> page = hexmall.searchCustomers.search(CustomerSearchQuery.of("顾客", "two"));

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
