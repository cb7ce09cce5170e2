package org.hexmall.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.hexmall.domain.account.AccountStatus;
import org.hexmall.domain.account.LoginOutcome;
import org.hexmall.domain.payment.PaymentNote;
import org.hexmall.domain.payment.PaymentStatus;
import org.hexmall.domain.payment.Withdrawal;
import org.hexmall.domain.risk.AlertOutcome;
import org.hexmall.domain.risk.AlertResolution;
import org.hexmall.domain.risk.AlertSeverity;
import org.hexmall.domain.risk.AttemptKind;
import org.hexmall.domain.risk.RiskDecision;
import org.hexmall.domain.risk.RiskRule;
import org.hexmall.domain.security.StepUpFactor;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentRole;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.junit.jupiter.api.Test;

/** Every text exists in English and in Chinese, and every text a page or a rule asks for exists at all. */
class MessageBundlesTest {

    /** The project's top folder, seen from this module's folder, web-admin/bootstrap. */
    private static final Path REPOSITORY = Path.of("../..");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z0-9.-]+)[}(]");
    private static final Pattern ERROR_CODE = Pattern.compile(
            "(?:new DomainException\\(|reject\\(\"[A-Za-z]+\", )\"([a-z0-9.-]+)\"");

    @Test
    void everyBundleHasTheSameKeysInEnglishAndChinese() throws IOException {
        for (String bundle : WebServer.MESSAGE_BUNDLES) {
            Set<String> english = keys(bundle + ".properties");
            Set<String> chinese = keys(bundle + "_zh_CN.properties");

            assertThat(chinese).as("keys of %s missing in Chinese", bundle).containsAll(english);
            assertThat(english).as("keys of %s missing in English", bundle).containsAll(chinese);
        }
    }

    @Test
    void everyMessageKeyInATemplateExists() throws IOException {
        Set<String> known = allKeys();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(REPOSITORY)) {
            for (Path template : files.filter(MessageBundlesTest::isTemplate).toList()) {
                Matcher keys = TEMPLATE_KEY.matcher(Files.readString(template));
                while (keys.find()) {
                    used.add(keys.group(1));
                }
            }
        }

        assertThat(used).as("message keys used by the templates").isNotEmpty();
        assertThat(known).containsAll(used);
    }

    @Test
    void everyErrorCodeOfTheDomainAndTheUseCasesHasAMessage() throws IOException {
        Set<String> known = allKeys();
        Set<String> codes = new TreeSet<>();
        for (String ring : new String[] {"domain", "application"}) {
            try (Stream<Path> files = Files.walk(REPOSITORY.resolve(ring).resolve("src/main/java"))) {
                for (Path source : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                    Matcher found = ERROR_CODE.matcher(Files.readString(source));
                    while (found.find()) {
                        codes.add("error." + found.group(1));
                    }
                }
            }
        }

        assertThat(codes).as("error codes found in the core").contains("error.phone.format");
        assertThat(known).containsAll(codes);
    }

    @Test
    void everyStatusOutcomeAndRoleTheConsoleOrTheActivityShowsHasAMessage() throws IOException {
        Set<String> known = allKeys();

        for (AccountStatus status : AccountStatus.values()) {
            assertThat(known).contains("console.status." + status);
        }
        for (LoginOutcome outcome : LoginOutcome.values()) {
            assertThat(known).contains("console.login-outcome." + outcome, "activity.login." + outcome);
        }
        for (AgentRole role : AgentRole.values()) {
            assertThat(known).contains("console.role." + role);
        }
        for (AgreementCancellation cancellation : AgreementCancellation.values()) {
            assertThat(known).contains("console.binding-cancellation." + cancellation);
        }
    }

    @Test
    void everyLastWordOfAPaymentAndEveryNoteOnItsTimeline_hasAMessageInTheShopAndTheConsole() throws IOException {
        Set<String> known = allKeys();

        Stream<String> lastWords = Stream.of(Stream.of(PaymentStatus.values()).map(Enum::name),
                Stream.of(Withdrawal.values()).map(Enum::name), Stream.of("REFUNDED")).flatMap(words -> words);
        lastWords.forEach(word -> assertThat(known).contains("payment.status." + word,
                "console.payment-status." + word));
        for (PaymentNote note : PaymentNote.values()) {
            assertThat(known).contains("console.payment-note." + note);
        }
    }

    @Test
    void everyRiskRuleDecisionAndOutcomeTheConsoleOrShopShowsHasAMessage() throws IOException {
        Set<String> known = allKeys();

        for (AgentAction action : AgentAction.values()) {
            assertThat(known).contains("console.audit-action." + action);
        }
        for (RiskRule rule : RiskRule.values()) {
            assertThat(known).contains("console.alert-rule." + rule, "risk.reason." + rule);
        }
        for (AlertSeverity severity : AlertSeverity.values()) {
            assertThat(known).contains("console.alert-severity." + severity);
        }
        for (RiskDecision decision : RiskDecision.values()) {
            assertThat(known).contains("console.alert-decision." + decision);
        }
        for (StepUpFactor factor : StepUpFactor.values()) {
            assertThat(known).contains("console.alert-factor." + factor, "risk.verify.factor." + factor);
        }
        for (AlertOutcome outcome : AlertOutcome.values()) {
            assertThat(known).contains("console.alert-outcome." + outcome);
        }
        for (AlertResolution resolution : AlertResolution.values()) {
            assertThat(known).contains("console.alert-resolution." + resolution,
                    "console.alert-resolution.choice." + resolution);
        }
        for (AttemptKind kind : AttemptKind.values()) {
            assertThat(known).contains("console.alert-attempt." + kind);
        }
    }

    private static boolean isTemplate(Path path) {
        String name = path.toString().replace('\\', '/');
        return name.endsWith(".html") && name.contains("/src/main/resources/templates/");
    }

    private static Set<String> allKeys() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String bundle : WebServer.MESSAGE_BUNDLES) {
            keys.addAll(keys(bundle + ".properties"));
        }
        return keys;
    }

    private static Set<String> keys(String resource) throws IOException {
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("bundle file %s", resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(properties.stringPropertyNames());
        }
    }
}
