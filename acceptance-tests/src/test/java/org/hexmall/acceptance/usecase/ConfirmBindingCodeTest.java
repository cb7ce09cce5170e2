package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.OPENING_TIME;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.codeSentFor;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.CodeConfirmation;
import org.hexmall.application.port.in.wallet.CodeConfirmation.Accepted;
import org.hexmall.application.port.in.wallet.CodeConfirmation.Exhausted;
import org.hexmall.application.port.in.wallet.CodeConfirmation.Expired;
import org.hexmall.application.port.in.wallet.CodeConfirmation.NotPending;
import org.hexmall.application.port.in.wallet.CodeConfirmation.WrongCode;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.wallet.BindingFailureReason;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class ConfirmBindingCodeTest {

    private static final String PHONE = "13800138000";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");
    private final BindingId binding = codeSentFor(hexmall.startBinding(customer, ALIPAY, "13800000001"));
    private final String code = hexmall.codeSentTo(PHONE);

    @Test
    void theRightCode_isAcceptedAndTheBindingWaitsForTheWalletApp() {
        CodeConfirmation answer = hexmall.typeCode(customer, binding, code);

        assertThat(answer).isInstanceOf(Accepted.class);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status())
                .isEqualTo(BindingStatus.AWAITING_AUTHORIZATION);
    }

    @Test
    void eachWrongCode_saysHowManyEntriesAreLeft() {
        List<CodeConfirmation> answers = new ArrayList<>();
        for (int entry = 1; entry <= 4; entry++) {
            answers.add(hexmall.typeCode(customer, binding, anotherCodeThan(code)));
        }

        assertThat(answers).containsExactly(new WrongCode(4), new WrongCode(3), new WrongCode(2), new WrongCode(1));
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.CODE_SENT);
    }

    @Test
    void theFifthWrongCode_usesTheCodeUpSoThatEvenTheRightOneNoLongerWorks() {
        typeFourWrongCodes();

        assertThat(hexmall.typeCode(customer, binding, anotherCodeThan(code))).isInstanceOf(Exhausted.class);
        assertThat(hexmall.typeCode(customer, binding, code)).isInstanceOf(Exhausted.class);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.CODE_SENT);
    }

    @Test
    void usingTheCodeUp_isNotedOnceInTheBindingsHistoryForTheAgent() {
        typeFourWrongCodes();
        hexmall.typeCode(customer, binding, anotherCodeThan(code));
        hexmall.typeCode(customer, binding, anotherCodeThan(code));

        BindingRecord record = hexmall.bindingSeenByAgent(customer, binding);
        assertThat(record.history()).filteredOn(event -> event.reason().isPresent())
                .singleElement()
                .satisfies(event -> assertThat(record.failureNamedBy(event))
                        .contains(BindingFailureReason.CODE_EXHAUSTED));
    }

    @Test
    void aUsedUpCode_isOvercomeByAskingForANewOne() {
        typeFourWrongCodes();
        hexmall.typeCode(customer, binding, anotherCodeThan(code));
        hexmall.clock.advance(Duration.ofSeconds(60));

        hexmall.resendBindingCode.resend(customer, binding, Language.ENGLISH);

        assertThat(hexmall.typeCode(customer, binding, hexmall.codeSentTo(PHONE))).isInstanceOf(Accepted.class);
    }

    @Test
    void aMinuteAfterTheFirstCode_aNewOneCanBeAskedForAndWorks() {
        hexmall.clock.advance(Duration.ofSeconds(60));

        BindingStart resent = hexmall.resendBindingCode.resend(customer, binding, Language.ENGLISH);

        assertThat(resent).isInstanceOf(BindingStart.CodeSent.class);
        assertThat(hexmall.typeCode(customer, binding, hexmall.codeSentTo(PHONE))).isInstanceOf(Accepted.class);
    }

    @Test
    void afterANewCodeWasSent_theOldOneIsAnsweredAsReplacedAndCostsNoTry() {
        hexmall.clock.advance(Duration.ofSeconds(60));
        hexmall.resendBindingCode.resend(customer, binding, Language.ENGLISH);
        String newCode = hexmall.codeSentTo(PHONE);
        // Once in a million the random new code is the old one, and there is nothing to check.
        assumeThat(newCode).isNotEqualTo(code);

        CodeConfirmation answer = hexmall.typeCode(customer, binding, code);

        assertThat(answer).isEqualTo(new CodeConfirmation.Replaced());
        String wrong = "000000".equals(newCode) || "000000".equals(code) ? "111111" : "000000";
        assertThat(hexmall.typeCode(customer, binding, wrong)).isEqualTo(new WrongCode(4));
        assertThat(hexmall.typeCode(customer, binding, newCode)).isInstanceOf(Accepted.class);
    }

    @Test
    void askingForANewCodeWithinAMinute_isToldWhenItMayAskAgain() {
        hexmall.clock.advance(Duration.ofSeconds(59));

        BindingStart resent = hexmall.resendBindingCode.resend(customer, binding, Language.ENGLISH);

        assertThat(resent).isEqualTo(new BindingStart.TooSoon(OPENING_TIME.plusSeconds(60)));
        assertThat(hexmall.codeSentTo(PHONE)).isEqualTo(code);
    }

    @Test
    void aCodeFiveMinutesOld_hasExpired() {
        hexmall.clock.advance(Duration.ofMinutes(5));

        CodeConfirmation answer = hexmall.typeCode(customer, binding, code);

        assertThat(answer).isInstanceOf(Expired.class);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.CODE_SENT);
    }

    @Test
    void aCodeTypedWithSpacesAndFullWidthDigits_isAccepted() {
        String typedWithAChineseInputMethod = fullWidth(code.substring(0, 3)) + "\u3000" + fullWidth(code.substring(3))
                + " ";

        CodeConfirmation answer = hexmall.typeCode(customer, binding, typedWithAChineseInputMethod);

        assertThat(answer).isInstanceOf(Accepted.class);
    }

    @Test
    void anotherCustomer_cannotConfirmTheBindingEvenWithTheRightCode() {
        CustomerId intruder = hexmall.registeredCustomer("13900139000", "", "韩梅梅", "other-pass-99");

        CodeConfirmation answer = hexmall.typeCode(intruder, binding, code);

        assertThat(answer).isInstanceOf(NotPending.class);
        assertThat(hexmall.bindingSeenByAgent(customer, binding).status()).isEqualTo(BindingStatus.CODE_SENT);
    }

    @Test
    void aBindingPastTheCodeStep_takesNoMoreCodes() {
        hexmall.typeCode(customer, binding, code);

        assertThat(hexmall.typeCode(customer, binding, code)).isInstanceOf(NotPending.class);
    }

    private void typeFourWrongCodes() {
        for (int entry = 1; entry <= 4; entry++) {
            hexmall.typeCode(customer, binding, anotherCodeThan(code));
        }
    }

    private static String anotherCodeThan(String code) {
        return String.format(Locale.ROOT, "%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static String fullWidth(String digits) {
        StringBuilder typed = new StringBuilder();
        digits.chars().forEach(digit -> typed.append((char) (digit - '0' + '０')));
        return typed.toString();
    }
}
