package org.hexmall.acceptance.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hexmall.acceptance.architecture.HexmallPackages.HEXMALL;
import static org.junit.jupiter.api.Named.named;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hexmall.adapter.in.scheduler.violations.JobFormattingMoneyForAPage;
import org.hexmall.adapter.in.web.admin.violations.ConsolePageReadingTheConfiguration;
import org.hexmall.adapter.in.web.shop.violations.StorefrontPageReadingPaymentsDirectly;
import org.hexmall.adapter.in.web.shop.violations.StorefrontShowingTheSimulatedPhone;
import org.hexmall.adapter.in.web.violations.SimulatedWalletAppPage;
import org.hexmall.adapter.out.mail.violations.MailerReusingTheStorefront;
import org.hexmall.adapter.out.wallet.simulated.violations.GatewayReachingPastTheApi;
import org.hexmall.adapter.violations.AdapterOfNoDirection;
import org.hexmall.application.port.in.violations.DiscountCalculator;
import org.hexmall.application.service.payment.violations.HealthAndSessionsService;
import org.hexmall.application.service.payment.violations.PaymentFees;
import org.hexmall.application.service.shared.violations.CheckHealthAmongTheHelpers;
import org.hexmall.simulator.violations.SimulatorUsingTheWebPlumbing;
import org.hexmall.violations.SecondCompositionRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A rule that cannot fail protects nothing. Each rule here meets a class that breaks it and must name that class.
 * The classes live in this module's test sources, in packages called {@code violations} inside the packages the
 * rules cover; the real rules import production classes only, so they never see them
 * ({@link ArchitectureRulesCheckRealClassesTest} checks that).
 */
class ArchitectureRulesCatchViolationsTest {

    /** Everything the real rules see, and the classes that break them on purpose. */
    private static final ImportOption PRODUCTION_AND_VIOLATIONS = location ->
            new ImportOption.DoNotIncludeTests().includes(location) || location.contains("/violations/");

    private static final JavaClasses HEXMALL_AND_VIOLATIONS = new ClassFileImporter()
            .withImportOption(PRODUCTION_AND_VIOLATIONS)
            .importPackages(HEXMALL);

    static Stream<Arguments> rulesAndClassesThatBreakThem() {
        return Stream.of(
                arguments(named("adapters live where the naming scheme puts them",
                        AdapterRulesTest.adaptersLiveWhereTheNamingSchemePutsThem), AdapterOfNoDirection.class),
                arguments(named("adapters, found by their package, never depend on each other",
                        AdapterRulesTest.adaptersNeverDependOnEachOther), MailerReusingTheStorefront.class),
                arguments(named("driving adapters never use out-ports",
                        AdapterRulesTest.drivingAdaptersNeverUseOutPorts), StorefrontPageReadingPaymentsDirectly.class),
                arguments(named("only the web adapters use the shared web plumbing",
                        AdapterRulesTest.onlyTheWebAdaptersAndTheCompositionRootUseTheSharedWebPlumbing),
                        JobFormattingMoneyForAPage.class),
                arguments(named("only the composition root depends on more than one adapter",
                        AdapterRulesTest.onlyTheCompositionRootDependsOnMoreThanOneAdapter),
                        SecondCompositionRoot.class),
                arguments(named("nothing but the composition root depends on it",
                        AdapterRulesTest.nothingButTheCompositionRootDependsOnIt),
                        ConsolePageReadingTheConfiguration.class),
                arguments(named("simulators know neither the adapters nor the application",
                        SimulatorRulesTest.simulatorsKnowNeitherTheAdaptersNorTheApplication),
                        SimulatorUsingTheWebPlumbing.class),
                arguments(named("only the simulated gateways know a simulator",
                        SimulatorRulesTest.onlyTheSimulatedGatewaysKnowASimulator),
                        StorefrontShowingTheSimulatedPhone.class),
                arguments(named("adapters reach the wallet simulator through its API only",
                        SimulatorRulesTest.adaptersReachTheWalletSimulatorThroughItsApiOnly),
                        GatewayReachingPastTheApi.class),
                arguments(named("in-ports hold only contracts",
                        ApplicationLayoutRulesTest.inPortsHoldOnlyContracts), DiscountCalculator.class),
                arguments(named("a class beside the use-case services is a use-case service",
                        ApplicationLayoutRulesTest.useCaseServicesAreNamedSoAndKeepOneInPort), PaymentFees.class),
                arguments(named("a use-case service keeps one in-port",
                        ApplicationLayoutRulesTest.useCaseServicesAreNamedSoAndKeepOneInPort),
                        HealthAndSessionsService.class),
                arguments(named("helpers are no use-case services",
                        ApplicationLayoutRulesTest.helpersAreNoUseCaseServices), CheckHealthAmongTheHelpers.class));
    }

    @ParameterizedTest(name = "{0}: fails on {1}")
    @MethodSource("rulesAndClassesThatBreakThem")
    void ruleFailsOnAClassThatBreaksIt(ArchRule rule, Class<?> violation) {
        assertThatThrownBy(() -> rule.check(HEXMALL_AND_VIOLATIONS))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(violation.getName());
    }

    @Test
    void aSimulatorClassFiledUnderTheAdaptersIsFoundByTheModuleThatBuildsIt(@TempDir Path buildDirectories)
            throws IOException {
        Path simulatorModuleClasses = buildDirectories.resolve("wallet-simulator/target/classes");
        copyClassFile(SimulatedWalletAppPage.class, simulatorModuleClasses);

        JavaClasses builtByASimulatorModule = new ClassFileImporter().importPath(simulatorModuleClasses);

        assertThatThrownBy(() -> SimulatorRulesTest.theSimulatorsLiveOutsideTheAdapters.check(builtByASimulatorModule))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(SimulatedWalletAppPage.class.getName());
    }

    private static void copyClassFile(Class<?> type, Path classesDirectory) throws IOException {
        String classFile = type.getName().replace('.', '/') + ".class";
        Path copy = classesDirectory.resolve(classFile);
        Files.createDirectories(copy.getParent());
        try (InputStream bytes = type.getResourceAsStream("/" + classFile)) {
            Files.copy(bytes, copy);
        }
    }
}
