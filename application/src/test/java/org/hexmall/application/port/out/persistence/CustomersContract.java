package org.hexmall.application.port.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.application.port.out.persistence.Examples.NOW;
import static org.hexmall.application.port.out.persistence.Examples.customer;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.Customer;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.DisplayName;
import org.hexmall.domain.account.EmailAddress;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.security.LoginThrottle;
import org.hexmall.domain.shared.Page;
import org.junit.jupiter.api.Test;

/** What every {@link Customers} adapter must do. Each test starts with an empty store. */
public abstract class CustomersContract {

    protected abstract Customers customers();

    @Test
    void givenAddedCustomer_findById_returnsEveryDetail() {
        Customer liLei = customer("13800000001", "lilei@example.com", "Li Lei");
        customers().add(liLei);

        assertThat(customers().findById(liLei.id())).get().usingRecursiveComparison().isEqualTo(liLei);
    }

    @Test
    void findAllById_findsEachKnownCustomerOnce_andLeavesUnknownIdsOut() {
        Customer liLei = customer("13800000001", "lilei@example.com", "Li Lei");
        Customer hanMeimei = customer("13800000002", null, "Han Meimei");
        customers().add(liLei);
        customers().add(hanMeimei);
        customers().add(customer("13800000003", null, "Lin Tao"));

        assertThat(customers().findAllById(Set.of(liLei.id(), hanMeimei.id(), new CustomerId(UUID.randomUUID()))))
                .extracting(Customer::displayName).extracting(DisplayName::value)
                .containsExactlyInAnyOrder("Li Lei", "Han Meimei");
        assertThat(customers().findAllById(Set.of())).isEmpty();
    }

    @Test
    void givenAddedCustomer_findByPhoneOrEmail_findsThem() {
        Customer liLei = customer("13800000001", "lilei@example.com", "Li Lei");
        customers().add(liLei);

        assertThat(customers().findByPhone(new PhoneNumber("13800000001"))).get()
                .usingRecursiveComparison().isEqualTo(liLei);
        assertThat(customers().findByEmail(new EmailAddress("lilei@example.com"))).get()
                .usingRecursiveComparison().isEqualTo(liLei);
    }

    @Test
    void givenUnknownIdPhoneOrEmail_finders_findNothing() {
        customers().add(customer("13800000001", "lilei@example.com", "Li Lei"));

        assertThat(customers().findById(new CustomerId(UUID.randomUUID()))).isEmpty();
        assertThat(customers().findByPhone(new PhoneNumber("13900000002"))).isEmpty();
        assertThat(customers().findByEmail(new EmailAddress("hanmeimei@example.com"))).isEmpty();
    }

    @Test
    void givenCustomerWithoutEmail_findById_returnsThemWithoutOne() {
        Customer noEmail = customer("13800000001", null, "Li Lei");
        customers().add(noEmail);

        assertThat(customers().findById(noEmail.id())).get()
                .extracting(Customer::email).isEqualTo(Optional.empty());
    }

    @Test
    void givenLockedAndFrozenCustomer_update_keepsThrottleAndStatus() {
        Customer liLei = customer("13800000001", "lilei@example.com", "Li Lei");
        customers().add(liLei);
        LoginThrottle locked = new LoginThrottle(2, NOW.plus(Duration.ofMinutes(15)));
        Customer frozen = Customer.reconstitute(liLei.id(), liLei.phone(), liLei.email(), liLei.displayName(),
                liLei.passwordHash(), AccountStatus.FROZEN, liLei.registeredAt(), locked);

        customers().update(frozen);

        Customer stored = customers().findById(liLei.id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(AccountStatus.FROZEN);
        assertThat(stored.loginThrottle()).isEqualTo(locked);
    }

    @Test
    void givenLockedCustomer_updateAfterSuccessfulLogin_clearsTheLock() {
        Customer liLei = customer("13800000001", "lilei@example.com", "Li Lei");
        customers().add(Customer.reconstitute(liLei.id(), liLei.phone(), liLei.email(), liLei.displayName(),
                liLei.passwordHash(), AccountStatus.ACTIVE, liLei.registeredAt(),
                new LoginThrottle(3, NOW.plus(Duration.ofMinutes(15)))));

        customers().update(liLei.withLoginThrottle(LoginThrottle.CLEAR));

        assertThat(customers().findById(liLei.id()).orElseThrow().loginThrottle()).isEqualTo(LoginThrottle.CLEAR);
    }

    @Test
    void givenRegisteredPhone_addingAnotherCustomerWithIt_isRefusedAndKeepsTheFirst() {
        Customer first = customer("13800000001", "lilei@example.com", "Li Lei");
        customers().add(first);

        assertThatThrownBy(() -> customers().add(customer("13800000001", "other@example.com", "Other")))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(customers().findByPhone(first.phone())).get().extracting(Customer::id).isEqualTo(first.id());
    }

    @Test
    void givenRegisteredEmail_addingAnotherCustomerWithIt_isRefusedAndKeepsTheFirst() {
        Customer first = customer("13800000001", "lilei@example.com", "Li Lei");
        customers().add(first);

        assertThatThrownBy(() -> customers().add(customer("13900000002", "lilei@example.com", "Other")))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(customers().findByEmail(first.email().orElseThrow())).get()
                .extracting(Customer::id).isEqualTo(first.id());
    }

    @Test
    void givenTwoCustomers_updatingOneToTheOthersPhone_isRefused() {
        Customer liLei = customer("13800000001", "lilei@example.com", "Li Lei");
        Customer hanMeimei = customer("13900000002", "hanmeimei@example.com", "Han Meimei");
        customers().add(liLei);
        customers().add(hanMeimei);
        Customer clash = Customer.reconstitute(hanMeimei.id(), liLei.phone(), hanMeimei.email(),
                hanMeimei.displayName(), hanMeimei.passwordHash(), hanMeimei.status(), hanMeimei.registeredAt(),
                hanMeimei.loginThrottle());

        assertThatThrownBy(() -> customers().update(clash)).isInstanceOf(DuplicateKeyException.class);
        assertThat(customers().findByPhone(liLei.phone())).get().extracting(Customer::id).isEqualTo(liLei.id());
    }

    @Test
    void givenCustomerWithoutEmail_anotherWithoutEmail_canRegister() {
        customers().add(customer("13800000001", null, "Li Lei"));
        Customer second = customer("13900000002", null, "Han Meimei");

        customers().add(second);

        assertThat(customers().findById(second.id())).isPresent();
    }

    @Test
    void givenTwoCustomers_searchByPartOfPhone_findsOnlyTheMatch() {
        customers().add(customer("13800000001", "lilei@example.com", "Li Lei"));
        Customer hanMeimei = customer("13912345678", "hanmeimei@example.com", "Han Meimei");
        customers().add(hanMeimei);

        assertThat(idsOf(search("1234", 1, 20))).containsExactly(hanMeimei.id());
    }

    @Test
    void givenTwoCustomers_searchByPartOfEmailInCapitals_findsOnlyTheMatch() {
        Customer liLei = customer("13800000001", "lilei@example.com", "Li Lei");
        customers().add(liLei);
        customers().add(customer("13912345678", "hanmeimei@example.com", "Han Meimei"));

        assertThat(idsOf(search("LILEI@EX", 1, 20))).containsExactly(liLei.id());
    }

    @Test
    void givenTwoCustomers_searchByPartOfNameInOtherCase_findsOnlyTheMatch() {
        customers().add(customer("13800000001", "lilei@example.com", "Li Lei"));
        Customer hanMeimei = customer("13912345678", "hanmeimei@example.com", "Han Meimei");
        customers().add(hanMeimei);

        assertThat(idsOf(search("meiMEI", 1, 20))).containsExactly(hanMeimei.id());
    }

    @Test
    void givenChineseName_searchByItsFirstCharacter_findsIt_butAnotherOneCharacterOrTwoDoNot() {
        Customer liLei = customer("13800000001", null, "李雷");
        Customer hanMeimei = customer("13912345678", null, "韩梅梅");
        customers().add(liLei);
        customers().add(hanMeimei);

        assertThat(idsOf(search("李", 1, 20))).containsExactly(liLei.id());
        assertThat(idsOf(search("雷", 1, 20))).isEmpty();
        assertThat(idsOf(search("梅梅", 1, 20))).isEmpty();
        assertThat(idsOf(search("韩梅梅", 1, 20))).containsExactly(hanMeimei.id());
    }

    @Test
    void givenChineseNames_theSurnameAlone_orAWholeTwoCharacterName_findsTheNamesThatStartWithIt() {
        Customer liLei = customer("13800000001", "li.lei@example.com", "李雷");
        Customer hanMeimei = customer("13800000002", "han.meimei@example.com", "韩梅梅");
        Customer liLeiming = customer("13912345678", null, "李雷鸣");
        customers().add(liLei);
        customers().add(hanMeimei);
        customers().add(liLeiming);

        assertThat(idsOf(search("韩", 1, 20))).containsExactly(hanMeimei.id());
        assertThat(idsOf(search(" 韩梅梅 ", 1, 20))).containsExactly(hanMeimei.id());
        assertThat(idsOf(search("李雷", 1, 20))).containsExactlyInAnyOrder(liLei.id(), liLeiming.id());
        assertThat(idsOf(search("雷鸣", 1, 20))).as("two characters match only at the start").isEmpty();
        assertThat(idsOf(search("han", 1, 20))).as("the pinyin in the email address")
                .containsExactly(hanMeimei.id());
    }

    @Test
    void elevenDigits_findTheCustomerWithExactlyThatNumber_asTypedWithSpacesOrPlus86() {
        Customer liLei = customer("13800138000", null, "Li Lei");
        customers().add(liLei);
        customers().add(customer("13800138001", null, "Han Meimei"));

        assertThat(idsOf(search("13800138000", 1, 20))).containsExactly(liLei.id());
        assertThat(idsOf(search("138 0013 8000", 1, 20))).containsExactly(liLei.id());
        assertThat(idsOf(search("+86 138-0013-8000", 1, 20))).containsExactly(liLei.id());
        assertThat(idsOf(search("1380013800", 1, 20))).hasSize(2);
        assertThat(idsOf(search("138001380001", 1, 20))).as("more digits than a phone number has").isEmpty();
    }

    @Test
    void oneOrTwoDigits_matchAtTheStartOfThePhoneNumberOnly_threeOrMoreAnywhere() {
        Customer liLei = customer("13800138000", null, "Li Lei");
        Customer hanMeimei = customer("15912345678", null, "Han Meimei");
        customers().add(liLei);
        customers().add(hanMeimei);

        assertThat(idsOf(search("13", 1, 20))).containsExactly(liLei.id());
        assertThat(idsOf(search("78", 1, 20))).isEmpty();
        assertThat(idsOf(search("678", 1, 20))).containsExactly(hanMeimei.id());
        assertThat(idsOf(search("159", 1, 20))).containsExactly(hanMeimei.id());
    }

    @Test
    void textWithAnAt_looksAtEmailAddressesOnly_andTwoLettersMatchAtTheirStart() {
        Customer liLei = customer("13800000001", "lilei@example.com", "Li Lei");
        Customer atName = customer("13800000002", "han@example.com", "li@home");
        customers().add(liLei);
        customers().add(atName);

        assertThat(idsOf(search("lilei@example.com", 1, 20))).containsExactly(liLei.id());
        assertThat(idsOf(search("LiLei@Example.com", 1, 20))).containsExactly(liLei.id());
        assertThat(idsOf(search("lei@example.com", 1, 20))).as("a whole address finds that address only").isEmpty();
        assertThat(idsOf(search("@example", 1, 20))).containsExactlyInAnyOrder(liLei.id(), atName.id());
        assertThat(idsOf(search("ei@", 1, 20))).containsExactly(liLei.id());
        assertThat(idsOf(search("li@h", 1, 20))).as("a name with an @ in it").isEmpty();
        assertThat(idsOf(search("ha", 1, 20))).containsExactly(atName.id());
        assertThat(idsOf(search("ei", 1, 20))).isEmpty();
    }

    @Test
    void twoLetters_matchTheStartOfTheNameInAnyCase() {
        Customer jimGreen = customer("13800000001", null, "Jim Green");
        customers().add(jimGreen);

        assertThat(idsOf(search("JI", 1, 20))).containsExactly(jimGreen.id());
        assertThat(idsOf(search("gr", 1, 20))).isEmpty();
        assertThat(idsOf(search("GRE", 1, 20))).containsExactly(jimGreen.id());
    }

    @Test
    void theCount_stopsAtTheLimitGiven_whileThePagesStillHoldTheMatches() {
        IntStream.range(0, 12).forEach(n -> customers().add(
                customer("138%08d".formatted(n), null, "Customer " + n, NOW.minusSeconds(n))));

        Page<Customer> counted = customers().search(CustomerSearch.of("Customer"), 1, 5, 10);
        Page<Customer> exactly = customers().search(CustomerSearch.of("Customer"), 3, 5, 12);
        Page<Customer> under = customers().search(CustomerSearch.of("Customer"), 1, 5, 13);

        assertThat(counted.total()).isEqualTo(10);
        assertThat(counted.items()).hasSize(5);
        assertThat(exactly.total()).isEqualTo(12);
        assertThat(exactly.items()).extracting(customer -> customer.displayName().value())
                .containsExactly("Customer 10", "Customer 11");
        assertThat(under.total()).isEqualTo(12);
    }

    @Test
    void searchTextWithPercentOrUnderscore_matchesThemLiterally() {
        Customer percent = customer("13800000001", null, "50%off");
        Customer underscore = customer("13800000002", null, "wang_fang");
        customers().add(percent);
        customers().add(underscore);
        customers().add(customer("13800000003", null, "50 off"));
        customers().add(customer("13800000004", null, "wangxfang"));

        assertThat(idsOf(search("0%o", 1, 20))).containsExactly(percent.id());
        assertThat(idsOf(search("g_f", 1, 20))).containsExactly(underscore.id());
    }

    @Test
    void searchTextWithOtherPunctuation_matchesItLiterally() {
        Customer backslash = customer("13800000001", null, "Li\\Lei");
        Customer exclamation = customer("13800000002", null, "Hi!Lei");
        Customer apostrophe = customer("13800000003", null, "O'Brien");
        customers().add(backslash);
        customers().add(exclamation);
        customers().add(apostrophe);
        customers().add(customer("13800000004", null, "LiLei"));

        assertThat(idsOf(search("i\\L", 1, 20))).containsExactly(backslash.id());
        assertThat(idsOf(search("i!L", 1, 20))).containsExactly(exclamation.id());
        assertThat(idsOf(search("o'b", 1, 20))).containsExactly(apostrophe.id());
    }

    @Test
    void givenCustomersRegisteredAtDifferentTimes_search_listsNewestFirst() {
        Customer oldest = customer("13800000001", null, "Oldest", NOW.minus(Duration.ofDays(2)));
        Customer newest = customer("13800000002", null, "Newest", NOW);
        Customer middle = customer("13800000003", null, "Middle", NOW.minus(Duration.ofDays(1)));
        customers().add(oldest);
        customers().add(newest);
        customers().add(middle);

        assertThat(idsOf(search("", 1, 20))).containsExactly(newest.id(), middle.id(), oldest.id());
    }

    @Test
    void given25Customers_secondPageOf20_holdsTheFiveOldestAndCountsAll() {
        List<Customer> newestFirst = IntStream.range(0, 25)
                .mapToObj(n -> customer("138%08d".formatted(n), null, "Customer " + n, NOW.minusSeconds(n)))
                .toList();
        newestFirst.forEach(customers()::add);

        Page<Customer> secondPage = search("Customer", 2, 20);

        assertThat(secondPage.number()).isEqualTo(2);
        assertThat(secondPage.size()).isEqualTo(20);
        assertThat(secondPage.total()).isEqualTo(25);
        assertThat(idsOf(secondPage)).containsExactlyElementsOf(idsOf(newestFirst.subList(20, 25)));
    }

    @Test
    void blankSearchText_listsEveryCustomer() {
        customers().add(customer("13800000001", "lilei@example.com", "Li Lei"));
        customers().add(customer("13900000002", null, "Han Meimei"));

        Page<Customer> everyone = search("  ", 1, 20);

        assertThat(everyone.total()).isEqualTo(2);
        assertThat(everyone.items()).hasSize(2);
    }

    @Test
    void searchForTextNobodyHas_findsNothing() {
        customers().add(customer("13800000001", "lilei@example.com", "Li Lei"));

        Page<Customer> nobody = search("zhang", 1, 20);

        assertThat(nobody.items()).isEmpty();
        assertThat(nobody.total()).isZero();
    }

    /** A search as an agent types it, its count going far enough for every test here. */
    private Page<Customer> search(String text, int pageNumber, int pageSize) {
        return customers().search(CustomerSearch.of(text), pageNumber, pageSize, 1_000);
    }

    private static List<CustomerId> idsOf(Page<Customer> page) {
        return idsOf(page.items());
    }

    private static List<CustomerId> idsOf(List<Customer> customers) {
        return customers.stream().map(Customer::id).toList();
    }
}
