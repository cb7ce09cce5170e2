package org.hexmall.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void fortyFiveItemsTwentyToAPage_makeThreePages() {
        assertThat(new Page<>(List.of(), 1, 20, 45).pageCount()).isEqualTo(3);
    }

    @Test
    void fortyItemsTwentyToAPage_makeExactlyTwoPages() {
        assertThat(new Page<>(List.of(), 1, 20, 40).pageCount()).isEqualTo(2);
    }

    @Test
    void noItemsAtAll_stillMakeOnePageToShow() {
        Page<String> empty = new Page<>(List.of(), 1, 20, 0);

        assertThat(empty.pageCount()).isEqualTo(1);
        assertThat(empty.hasPrevious()).isFalse();
        assertThat(empty.hasNext()).isFalse();
    }

    @Test
    void theFirstOfThreePages_hasANextPageButNoPreviousOne() {
        Page<String> first = new Page<>(List.of("a"), 1, 20, 45);

        assertThat(first.hasPrevious()).isFalse();
        assertThat(first.hasNext()).isTrue();
    }

    @Test
    void theMiddleOfThreePages_hasBothNeighbours() {
        Page<String> middle = new Page<>(List.of("a"), 2, 20, 45);

        assertThat(middle.hasPrevious()).isTrue();
        assertThat(middle.hasNext()).isTrue();
    }

    @Test
    void theLastOfThreePages_hasAPreviousPageButNoNextOne() {
        Page<String> last = new Page<>(List.of("a"), 3, 20, 45);

        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.hasNext()).isFalse();
    }

    @Test
    void mappingThePageItems_keepsItsPlaceInTheList() {
        Page<Integer> lengths = new Page<>(List.of("李雷", "Han Meimei"), 2, 2, 5).map(String::length);

        assertThat(lengths.items()).containsExactly(2, 10);
        assertThat(lengths.number()).isEqualTo(2);
        assertThat(lengths.size()).isEqualTo(2);
        assertThat(lengths.total()).isEqualTo(5);
    }

    @Test
    void aPageNumberOrSizeBelowOne_orANegativeTotal_isRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Page<>(List.of(), 0, 20, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Page<>(List.of(), 1, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new Page<>(List.of(), 1, 20, -1));
    }
}
