package org.hexmall.adapter.in.web.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.payment.PurchaseFilter;
import org.hexmall.application.port.in.payment.PurchaseStatus;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

class PurchaseFilterFormTest {

    @Test
    void anEmptyFormFiltersNothing() {
        PurchaseFilterForm form = PurchaseFilterForm.read(Map.<String, String>of()::get);

        assertThat(form.filter()).isEqualTo(PurchaseFilter.ALL);
        assertThat(form.errors()).isEmpty();
        assertThat(form.isFiltered()).isFalse();
        assertThat(form.hasInput()).isFalse();
    }

    @Test
    void emptyFieldsAsTheFormSendsThemFilterNothing() {
        PurchaseFilterForm form = PurchaseFilterForm.read(Map.of("wallet", "", "status", " ", "from", "", "to", "",
                "category", "")::get);

        assertThat(form.filter()).isEqualTo(PurchaseFilter.ALL);
        assertThat(form.errors()).isEmpty();
    }

    @Test
    void everyFieldNarrowsTheList() {
        PurchaseFilterForm form = PurchaseFilterForm.read(Map.of("wallet", "ALIPAY", "status", "PAID",
                "from", "2026-11-01", "to", "2026-11-30", "category", "BOOKS")::get);

        assertThat(form.filter()).isEqualTo(new PurchaseFilter(Optional.of(WalletProvider.ALIPAY),
                Optional.of(PurchaseStatus.PAID), Optional.of(LocalDate.of(2026, 11, 1)),
                Optional.of(LocalDate.of(2026, 11, 30)), Optional.of(Category.BOOKS)));
        assertThat(form.isFiltered()).isTrue();
    }

    @Test
    void namesAreReadAsPeopleTypeThemAndShownAsTheFormOffersThem() {
        PurchaseFilterForm form = PurchaseFilterForm.read(Map.of("wallet", "wechat-pay", "status", "closed",
                "category", " books ")::get);

        assertThat(form.errors()).isEmpty();
        assertThat(form.filter().wallet()).contains(WalletProvider.WECHAT_PAY);
        assertThat(form.typed("wallet")).isEqualTo("WECHAT_PAY");
        assertThat(form.typed("status")).isEqualTo("CLOSED");
        assertThat(form.typed("category")).isEqualTo("BOOKS");
    }

    @Test
    void refundedOrdersCanBeAskedFor_inFullOrInPart() {
        assertThat(PurchaseFilterForm.read(Map.of("status", "REFUNDED")::get).filter().status())
                .contains(PurchaseStatus.REFUNDED);
        assertThat(PurchaseFilterForm.read(Map.of("status", "partly_refunded")::get).filter().status())
                .contains(PurchaseStatus.PARTLY_REFUNDED);
    }

    @Test
    void aValueTheFormCannotUseIsMarkedAndThenNothingIsFiltered() {
        PurchaseFilterForm form = PurchaseFilterForm.read(Map.of("wallet", "PAYPAL", "status", "SHIPPED",
                "from", "2026-02-30", "to", "yesterday", "category", "TOYS")::get);

        assertThat(form.filter()).isEqualTo(PurchaseFilter.ALL);
        assertThat(form.errors()).containsOnly(
                Map.entry("wallet", "orders.filter.wallet.unknown"),
                Map.entry("status", "orders.filter.status.unknown"),
                Map.entry("from", "orders.filter.date.format"),
                Map.entry("to", "orders.filter.date.format"),
                Map.entry("category", "orders.filter.category.unknown"));
        assertThat(form.typed("from")).isEqualTo("2026-02-30");
        assertThat(form.hasInput()).isTrue();
    }

    @Test
    void oneWrongFieldLeavesTheOthersUnusedToo() {
        PurchaseFilterForm form = PurchaseFilterForm.read(Map.of("wallet", "ALIPAY", "category", "TOYS")::get);

        assertThat(form.filter()).isEqualTo(PurchaseFilter.ALL);
        assertThat(form.errors()).containsOnlyKeys("category");
        assertThat(form.typed("wallet")).isEqualTo("ALIPAY");
    }

    @Test
    void anEndBeforeTheStartIsMarkedOnTheEnd() {
        PurchaseFilterForm form = PurchaseFilterForm.read(Map.of("from", "2026-11-30", "to", "2026-11-01")::get);

        assertThat(form.errors()).containsOnly(Map.entry("to", "orders.filter.to.before-from"));
        assertThat(form.filter()).isEqualTo(PurchaseFilter.ALL);
    }

    @Test
    void oneDayIsAStartAndEndOnTheSameDay() {
        PurchaseFilterForm form = PurchaseFilterForm.read(Map.of("from", "2026-11-22", "to", "2026-11-22")::get);

        assertThat(form.errors()).isEmpty();
        assertThat(form.filter().from()).contains(LocalDate.of(2026, 11, 22));
        assertThat(form.filter().to()).contains(LocalDate.of(2026, 11, 22));
    }
}
