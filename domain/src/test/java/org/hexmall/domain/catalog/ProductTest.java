package org.hexmall.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ProductTest {

    private static final ProductId PHONE = new ProductId("ELEC-0001");
    private static final Money PRICE = Money.ofYuan(3_999, 0);

    @Test
    void aProduct_keepsItsNamesInBothLanguagesAndItsPrice() {
        Product product = new Product(PHONE, "Smartphone", "智能手机", Category.ELECTRONICS, PRICE);

        assertThat(product.nameEn()).isEqualTo("Smartphone");
        assertThat(product.nameZh()).isEqualTo("智能手机");
        assertThat(product.price()).isEqualTo(PRICE);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aProductWithoutAnEnglishName_isRefused(String nameEn) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Product(PHONE, nameEn, "智能手机", Category.ELECTRONICS, PRICE));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void aProductWithoutAChineseName_isRefused(String nameZh) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Product(PHONE, "Smartphone", nameZh, Category.ELECTRONICS, PRICE));
    }

    @Test
    void aProductThatCostsNothing_isRefused() {
        assertThatExceptionOfType(DomainException.class)
                .isThrownBy(() -> new Product(PHONE, "Smartphone", "智能手机", Category.ELECTRONICS, Money.ZERO))
                .extracting(DomainException::code).isEqualTo("product.free");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ELEC-0001", "BK-0042", "GROCER-9999"})
    void aCodeOfTwoToSixCapitalsADashAndFourDigits_isAProductId(String code) {
        assertThat(new ProductId(code)).hasToString(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "elec-0001", "E-0001", "ELECTRO-0001", "ELEC-001", "ELEC-00001", "ELEC0001",
            "ELEC_0001", " ELEC-0001", "ELEC-0001 "})
    void anythingElse_isNotAProductId(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProductId(code));
    }
}
