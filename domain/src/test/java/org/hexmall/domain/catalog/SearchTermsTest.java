package org.hexmall.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    private static final Product EARBUDS = new Product(new ProductId("ELEC-0001"), "Wireless earbuds", "无线耳机",
            Category.ELECTRONICS, Money.ofYuan(399, 0));

    @Test
    void wordsAreLowerCase_distinct_andFullWidthLettersArePlain() {
        assertThat(SearchTerms.parse("  Wireless  EARBUDS wireless ").words()).containsExactly("wireless", "earbuds");
        assertThat(SearchTerms.parse("ＵＳＢ－Ｃ").words()).containsExactly("usb-c");
        assertThat(SearchTerms.parse("无线\u3000耳机").words()).containsExactly("无线", "耳机");
    }

    @Test
    void aProductMatchesWhenEveryWordIsInANameOrItsCategory() {
        assertThat(SearchTerms.parse("wire").matches(EARBUDS)).isTrue();
        assertThat(SearchTerms.parse("耳机").matches(EARBUDS)).isTrue();
        assertThat(SearchTerms.parse("数码 earbuds").matches(EARBUDS)).isTrue();
        assertThat(SearchTerms.parse("electronics").matches(EARBUDS)).isTrue();
        assertThat(SearchTerms.parse("earbuds books").matches(EARBUDS)).isFalse();
    }

    @Test
    void anEmptyOrOverlongSearchIsRefusedWithItsOwnCode() {
        assertThat(code(null)).isEqualTo("search.empty");
        assertThat(code(" \t ")).isEqualTo("search.empty");
        assertThat(code("a".repeat(10_000))).isEqualTo("search.too-long");
        assertThat(code("a b c d e f")).isEqualTo("search.too-many-words");
        assertThat(SearchTerms.parse("字".repeat(SearchTerms.MAX_LENGTH)).words()).hasSize(1);
    }

    private static String code(String typed) {
        try {
            SearchTerms.parse(typed);
            throw new AssertionError("accepted " + typed);
        } catch (DomainException refused) {
            return refused.code();
        }
    }
}
