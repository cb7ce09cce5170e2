package org.hexmall.acceptance.usecase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.acceptance.usecase.Shelf.TEA;
import static org.hexmall.domain.wallet.WalletProvider.ALIPAY;
import static org.hexmall.domain.wallet.WalletProvider.WECHAT_PAY;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hexmall.application.port.in.payment.PayCommand;
import org.hexmall.application.port.in.payment.PayResult;
import org.hexmall.application.port.in.wallet.BindingStart;
import org.hexmall.application.port.in.wallet.CompleteWalletReconfirmation;
import org.hexmall.application.port.in.wallet.ReconfirmationResult;
import org.hexmall.application.port.in.wallet.StartBindingCommand;
import org.hexmall.application.port.in.wallet.Unbinding;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.Device;
import org.hexmall.domain.account.DeviceId;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.checkout.OrderStatus;
import org.hexmall.domain.promotion.PointsEntry;
import org.hexmall.domain.promotion.PointsEntryKind;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.security.SecurityEvent;
import org.hexmall.domain.security.SecurityEventKind;
import org.hexmall.domain.shared.Language;
import org.hexmall.domain.wallet.BindingId;
import org.hexmall.domain.wallet.ReplacementWallet;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletReconfirmation.Purpose;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Changing phones: the first payment with a wallet from a phone trusted with an SMS code less than a day ago asks the
 * customer to re-confirm the wallet in its app with the payment password, and pays once they have.
 */
class NewPhoneWalletReconfirmationTest {

    private static final String PHONE = "13800138000";
    private static final DeviceName NEW_PHONE = new DeviceName(DeviceName.Browser.CHROME, DeviceName.Platform.ANDROID);

    @AutoClose
    private InMemoryHexmall hexmall = new InMemoryHexmall();
    private CustomerId customer;
    private BindingId alipay;

    @BeforeEach
    void aCustomerWithAnAlipayWallet() {
        customer = hexmall.registeredCustomer(PHONE, null, "李雷", "tea-4two-pots");
        hexmall.stock(TEA);
        hexmall.walletAccountAt(ALIPAY, "13800000001");
        alipay = hexmall.boundWallet(customer, PHONE, ALIPAY, "13800000001");
    }

    @ParameterizedTest(name = "risk rules on: {0}")
    @ValueSource(booleans = {true, false})
    void aPhoneTrustedWithACodeAnHourAgo_reconfirmsTheWalletFirst_thenPays(boolean rulesOn) {
        hexmall.close();
        hexmall = InMemoryHexmall.withRiskRules(RiskSettings.defaults().withEnabled(rulesOn));
        aCustomerWithAnAlipayWallet();
        DeviceId phone = phoneTrustedWithACode();
        hexmall.clock.advance(Duration.ofHours(1));
        OrderId order = hexmall.orderOf(customer, TEA);

        var asked = (PayResult.ReconfirmWallet) hexmall.payFrom(phone, customer, order);
        ReconfirmationResult result = complete(hexmall.approveInWalletApp(ALIPAY, asked.walletPage()));

        assertThat(result).isEqualTo(new ReconfirmationResult.Reconfirmed(alipay, Purpose.PAYMENT, Optional.of(order)));
        assertThat(hexmall.payFrom(phone, customer, order)).isInstanceOf(PayResult.GoToWallet.class);
        assertThat(latestEvent().kind()).isEqualTo(SecurityEventKind.WALLET_RECONFIRMED);
        assertThat(latestEvent().detail()).startsWith("ALIPAY 138");
    }

    @Test
    void thePointsTickedBeforeTheWalletAppAsked_comeBackFromTheStoreWithTheApproval_notFromTheBrowser() {
        DeviceId phone = phoneTrustedWithACode();
        hexmall.storage.pointsLedger().append(List.of(new PointsEntry(customer, PointsEntryKind.COMPENSATION, 500,
                Optional.empty(), "Parcel late", hexmall.clock.instant())));
        OrderId order = hexmall.orderOf(customer, TEA);

        var asked = (PayResult.ReconfirmWallet) hexmall.payForOrder.pay(new PayCommand(customer, order,
                Optional.empty(), Optional.empty(), InMemoryHexmall.PAYMENT_RETURN, Optional.of(phone),
                InMemoryHexmall.RECONFIRMATION_RETURN, 500));
        Map<String, String> approval = hexmall.approveInWalletApp(ALIPAY, asked.walletPage());

        assertThat(approval).as("the way back through the browser").doesNotContainValue("500");
        assertThat(complete(approval)).isEqualTo(new ReconfirmationResult.Reconfirmed(alipay, Purpose.PAYMENT,
                Optional.of(order), Optional.empty(), 500));
    }

    @Test
    void onceReconfirmedOnThePhone_theWalletIsNotAskedAboutAgain() {
        DeviceId phone = phoneTrustedWithACode();
        var asked = (PayResult.ReconfirmWallet) hexmall.payFrom(phone, customer, hexmall.orderOf(customer, TEA));
        complete(hexmall.approveInWalletApp(ALIPAY, asked.walletPage()));
        hexmall.clock.advance(Duration.ofMinutes(5));

        assertThat(hexmall.payFrom(phone, customer, hexmall.orderOf(customer, TEA)))
                .isInstanceOf(PayResult.GoToWallet.class);
    }

    @Test
    void aPhoneTrustedWithACodeMoreThanADayAgo_paysWithoutReconfirming() {
        DeviceId phone = phoneTrustedWithACode();
        hexmall.clock.advance(Duration.ofHours(24).plusMinutes(1));

        assertThat(hexmall.payFrom(phone, customer, hexmall.orderOf(customer, TEA)))
                .isInstanceOf(PayResult.GoToWallet.class);
    }

    @Test
    void theAccountsFirstDevice_trustedWithoutACode_paysWithoutReconfirming() {
        Device first = Device.firstSeen(new DeviceId(UUID.randomUUID()), customer, "own-phone", NEW_PHONE,
                InMemoryHexmall.CLIENT_ADDRESS, hexmall.clock.instant()).trusted(hexmall.clock.instant());
        hexmall.storage.devices().save(first);

        assertThat(hexmall.payFrom(first.id(), customer, hexmall.orderOf(customer, TEA)))
                .isInstanceOf(PayResult.GoToWallet.class);
    }

    @Test
    void aWalletBoundOnThePhoneAfterItWasTrusted_paysThereAtOnce_butIsReconfirmedOnAnotherNewPhone() {
        CustomerId hanMeimei = hexmall.registeredCustomer("13900139000", null, "韩梅梅", "jasmine-4two-pots");
        DeviceId phone = phoneTrustedWithACode(hanMeimei);
        hexmall.clock.advance(Duration.ofMinutes(2));
        hexmall.walletAccountAt(WECHAT_PAY, "13900139000");
        BindingId weChat = hexmall.bindingAwaitingWalletApp(hanMeimei, "13900139000", hexmall.startWalletBinding
                .start(StartBindingCommand.fromForm(hanMeimei, WECHAT_PAY.name(), "13900139000", false,
                        Language.ENGLISH, Optional.of(phone), InMemoryHexmall.RECONFIRMATION_RETURN)));
        hexmall.approveAndComeBack(hanMeimei, WECHAT_PAY, weChat);
        hexmall.clock.advance(Duration.ofMinutes(3));

        assertThat(hexmall.payFrom(phone, hanMeimei, hexmall.orderOf(hanMeimei, TEA)))
                .as("approved in the WeChat Pay app on this phone minutes ago")
                .isInstanceOf(PayResult.GoToWallet.class);
        DeviceId anotherPhone = phoneTrustedWithACode(hanMeimei);
        assertThat(hexmall.payFrom(anotherPhone, hanMeimei, hexmall.orderOf(hanMeimei, TEA)))
                .isInstanceOf(PayResult.ReconfirmWallet.class);
    }

    @Test
    void refusingInTheWalletApp_paysNothing_andTheNextPaymentAsksAgain() {
        DeviceId phone = phoneTrustedWithACode();
        OrderId order = hexmall.orderOf(customer, TEA);
        var asked = (PayResult.ReconfirmWallet) hexmall.payFrom(phone, customer, order);

        ReconfirmationResult result = complete(hexmall.rejectInWalletApp(ALIPAY, asked.walletPage()));

        assertThat(result).isEqualTo(new ReconfirmationResult.Rejected(alipay, Purpose.PAYMENT, Optional.of(order)));
        assertThat(hexmall.order(order).status()).isEqualTo(OrderStatus.AWAITING_PAYMENT);
        assertThat(hexmall.payFrom(phone, customer, order)).isInstanceOf(PayResult.ReconfirmWallet.class);
        assertThat(latestEvent().kind()).isNotEqualTo(SecurityEventKind.WALLET_RECONFIRMED);
    }

    @Test
    void unbindingFromAPhoneTrustedWithACodeToday_reconfirmsTheWalletFirst_thenUnbinds() {
        DeviceId phone = phoneTrustedWithACode();

        var asked = (Unbinding.ReconfirmFirst) hexmall.unbindWallet.unbind(customer, alipay, Optional.of(phone),
                InMemoryHexmall.RECONFIRMATION_RETURN, InMemoryHexmall.CLIENT_ADDRESS);
        assertThat(hexmall.payFrom(phone, customer, hexmall.orderOf(customer, TEA)))
                .as("still bound while the wallet app asks").isInstanceOf(PayResult.ReconfirmWallet.class);
        ReconfirmationResult result = complete(hexmall.approveInWalletApp(ALIPAY, asked.walletPage()));

        assertThat(result).isEqualTo(new ReconfirmationResult.Reconfirmed(alipay, Purpose.UNBINDING, Optional.empty()));
        assertThat(hexmall.unbindWallet.unbind(customer, alipay, Optional.of(phone),
                InMemoryHexmall.RECONFIRMATION_RETURN, InMemoryHexmall.CLIENT_ADDRESS))
                .isInstanceOf(Unbinding.Unbound.class);
        assertThat(latestEvent().kind()).isEqualTo(SecurityEventKind.WALLET_UNBOUND);
    }

    @Test
    void replacingTheWalletFromAPhoneTrustedWithACodeToday_reconfirmsTheCurrentWalletFirst() {
        DeviceId phone = phoneTrustedWithACode();
        hexmall.walletAccountAt(WECHAT_PAY, "13800000002");
        var replacing = new StartBindingCommand(customer, WECHAT_PAY,
                WalletAccountIdentifier.parse(WECHAT_PAY, "13800000002"), true, Language.ENGLISH, Optional.of(phone),
                InMemoryHexmall.RECONFIRMATION_RETURN);

        var asked = (BindingStart.ReconfirmFirst) hexmall.startWalletBinding.start(replacing);
        ReconfirmationResult result = complete(hexmall.approveInWalletApp(ALIPAY, asked.walletPage()));

        assertThat(result).as("the new wallet comes back as the customer typed it, to bind without asking again")
                .isEqualTo(new ReconfirmationResult.Reconfirmed(alipay, Purpose.REPLACEMENT, Optional.empty(),
                        Optional.of(new ReplacementWallet(WECHAT_PAY, replacing.account()))));
        hexmall.clock.advance(Duration.ofMinutes(2));
        assertThat(hexmall.startWalletBinding.start(replacing)).isInstanceOf(BindingStart.CodeSent.class);
    }

    @Test
    void unbindingFromTheAccountsFirstDevice_unbindsAtOnce() {
        Device first = Device.firstSeen(new DeviceId(UUID.randomUUID()), customer, "own-phone", NEW_PHONE,
                InMemoryHexmall.CLIENT_ADDRESS, hexmall.clock.instant()).trusted(hexmall.clock.instant());
        hexmall.storage.devices().save(first);

        assertThat(hexmall.unbindWallet.unbind(customer, alipay, Optional.of(first.id()),
                InMemoryHexmall.RECONFIRMATION_RETURN, InMemoryHexmall.CLIENT_ADDRESS))
                .isInstanceOf(Unbinding.Unbound.class);
    }

    @Test
    void theSameApprovalBroughtBackTwice_isNotTrustedTheSecondTime() {
        DeviceId phone = phoneTrustedWithACode();
        var asked = (PayResult.ReconfirmWallet) hexmall.payFrom(phone, customer, hexmall.orderOf(customer, TEA));
        Map<String, String> approval = hexmall.approveInWalletApp(ALIPAY, asked.walletPage());
        complete(approval);

        assertThat(complete(approval)).isInstanceOf(ReconfirmationResult.Untrusted.class);
    }

    @Test
    void anotherCustomersApproval_isNotTrusted_andStaysGoodForItsCustomer() {
        DeviceId phone = phoneTrustedWithACode();
        var asked = (PayResult.ReconfirmWallet) hexmall.payFrom(phone, customer, hexmall.orderOf(customer, TEA));
        Map<String, String> approval = hexmall.approveInWalletApp(ALIPAY, asked.walletPage());
        CustomerId someoneElse = hexmall.registeredCustomer("13900139000", null, "韩梅梅", "jasmine-4two-pots");

        assertThat(reconfirmations().complete(someoneElse, ALIPAY, approval, InMemoryHexmall.CLIENT_ADDRESS))
                .isInstanceOf(ReconfirmationResult.Untrusted.class);
        assertThat(complete(approval)).isInstanceOf(ReconfirmationResult.Reconfirmed.class);
    }

    /** The customer's new phone, on which they typed the SMS code and ticked "trust this device" just now. */
    private DeviceId phoneTrustedWithACode() {
        return phoneTrustedWithACode(customer);
    }

    private DeviceId phoneTrustedWithACode(CustomerId owner) {
        Device seen = Device.firstSeen(new DeviceId(UUID.randomUUID()), owner, "new-phone-" + UUID.randomUUID(),
                NEW_PHONE, InMemoryHexmall.CLIENT_ADDRESS, hexmall.clock.instant());
        Device trusted = seen.awaitingCode(hexmall.clock.instant()).verified(true, hexmall.clock.instant());
        hexmall.storage.devices().save(trusted);
        return trusted.id();
    }

    private ReconfirmationResult complete(Map<String, String> answer) {
        return reconfirmations().complete(customer, ALIPAY, answer, InMemoryHexmall.CLIENT_ADDRESS);
    }

    private CompleteWalletReconfirmation reconfirmations() {
        return hexmall.anotherServer().completeWalletReconfirmation();
    }

    private SecurityEvent latestEvent() {
        return hexmall.storage.securityEvents().newestFirst(customer, 1, 1).items().getFirst();
    }
}
