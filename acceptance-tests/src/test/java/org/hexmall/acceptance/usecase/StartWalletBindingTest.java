package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.OPENING_TIME;
import static org.hexmall.acceptance.usecase.InMemoryHexmall.codeSentFor;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.BindingRecord;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.BindingStart.AlreadyBound;
import org.hexmall.application.port.in.wallet.BindingStart.CodeSent;
import org.hexmall.application.port.in.wallet.BindingStart.DailyLimitReached;
import org.hexmall.application.port.in.wallet.BindingStart.NotAllowed;
import org.hexmall.application.port.in.wallet.BindingStart.ReplacementRequired;
import org.hexmall.application.port.in.wallet.BindingStart.TooSoon;
import org.hexmall.application.port.in.wallet.StartBindingCommand;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.BindingStatus;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

class StartWalletBindingTest {

    private static final String PHONE = "13800138000";
    private static final String ALIPAY_ACCOUNT = "13800000001";
    private static final String WECHAT_ACCOUNT = "13800000002";

    @AutoClose
    private final InMemoryHexmall hexmall = new InMemoryHexmall();
    private final CustomerId customer = hexmall.registeredCustomer(PHONE, "li.lei@example.com", "李雷", "tea-4two-pots");

    @Test
    void startingABinding_textsASixDigitCodeToTheCustomersRegisteredPhone() {
        BindingStart answer = hexmall.startBinding(customer, ALIPAY, ALIPAY_ACCOUNT);

        assertThat(answer).isInstanceOfSatisfying(CodeSent.class,
                sent -> assertThat(sent.maskedPhone()).isEqualTo("138****8000"));
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).singleElement()
                .satisfies(message -> assertThat(message.text()).containsPattern("(?<!\\d)\\d{6}(?!\\d)"));
    }

    @Test
    void startingABinding_showsTheAgentABindingWaitingForItsCode() {
        BindingId binding = codeSentFor(hexmall.startBinding(customer, ALIPAY, ALIPAY_ACCOUNT));

        BindingRecord record = hexmall.bindingSeenByAgent(customer, binding);
        assertThat(record.status()).isEqualTo(BindingStatus.CODE_SENT);
        assertThat(record.provider()).isEqualTo(ALIPAY);
        assertThat(record.maskedAccount()).isEqualTo("138****0001");
    }

    @Test
    void aWalletTheStoreDoesNotSupport_isRefusedOnTheWalletField() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> StartBindingCommand.fromForm(customer, "PAYPAL", ALIPAY_ACCOUNT, false,
                        Language.ENGLISH, Optional.empty(),
                        InMemoryHexmall.RECONFIRMATION_RETURN))
                .satisfies(refused -> assertThat(refused.errors())
                        .containsExactly(new FieldError("provider", "wallet.provider.unsupported")));
    }

    @Test
    void aWalletNobodyHasHeardOf_isRefusedOnTheWalletField() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> StartBindingCommand.fromForm(customer, "PIGGY_BANK", ALIPAY_ACCOUNT, false,
                        Language.ENGLISH, Optional.empty(),
                        InMemoryHexmall.RECONFIRMATION_RETURN))
                .satisfies(refused -> assertThat(refused.errors())
                        .containsExactly(new FieldError("provider", "wallet.provider.unknown")));
    }

    @Test
    void anAccountTypedWithOneExtraSpace_isRefusedWithWhereTheSpaceIs() {
        assertThatExceptionOfType(InvalidCommandException.class)
                .isThrownBy(() -> StartBindingCommand.fromForm(customer, "ALIPAY", "138 00000001", false,
                        Language.ENGLISH, Optional.empty(),
                        InMemoryHexmall.RECONFIRMATION_RETURN))
                .satisfies(refused -> assertThat(refused.errors()).containsExactly(
                        new FieldError("account", "wallet.identifier.space-inside", List.of(4))));
    }

    @Test
    void aFrozenAccount_mayNotBindAWalletAndGetsNoCode() {
        hexmall.freeze(customer);

        BindingStart answer = hexmall.startBinding(customer, ALIPAY, ALIPAY_ACCOUNT);

        assertThat(answer).isEqualTo(new NotAllowed("account.frozen"));
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).isEmpty();
    }

    @Test
    void aSecondStartWithinAMinute_isToldWhenItMayAskAgainAndSendsNoCode() {
        hexmall.startBinding(customer, ALIPAY, ALIPAY_ACCOUNT);
        hexmall.clock.advance(Duration.ofSeconds(30));

        BindingStart second = hexmall.startBinding(customer, WECHAT_PAY, WECHAT_ACCOUNT);

        assertThat(second).isEqualTo(new TooSoon(OPENING_TIME.plusSeconds(60)));
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).hasSize(1);
    }

    @Test
    void aSecondStartAMinuteLater_sendsAnotherCode() {
        hexmall.startBinding(customer, ALIPAY, ALIPAY_ACCOUNT);
        hexmall.clock.advance(Duration.ofSeconds(60));

        BindingStart second = hexmall.startBinding(customer, WECHAT_PAY, WECHAT_ACCOUNT);

        assertThat(second).isInstanceOf(CodeSent.class);
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).hasSize(2);
    }

    @Test
    void theEleventhCodeWithinADay_isRefused() {
        for (int code = 1; code <= 10; code++) {
            assertThat(hexmall.startBinding(customer, ALIPAY, ALIPAY_ACCOUNT)).isInstanceOf(CodeSent.class);
            // Slower than the risk rules' binding velocity (at most 3 in 10 minutes), so that only the SMS limit bites.
            hexmall.clock.advance(Duration.ofMinutes(4));
        }

        BindingStart eleventh = hexmall.startBinding(customer, ALIPAY, ALIPAY_ACCOUNT);

        assertThat(eleventh).isInstanceOf(DailyLimitReached.class);
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).hasSize(10);
    }

    @Test
    void givenABoundWallet_bindingAnotherAsksFirstToReplaceIt() {
        hexmall.walletAccountAt(ALIPAY, ALIPAY_ACCOUNT);
        hexmall.boundWallet(customer, PHONE, ALIPAY, ALIPAY_ACCOUNT);
        hexmall.clock.advance(Duration.ofMinutes(1));

        BindingStart answer = hexmall.startBinding(customer, WECHAT_PAY, WECHAT_ACCOUNT);

        assertThat(answer).isInstanceOfSatisfying(ReplacementRequired.class, replacement -> {
            assertThat(replacement.current().provider()).isEqualTo(ALIPAY);
            assertThat(replacement.current().maskedAccount()).isEqualTo("138****0001");
        });
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).hasSize(1);
    }

    @Test
    void givenABoundWallet_confirmingTheReplacementSendsTheCode() {
        hexmall.walletAccountAt(ALIPAY, ALIPAY_ACCOUNT);
        hexmall.boundWallet(customer, PHONE, ALIPAY, ALIPAY_ACCOUNT);
        hexmall.clock.advance(Duration.ofMinutes(1));

        BindingStart answer = hexmall.startReplacing(customer, WECHAT_PAY, WECHAT_ACCOUNT);

        assertThat(answer).isInstanceOf(CodeSent.class);
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).hasSize(2);
    }

    @Test
    void bindingTheSameAccountAgain_evenTypedDifferently_saysItIsBoundAlready() {
        hexmall.walletAccountAt(ALIPAY, ALIPAY_ACCOUNT);
        BindingId bound = hexmall.boundWallet(customer, PHONE, ALIPAY, ALIPAY_ACCOUNT);
        hexmall.clock.advance(Duration.ofMinutes(1));

        BindingStart again = hexmall.startReplacing(customer, ALIPAY, "+86 " + ALIPAY_ACCOUNT);

        assertThat(again).isInstanceOfSatisfying(AlreadyBound.class,
                alreadyBound -> assertThat(alreadyBound.wallet().id()).isEqualTo(bound));
        assertThat(hexmall.sms.messagesTo(PhoneNumber.parse(PHONE))).hasSize(1);
    }
}
