package org.hexmall.domain.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrderNumberTest {

    private static final LocalDate DOUBLE_ELEVEN_AND_A_BIT = LocalDate.of(2026, 11, 22);

    /** Placed on 2026-11-22 with random part 04558; its Luhn check digit is 4. */
    private static final String VALID = "261122045584";

    // Generating

    @Test
    void generatedNumbers_areTwelveDigitsStartingWithTheDateAsYearMonthDay() {
        List<OrderNumber> numbers = generateHundred(new SplittableRandom(20261122L));

        assertThat(numbers).extracting(OrderNumber::value)
                .allSatisfy(value -> assertThat(value).matches("\\d{12}").startsWith("261122"));
    }

    @Test
    void generatedNumbers_endInAValidLuhnCheckDigit() {
        List<OrderNumber> numbers = generateHundred(new SplittableRandom(20261122L));

        assertThat(numbers).extracting(OrderNumber::value).allMatch(OrderNumberTest::passesLuhn);
    }

    @Test
    void theDate_isTheOneTheOrderWasPlacedOn() {
        OrderNumber number = OrderNumber.generate(LocalDate.of(2030, 1, 5), alwaysDrawing(4_558));

        assertThat(number.value()).startsWith("300105");
    }

    @Test
    void theRandomPart_followsTheDateAndTheCheckDigitEndsTheNumber() {
        OrderNumber number = OrderNumber.generate(DOUBLE_ELEVEN_AND_A_BIT, alwaysDrawing(4_558));

        assertThat(number.value()).isEqualTo(VALID);
    }

    @Test
    void aSmallRandomPart_isPaddedWithZerosToFiveDigits() {
        OrderNumber number = OrderNumber.generate(DOUBLE_ELEVEN_AND_A_BIT, alwaysDrawing(0));

        assertThat(number.value()).isEqualTo("261122000001");
    }

    @Test
    void theLargestRandomPart_stillMakesTwelveDigits() {
        OrderNumber number = OrderNumber.generate(DOUBLE_ELEVEN_AND_A_BIT, alwaysDrawing(99_999));

        assertThat(number.value()).hasSize(12).startsWith("26112299999");
        assertThat(passesLuhn(number.value())).isTrue();
    }

    // Issuing from a serial

    private static final OrderNumberPermutation STORE = OrderNumberPermutation.forOrderNumbers(
            "the store's order-number key 01".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    @Test
    void anIssuedNumber_isTheDateNineShuffledDigitsOfTheSerialAndALuhnCheckDigit() {
        OrderNumber number = OrderNumber.issue(DOUBLE_ELEVEN_AND_A_BIT, 41, STORE);

        assertThat(number.value()).hasSize(16).startsWith("261122")
                .isEqualTo("261122" + "%09d".formatted(STORE.apply(41)) + number.value().charAt(15));
        assertThat(passesLuhn(number.value())).isTrue();
        assertThat(STORE.inverse(Long.parseLong(number.value().substring(6, 15)))).isEqualTo(41);
    }

    @Test
    void aHundredThousandSerialsOnOneDay_getAHundredThousandNumbers_withoutDrawingAgain() {
        Set<String> numbers = new HashSet<>();

        LongStream.range(0, 100_000).forEach(serial ->
                numbers.add(OrderNumber.issue(DOUBLE_ELEVEN_AND_A_BIT, serial, STORE).value()));

        assertThat(numbers).hasSize(100_000);
    }

    @Test
    void serialsBeyondTheNineDigitRange_startAgainFromTheRangeStart_soTheyNeverRunOut() {
        long aBillionLater = 7 + OrderNumberPermutation.ORDER_NUMBER_RANGE;

        assertThat(OrderNumber.issue(DOUBLE_ELEVEN_AND_A_BIT.plusDays(1), aBillionLater, STORE).value())
                .isEqualTo(OrderNumber.issue(DOUBLE_ELEVEN_AND_A_BIT.plusDays(1), 7, STORE).value());
        assertThat(OrderNumber.issue(DOUBLE_ELEVEN_AND_A_BIT, Long.MAX_VALUE, STORE).value()).hasSize(16);
    }

    @Test
    void anIssuedNumber_isShownInFourGroupsOfFourDigits_andReadBackAsTyped() {
        OrderNumber number = OrderNumber.issue(DOUBLE_ELEVEN_AND_A_BIT, 41, STORE);

        assertThat(number.grouped()).matches("2611 22\\d\\d \\d{4} \\d{4}");
        assertThat(OrderNumber.parse(number.grouped())).isEqualTo(number);
        assertThat(OrderNumber.parse(number.grouped().replace(' ', '-'))).isEqualTo(number);
    }

    @Test
    void inAnIssuedNumber_everySingleWrongDigit_andEverySwapOfNeighboursButZeroAndNine_isRefused() {
        for (long serial = 0; serial < 200; serial++) {
            String valid = OrderNumber.issue(DOUBLE_ELEVEN_AND_A_BIT, serial, STORE).value();
            for (int position = 0; position < valid.length(); position++) {
                for (char digit = '0'; digit <= '9'; digit++) {
                    if (digit != valid.charAt(position)) {
                        String misheard = valid.substring(0, position) + digit + valid.substring(position + 1);
                        assertThatExceptionOfType(DomainException.class).as(misheard)
                                .isThrownBy(() -> new OrderNumber(misheard));
                    }
                }
                if (position + 1 < valid.length() && valid.charAt(position) != valid.charAt(position + 1)
                        && !isZeroAndNine(valid.charAt(position), valid.charAt(position + 1))) {
                    String swapped = swapNeighbours(valid, position);
                    assertThatExceptionOfType(DomainException.class).as(swapped)
                            .isThrownBy(() -> new OrderNumber(swapped));
                }
            }
        }
    }

    // Showing

    @Test
    void aNumber_isShownInThreeGroupsOfFourDigits() {
        OrderNumber number = new OrderNumber(VALID);

        assertThat(number.grouped()).isEqualTo("2611 2204 5584");
        assertThat(number).hasToString("2611 2204 5584");
    }

    // Reading what people type

    @ParameterizedTest
    @ValueSource(strings = {"261122045584", "2611 2204 5584", "2611-2204-5584", " 2611  2204 5584 ", "2611 - 2204 - 5584", "2611\u30002204\u30005584"})
    void spacesAndDashesBetweenTheDigits_areFineEvenTheFullWidthSpaceOfChineseInput(String typed) {
        assertThat(OrderNumber.parse(typed)).isEqualTo(new OrderNumber(VALID));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void nothingTyped_isRefusedAsMissing(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> OrderNumber.parse(typed))
                .extracting(DomainException::code).isEqualTo("order-number.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2611 2204 558", "2611 2204 55840", "2611 2204 558A", "2611.2204.5584", "---",
            "2611 2205 8314 602", "2611 2205 8314 60230"})
    void anythingButTwelveOrSixteenDigits_isRefused(String typed) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> OrderNumber.parse(typed))
                .extracting(DomainException::code).isEqualTo("order-number.format");
    }

    // The check digit

    @ParameterizedTest(name = "position {0} becomes {1}")
    @MethodSource("everySingleWrongDigit")
    void aSingleWrongDigit_isRefused(int position, char wrongDigit) {
        String misheard = VALID.substring(0, position) + wrongDigit + VALID.substring(position + 1);

        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> OrderNumber.parse(misheard))
                .extracting(DomainException::code).isEqualTo("order-number.format");
    }

    @ParameterizedTest(name = "positions {0} and {1} swapped: {2}")
    @MethodSource("swapsOfDifferentNeighbours")
    void twoDifferentNeighbouringDigitsSwapped_areRefused(int position, int next, String swapped) {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> OrderNumber.parse(swapped))
                .extracting(DomainException::code).isEqualTo("order-number.format");
    }

    static Stream<Arguments> everySingleWrongDigit() {
        return IntStream.range(0, VALID.length()).boxed().flatMap(position -> "0123456789".chars()
                .filter(digit -> digit != VALID.charAt(position))
                .mapToObj(digit -> Arguments.of(position, (char) digit)));
    }

    /** Luhn catches every swap of two different neighbours except 0 and 9, which the valid number has none of. */
    static Stream<Arguments> swapsOfDifferentNeighbours() {
        return IntStream.range(0, VALID.length() - 1)
                .filter(position -> VALID.charAt(position) != VALID.charAt(position + 1))
                .filter(position -> !isZeroAndNine(VALID.charAt(position), VALID.charAt(position + 1)))
                .mapToObj(position -> Arguments.of(position, position + 1, swapNeighbours(VALID, position)));
    }

    private static boolean isZeroAndNine(char one, char other) {
        return one != other && (one == '0' || one == '9') && (other == '0' || other == '9');
    }

    private static String swapNeighbours(String digits, int position) {
        char[] swapped = digits.toCharArray();
        swapped[position] = digits.charAt(position + 1);
        swapped[position + 1] = digits.charAt(position);
        return new String(swapped);
    }

    private static List<OrderNumber> generateHundred(RandomGenerator random) {
        return IntStream.range(0, 100).mapToObj(i -> OrderNumber.generate(DOUBLE_ELEVEN_AND_A_BIT, random)).toList();
    }

    /** The Luhn test, written out here independently of the code under test. */
    private static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int fromRight = 0; fromRight < digits.length(); fromRight++) {
            int digit = digits.charAt(digits.length() - 1 - fromRight) - '0';
            int weighted = fromRight % 2 == 1 ? digit * 2 : digit;
            sum += weighted / 10 + weighted % 10;
        }
        return sum % 10 == 0;
    }

    /** Stands in for the secure random source: always draws the same random part. */
    private static RandomGenerator alwaysDrawing(int randomPart) {
        return new RandomGenerator() {
            @Override
            public int nextInt(int bound) {
                return randomPart;
            }

            @Override
            public long nextLong() {
                throw new UnsupportedOperationException("an order number draws its random part with nextInt(bound)");
            }
        };
    }
}
