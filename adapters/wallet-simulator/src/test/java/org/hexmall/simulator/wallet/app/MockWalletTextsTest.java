package org.hexmall.simulator.wallet.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.PaymentState;
import org.hexmall.simulator.wallet.api.ProviderSlugs;
import org.hexmall.simulator.wallet.fault.Fault;
import org.hexmall.simulator.wallet.notification.MessageType;
import org.junit.jupiter.api.Test;

/** Every text of the simulated wallet apps exists in English and in Chinese, also those named in code. */
class MockWalletTextsTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");
    private static final Pattern ERROR_CODE = Pattern.compile("new DomainException\\(\"(mock-wallet\\.[a-z0-9.-]+)\"");

    @Test
    void englishAndChineseHaveTheSameTexts() throws IOException {
        assertThat(keys("i18n/mock-wallet_zh_CN.properties")).isEqualTo(keys("i18n/mock-wallet.properties"));
    }

    @Test
    void everyTextThePagesAskForExists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/mock-wallet"))) {
            for (Path template : templates.toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }

        assertThat(used).filteredOn(key -> key.startsWith("mock-wallet.")).isNotEmpty();
        assertThat(keys("i18n/mock-wallet.properties")).containsAll(
                used.stream().filter(key -> key.startsWith("mock-wallet.")).toList());
    }

    /** The form's own codes; those of the account come from the domain, and the store's bundles name them. */
    @Test
    void everyMistakeTheOpenAccountFormPointsOutHasAText() throws IOException {
        Matcher codes = ERROR_CODE.matcher(Files.readString(
                Path.of("src/main/java/org/hexmall/simulator/wallet/app/OpenAccountForm.java")));
        Set<String> keys = new TreeSet<>();
        while (codes.find()) {
            keys.add("error." + codes.group(1));
        }

        assertThat(keys).contains("error.mock-wallet.balance.negative");
        assertThat(keys("i18n/mock-wallet.properties")).containsAll(keys);
    }

    /**
     * The app's forms name their mistakes by code, and its page what a form did by the address: each needs a text
     * in both languages, which the template check cannot see.
     */
    @Test
    void everyMistakeTheAppsFormsPointOutAndEveryActionTheyTakeHasATextInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        Pattern code = Pattern.compile(
                "\"(?:error\\.)?(mock-wallet\\.(top-up|reset|payment-password)\\.[a-z0-9.-]+)\"");
        for (String page : List.of("TopUpForm", "PaymentPasswordResetForm", "AccountAppPage")) {
            Matcher codes = code.matcher(Files.readString(
                    Path.of("src/main/java/org/hexmall/simulator/wallet/app/" + page + ".java")));
            while (codes.find()) {
                keys.add("error." + codes.group(1));
            }
        }
        for (String action : AccountAppPage.DONE_ACTIONS) {
            keys.add("mock-wallet.app." + action);
        }

        assertThat(keys).contains("error.mock-wallet.top-up.too-large", "error.mock-wallet.reset.passwords-differ",
                "error.mock-wallet.payment-password.format", "mock-wallet.app.topped-up");
        assertThat(keys("i18n/mock-wallet.properties")).containsAll(keys);
        assertThat(keys("i18n/mock-wallet_zh_CN.properties")).containsAll(keys);
    }

    /** The form checks the account as the store checks the ones it binds: each of the domain's codes needs a text. */
    @Test
    void everyMistakeOfTheAccountTheFormPointsOutHasAText() throws IOException {
        Matcher codes = Pattern.compile("new DomainException\\(\"(wallet\\.[a-z0-9.-]+)\"").matcher(Files.readString(
                Path.of("../../domain/src/main/java/org/hexmall/domain/wallet/WalletAccountIdentifier.java")));
        Set<String> keys = new TreeSet<>(Set.of("error.wallet.provider.unknown"));
        while (codes.find()) {
            keys.add("error." + codes.group(1));
        }

        assertThat(keys).contains("error.wallet.identifier.space-inside");
        assertThat(keys("i18n/mock-wallet.properties")).containsAll(keys);
    }

    @Test
    void everyProviderAndEveryFaultChoiceHasAName() throws IOException {
        Set<String> known = keys("i18n/mock-wallet.properties");

        for (WalletProvider provider : WalletProvider.supportedProviders()) {
            assertThat(known).contains("mock-wallet.provider." + ProviderSlugs.slugOf(provider));
        }
        assertThat(known).contains("mock-wallet.control.fault.NONE", "mock-wallet.control.fault.PROVIDER_DOWN",
                "mock-wallet.control.fault.TIMEOUT", "mock-wallet.control.fault.SLOW",
                "mock-wallet.control.fault.ACCOUNT_NOT_FOUND", "mock-wallet.message-type.agreement_cancelled");
    }

    /** The control page names them by key computed from the value, which the template check cannot see. */
    @Test
    void everyFaultPaymentStatusAndNotificationHasAName() throws IOException {
        Set<String> known = keys("i18n/mock-wallet.properties");

        for (Fault fault : Fault.values()) {
            assertThat(known).contains("mock-wallet.control.fault." + fault.name());
        }
        assertThat(known).contains("mock-wallet.control.account-fault.NONE");
        for (PaymentState status : PaymentState.values()) {
            if (status != PaymentState.FAILED) {
                assertThat(known).contains("mock-wallet.payment-status." + status.name());
            }
        }
        for (String reason : List.of("INSUFFICIENT_BALANCE", "WRONG_PAYMENT_PASSWORD", "PAYMENT_PASSWORD_LOCKED",
                "DECLINED")) {
            assertThat(known).contains("mock-wallet.payment-status.FAILED." + reason);
        }
        for (MessageType type : MessageType.values()) {
            assertThat(known).contains("mock-wallet.message-type." + type.wireName());
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = MockWalletTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(bundle.stringPropertyNames());
    }
}
