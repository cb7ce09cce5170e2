package org.hexmall.acceptance.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.hexmall.acceptance.architecture.HexmallPackages.ANY_ADAPTER;
import static org.hexmall.acceptance.architecture.HexmallPackages.APPLICATION;
import static org.hexmall.acceptance.architecture.HexmallPackages.SIMULATED_GATEWAYS;
import static org.hexmall.acceptance.architecture.HexmallPackages.SIMULATORS;
import static org.hexmall.acceptance.architecture.HexmallPackages.WALLET_SIMULATOR;
import static org.hexmall.acceptance.architecture.HexmallPackages.WALLET_SIMULATOR_API;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchRule;
import java.util.regex.Pattern;

/**
 * The simulated wallet providers and phone network stand for systems outside the store. They live outside the
 * hexagon, and the store reaches them only as it would reach a real provider: through a driven gateway adapter.
 */
class SimulatorRulesTest extends ArchitectureRules {

    /**
     * A simulator module's classes, recognised by the module's name (its jar, or its build directory when run
     * from an IDE), so that a simulator class is found wherever its package puts it.
     */
    private static final Pattern SIMULATOR_MODULE = Pattern.compile(
            "/hexmall-[a-z-]*simulator[a-z-]*-\\d[^/]*\\.jar!/|/[a-z-]*simulator[a-z-]*/target/classes/");

    static final ArchRule theSimulatorsLiveOutsideTheAdapters = classes()
            .that(areBuiltByASimulatorModule())
            .should().resideInAPackage(SIMULATORS)
            .because("a simulator is the provider's side of the conversation, not a part of the store: under "
                    + "adapter.in or adapter.out it would pass for a way into or out of the hexagon");

    static final ArchRule simulatorsKnowNeitherTheAdaptersNorTheApplication = noClasses()
            .that().resideInAPackage(SIMULATORS)
            .should().dependOnClassesThat().resideInAnyPackage(ANY_ADAPTER, APPLICATION)
            .because("the simulators stand for systems outside the store: they may use the domain's value types, "
                    + "and the store reaches them through its own gateway adapters, never the other way round");

    static final ArchRule onlyTheSimulatedGatewaysKnowASimulator = noClasses()
            .that().resideInAPackage(ANY_ADAPTER).and().resideOutsideOfPackage(SIMULATED_GATEWAYS)
            .should().dependOnClassesThat().resideInAPackage(SIMULATORS)
            .because("the store's pages and API see a provider only through the wallet port, so that swapping a "
                    + "simulated provider for a real one changes one gateway adapter and nothing else");

    static final ArchRule adaptersReachTheWalletSimulatorThroughItsApiOnly = noClasses()
            .that().resideInAPackage(ANY_ADAPTER)
            .should().dependOnClassesThat(
                    resideInAPackage(WALLET_SIMULATOR).and(resideOutsideOfPackage(WALLET_SIMULATOR_API)))
            .because("the gateway adapter uses what a real provider would publish to a shop, its API, and "
                    + "nothing of how the simulation keeps accounts, agreements or payments behind it");

    static DescribedPredicate<JavaClass> areBuiltByASimulatorModule() {
        return DescribedPredicate.describe("are built by a simulator module",
                javaClass -> javaClass.getSource().map(Source::getUri)
                        .map(uri -> SIMULATOR_MODULE.matcher(uri.toString()).find())
                        .orElse(false));
    }
}
