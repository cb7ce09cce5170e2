package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.hexmall.adapter.in.web.common.SelfSignedKeystore;
import org.hexmall.bootstrap.HexmallConfig.Persistence;
import org.hexmall.domain.refund.ApprovalPolicy;
import org.hexmall.domain.risk.RiskSettings;
import org.hexmall.domain.shared.Money;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HexmallConfigTest {

    private static final String KEYSTORE_PASSWORD = "keystore-pass-1";

    @TempDir
    private static Path folder;
    /** Made once: keytool takes a second or two. */
    private static Path keystore;

    @BeforeAll
    static void makeKeystore() {
        keystore = SelfSignedKeystore.createIn(folder, KEYSTORE_PASSWORD);
    }

    @Test
    void withNoVariablesSetHexmallRunsTheDemoOnPort8080WithH2UnderData() {
        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.persistence()).isEqualTo(Persistence.JDBI);
        assertThat(config.databaseUrl()).isEqualTo("jdbc:h2:file:./data/hexmall");
        assertThat(config.demoData()).isTrue();
        assertThat(config.secureCookies()).isFalse();
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(config.tls()).as("plain HTTP, the demo's default").isEmpty();
        assertThat(config.passwordReminders().maxPasswordAge()).isEqualTo(Duration.ofDays(180));
        assertThat(config.passwordReminders().dismissFor()).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void refundsNeedApprovalAbove500YuanHalfThePaymentOr30Days_unlessTheVariablesSaySo() {
        assertThat(HexmallConfig.fromEnvironment(Map.of()).refundApproval()).isEqualTo(ApprovalPolicy.DEFAULT);

        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_REFUND_APPROVAL_ABOVE_YUAN", "200",
                "HEXMALL_REFUND_APPROVAL_ABOVE_PERCENT", " 80 ",
                "HEXMALL_REFUND_APPROVAL_AFTER_DAYS", "14"));

        assertThat(config.refundApproval())
                .isEqualTo(new ApprovalPolicy(Money.ofYuan(200, 0), 80, Duration.ofDays(14)));
        assertThat(config.withPort(0).refundApproval()).isEqualTo(config.refundApproval());
    }

    @Test
    void refundApprovalThresholdsHexmallCannotUseFailFastWithOneLineNamingTheVariable() {
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_REFUND_APPROVAL_ABOVE_YUAN", "¥500")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_REFUND_APPROVAL_ABOVE_YUAN must be a number, not '¥500'");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_REFUND_APPROVAL_ABOVE_YUAN", "0")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_REFUND_APPROVAL_ABOVE_YUAN must be a number of yuan from 1 to 1000000, not 0");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_REFUND_APPROVAL_ABOVE_PERCENT", "150")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_REFUND_APPROVAL_ABOVE_PERCENT must be a percentage from 1 to 100, not 150");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_REFUND_APPROVAL_AFTER_DAYS", "0")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_REFUND_APPROVAL_AFTER_DAYS must be a number of days from 1 to 3650, not 0");
    }

    @Test
    void theCompensationAnAgentGivesAloneInADay_isFiftyYuanUnlessSaidOtherwise() {
        assertThat(HexmallConfig.fromEnvironment(Map.of()).compensationDailyLimit()).isEqualTo(Money.ofYuan(50, 0));

        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of("HEXMALL_COMPENSATION_DAILY_LIMIT_YUAN", " 0 "));

        assertThat(config.compensationDailyLimit()).isEqualTo(Money.ZERO);
        assertThat(config.withPort(0).compensationDailyLimit()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_COMPENSATION_DAILY_LIMIT_YUAN",
                "20000")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_COMPENSATION_DAILY_LIMIT_YUAN must be a number of yuan from 0 to 10000, not 20000");
    }

    @Test
    void thePasswordRemindersAgesAreReadInDays() {
        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_PASSWORD_REMINDER_DAYS", "90",
                "HEXMALL_PASSWORD_REMINDER_SNOOZE_DAYS", " 7 "));

        assertThat(config.passwordReminders().maxPasswordAge()).isEqualTo(Duration.ofDays(90));
        assertThat(config.passwordReminders().dismissFor()).isEqualTo(Duration.ofDays(7));
        assertThat(config.withPort(0).passwordReminders()).isEqualTo(config.passwordReminders());
    }

    @Test
    void passwordReminderDaysHexmallCannotUseFailFastWithOneLineNamingTheVariable() {
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PASSWORD_REMINDER_DAYS", "half a year")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_PASSWORD_REMINDER_DAYS must be a number, not 'half a year'");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PASSWORD_REMINDER_DAYS", "0")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_PASSWORD_REMINDER_DAYS must be a number of days from 1 to 3650, not 0");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PASSWORD_REMINDER_SNOOZE_DAYS", "-30")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_PASSWORD_REMINDER_SNOOZE_DAYS must be a number of days from 1 to 3650, not -30");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PASSWORD_REMINDER_SNOOZE_DAYS",
                "99999"))).isInstanceOf(ConfigurationException.class).hasMessageContaining("from 1 to 3650");
    }

    @Test
    void everyVariableIsRead() {
        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_PORT", "9090",
                "HEXMALL_PERSISTENCE", "memory",
                "HEXMALL_DB_URL", "jdbc:postgresql://db:5432/hexmall",
                "HEXMALL_DB_USER", "hexmall",
                "HEXMALL_DB_PASSWORD", "s3cret-db-password",
                "HEXMALL_DEMO_DATA", "false",
                "HEXMALL_SECURE_COOKIES", "true",
                "HEXMALL_TIME_ZONE", "UTC"));

        assertThat(config.port()).isEqualTo(9090);
        assertThat(config.persistence()).isEqualTo(Persistence.MEMORY);
        assertThat(config.databaseUrl()).isEqualTo("jdbc:postgresql://db:5432/hexmall");
        assertThat(config.databaseUser()).isEqualTo("hexmall");
        assertThat(config.demoData()).isFalse();
        assertThat(config.secureCookies()).isTrue();
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.toString()).doesNotContain("s3cret-db-password");
    }

    @Test
    void aKeystoreAndItsPasswordTurnHttpsAndSecureCookiesOn() {
        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_TLS_KEYSTORE", keystore.toString(),
                "HEXMALL_TLS_KEYSTORE_PASSWORD", KEYSTORE_PASSWORD));

        assertThat(config.tls()).map(TlsKeystore::path).contains(keystore);
        assertThat(config.secureCookies()).as("Secure cookies by default under HTTPS").isTrue();
        assertThat(config.toString()).contains(keystore.toString()).doesNotContain(KEYSTORE_PASSWORD);
        assertThat(config.tls().orElseThrow().toString()).doesNotContain(KEYSTORE_PASSWORD);
    }

    @Test
    void anExplicitSecureCookiesSettingWinsUnderHttps() {
        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_TLS_KEYSTORE", keystore.toString(),
                "HEXMALL_TLS_KEYSTORE_PASSWORD", KEYSTORE_PASSWORD,
                "HEXMALL_SECURE_COOKIES", "false"));

        assertThat(config.tls()).isPresent();
        assertThat(config.secureCookies()).isFalse();
    }

    @Test
    void aKeystoreWithoutItsPasswordOrAPasswordWithoutAKeystoreFailsFast() {
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_TLS_KEYSTORE", keystore.toString())))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_TLS_KEYSTORE_PASSWORD must be set when HEXMALL_TLS_KEYSTORE is");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_TLS_KEYSTORE_PASSWORD", KEYSTORE_PASSWORD)))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_TLS_KEYSTORE must name the keystore when HEXMALL_TLS_KEYSTORE_PASSWORD is set");
    }

    @Test
    void aKeystoreHexmallCannotOpenFailsFastWithOneLineNamingTheVariable() throws IOException {
        Path notAKeystore = Files.writeString(folder.resolve("notes.p12"), "not a keystore");
        Path missing = folder.resolve("missing.p12");

        assertThatThrownBy(() -> tls(missing, KEYSTORE_PASSWORD))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_TLS_KEYSTORE must name a keystore file hexmall can read, not '" + missing + "'");
        assertThatThrownBy(() -> tls(folder, KEYSTORE_PASSWORD))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_TLS_KEYSTORE must name a keystore file hexmall can read, not '" + folder + "'");
        assertThatThrownBy(() -> tls(notAKeystore, KEYSTORE_PASSWORD))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_TLS_KEYSTORE must name a PKCS#12 keystore; '" + notAKeystore
                        + "' cannot be read as one");
        assertThatThrownBy(() -> tls(keystore, "not-the-password"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_TLS_KEYSTORE_PASSWORD does not open the keystore '" + keystore + "'")
                .hasMessageNotContaining("not-the-password")
                .hasNoCause();
    }

    @Test
    void anUnknownPersistenceFailsFastNamingTheVariableAndTheChoices() {
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PERSISTENCE", "mongo")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_PERSISTENCE must be 'jdbi' or 'memory', not 'mongo'");
    }

    @Test
    void badValuesFailFastWithOneLineEach() {
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PORT", "eighty")))
                .hasMessage("HEXMALL_PORT must be a number, not 'eighty'");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PORT", "70000")))
                .hasMessageContaining("from 0 to 65535");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_DEMO_DATA", "maybe")))
                .hasMessage("HEXMALL_DEMO_DATA must be on or off (or true or false), not 'maybe'");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_DB_URL", "jdbc:mysql://x/y")))
                .hasMessageContaining("jdbc:h2: or jdbc:postgresql:");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_TIME_ZONE", "Mars/Olympus")))
                .hasMessageContaining("HEXMALL_TIME_ZONE");
    }

    @Test
    void theRiskRulesAreOnWithTheirDefaults_andEachThresholdCanBeSet_orTheRulesSwitchedOff() {
        assertThat(HexmallConfig.defaults().risk()).isEqualTo(RiskSettings.defaults());

        RiskSettings risk = HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_RISK_RULES", "off",
                "HEXMALL_RISK_MAX_PAYMENTS", "8",
                "HEXMALL_RISK_MAX_BINDINGS", "2",
                "HEXMALL_RISK_VELOCITY_MINUTES", "30",
                "HEXMALL_RISK_LARGE_AMOUNT_YUAN", "5000",
                "HEXMALL_RISK_AMOUNT_MULTIPLE", "4",
                "HEXMALL_RISK_MAX_WRONG_PASSWORDS", "5",
                "HEXMALL_RISK_MAX_FAILED_LOGINS", "20")).risk();

        assertThat(risk.enabled()).isFalse();
        assertThat(risk.maxPayments()).isEqualTo(8);
        assertThat(risk.maxBindings()).isEqualTo(2);
        assertThat(risk.velocityWindow()).isEqualTo(Duration.ofMinutes(30));
        assertThat(risk.largeAmount()).isEqualTo(Money.ofYuan(5000, 0));
        assertThat(risk.amountMultiple()).isEqualTo(4);
        assertThat(risk.maxWrongPasswords()).isEqualTo(5);
        assertThat(risk.maxFailedLoginsFromAddress()).isEqualTo(20);
    }

    @Test
    void unusableRiskSettings_sayWhichVariableToFix() {
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_RISK_RULES", "sometimes")))
                .hasMessage("HEXMALL_RISK_RULES must be 'on' or 'off', not 'sometimes'");
        for (String name : List.of("HEXMALL_RISK_MAX_PAYMENTS", "HEXMALL_RISK_MAX_BINDINGS",
                "HEXMALL_RISK_VELOCITY_MINUTES", "HEXMALL_RISK_LARGE_AMOUNT_YUAN", "HEXMALL_RISK_AMOUNT_MULTIPLE",
                "HEXMALL_RISK_MAX_WRONG_PASSWORDS", "HEXMALL_RISK_MAX_FAILED_LOGINS", "HEXMALL_RISK_HOLD_HOURS")) {
            assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of(name, "0")))
                    .isInstanceOf(ConfigurationException.class).hasMessage(name + " must be 1 or more, not 0");
            assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of(name, "-1")))
                    .hasMessage(name + " must be 1 or more, not -1");
        }
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_ADDRESS_LOGIN_FAILURES", "0")))
                .hasMessage("HEXMALL_ADDRESS_LOGIN_FAILURES must be 1 or more, not 0");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_ADDRESS_LOCK_MINUTES", "0")))
                .hasMessage("HEXMALL_ADDRESS_LOCK_MINUTES must be 1 or more, not 0");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_RISK_MAX_PAYMENTS", "0")))
                .hasMessageContaining("HEXMALL_RISK_");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_RISK_MAX_PAYMENTS", "many")))
                .hasMessage("HEXMALL_RISK_MAX_PAYMENTS must be a number, not 'many'");
    }

    @Test
    void theDemoHistory_isMadeUnlessSwitchedOff_butNotForHexmallStartedFromCode() {
        assertThat(HexmallConfig.fromEnvironment(Map.of()).demoHistory()).isTrue();
        assertThat(HexmallConfig.fromEnvironment(Map.of("HEXMALL_DEMO_HISTORY", "off")).demoHistory()).isFalse();
        assertThat(HexmallConfig.defaults().demoHistory()).isFalse();
        assertThat(HexmallConfig.defaults().withDemoHistory(true).demoHistory()).isTrue();
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_DEMO_HISTORY", "a little")))
                .hasMessage("HEXMALL_DEMO_HISTORY must be on or off (or true or false), not 'a little'");
    }

    private static HexmallConfig tls(Path keystore, String password) {
        return HexmallConfig.fromEnvironment(Map.of(
                "HEXMALL_TLS_KEYSTORE", keystore.toString(),
                "HEXMALL_TLS_KEYSTORE_PASSWORD", password));
    }

    @Test
    void noReverseProxyIsTrustedUnlessNamed_andANameThatIsNoAddressFailsFast() {
        assertThat(HexmallConfig.fromEnvironment(Map.of()).trustedProxies()).isEmpty();
        assertThat(HexmallConfig.fromEnvironment(Map.of("HEXMALL_TRUSTED_PROXIES", " 10.0.0.2, ::1 ,"))
                .trustedProxies()).containsExactlyInAnyOrder("10.0.0.2", "::1");
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_TRUSTED_PROXIES", "10.0.0.2,nginx")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_TRUSTED_PROXIES must list IP addresses separated by commas, not 'nginx'");
    }

    @Test
    void aPaymentWaitsHalfAnHourInTheWalletApp_unlessTheVariableSaysOtherwise() {
        assertThat(HexmallConfig.fromEnvironment(Map.of()).paymentConfirmationWindow()).isEqualTo(Duration.ofMinutes(30));

        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of("HEXMALL_PAYMENT_CONFIRMATION_SECONDS", "600"));

        assertThat(config.paymentConfirmationWindow()).isEqualTo(Duration.ofMinutes(10));
        assertThat(config.withPort(0).paymentConfirmationWindow()).isEqualTo(Duration.ofMinutes(10));
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_PAYMENT_CONFIRMATION_SECONDS", "5")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_PAYMENT_CONFIRMATION_SECONDS must be a number of seconds from 10 to 86400, not 5");
    }

    @Test
    void anOrderWaitsHalfAnHourToBePaid_orTheMinutesOrTheSecondsTheVariablesSay() {
        assertThat(HexmallConfig.fromEnvironment(Map.of()).unpaidOrderTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(HexmallConfig.fromEnvironment(Map.of("HEXMALL_UNPAID_ORDER_MINUTES", "5")).unpaidOrderTimeout())
                .isEqualTo(Duration.ofMinutes(5));

        HexmallConfig config = HexmallConfig.fromEnvironment(Map.of("HEXMALL_UNPAID_ORDER_MINUTES", "5",
                "HEXMALL_UNPAID_ORDER_SECONDS", "10"));

        assertThat(config.unpaidOrderTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> HexmallConfig.fromEnvironment(Map.of("HEXMALL_UNPAID_ORDER_SECONDS", "4")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("HEXMALL_UNPAID_ORDER_SECONDS must be a number of seconds from 5 to 86400, not 4");
    }
}
