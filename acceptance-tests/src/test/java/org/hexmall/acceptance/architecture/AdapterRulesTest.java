package org.hexmall.acceptance.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.hexmall.acceptance.architecture.HexmallPackages.ADAPTERS;
import static org.hexmall.acceptance.architecture.HexmallPackages.ANY_ADAPTER;
import static org.hexmall.acceptance.architecture.HexmallPackages.APPLICATION;
import static org.hexmall.acceptance.architecture.HexmallPackages.BOOTSTRAP;
import static org.hexmall.acceptance.architecture.HexmallPackages.HEXMALL;
import static org.hexmall.acceptance.architecture.HexmallPackages.SIMULATORS;
import static org.hexmall.acceptance.architecture.HexmallPackages.WEB_ADMIN;
import static org.hexmall.acceptance.architecture.HexmallPackages.WEB_API;
import static org.hexmall.acceptance.architecture.HexmallPackages.WEB_COMMON;
import static org.hexmall.acceptance.architecture.HexmallPackages.WEB_SHOP;
import static org.hexmall.acceptance.architecture.HexmallPackages.adapters;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The outer ring: adapters plug into ports and never into each other. */
@AnalyzeClasses(packages = HEXMALL, importOptions = ImportOption.DoNotIncludeTests.class)
class AdapterRulesTest {

    @ArchTest
    static final ArchRule adaptersNeverDependOnEachOther = slices()
            .assignedFrom(eachAdapterInASliceOfItsOwn())
            .should().notDependOnEachOther()
            .because("an adapter talks to the application through its ports only, "
                    + "so that any adapter can be replaced without touching the others");

    @ArchTest
    static final ArchRule sharedWebPlumbingDependsOnNoAdapter = noClasses()
            .that().resideInAPackage(WEB_COMMON)
            .should().dependOnClassesThat().resideInAnyPackage(adapters())
            .because("sessions, page rendering and messages serve every adapter that shows pages "
                    + "and must not pull one of them, or a database, into another");

    @ArchTest
    static final ArchRule onlyTheWebAdaptersAndTheCompositionRootUseTheSharedWebPlumbing = noClasses()
            .that().resideOutsideOfPackages(WEB_COMMON, WEB_SHOP, WEB_ADMIN, WEB_API, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(WEB_COMMON)
            .because("the shared web plumbing is a detail of the adapters that answer web requests: the storefront, "
                    + "the console and the JSON API (the composition root only builds it)");

    @ArchTest
    static final ArchRule simulatorsKnowNeitherTheAdaptersNorTheApplication = noClasses()
            .that().resideInAPackage(SIMULATORS)
            .should().dependOnClassesThat().resideInAnyPackage(ANY_ADAPTER, APPLICATION)
            .because("the simulators stand for systems outside the store: they may use the domain's value types, "
                    + "and the store reaches them through its own gateway adapters, never the other way round");

    @ArchTest
    static final ArchRule onlyTheCompositionRootDependsOnMoreThanOneAdapter = classes()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should(dependOnAtMostOneAdapter())
            .because("wiring adapters together is the composition root's job alone; "
                    + "anywhere else it would hide a second composition root");

    /** Puts the classes of each adapter in a slice of its own and leaves everything else out. */
    private static SliceAssignment eachAdapterInASliceOfItsOwn() {
        return new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
                return adapterOf(javaClass).map(SliceIdentifier::of).orElseGet(SliceIdentifier::ignore);
            }

            @Override
            public String getDescription() {
                return "the adapters " + ADAPTERS;
            }
        };
    }

    private static ArchCondition<JavaClass> dependOnAtMostOneAdapter() {
        return new ArchCondition<>("depend on at most one adapter") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Set<String> adaptersUsed = new TreeSet<>();
                adapterOf(javaClass).ifPresent(adaptersUsed::add);
                javaClass.getDirectDependenciesFromSelf()
                        .forEach(dependency -> adapterOf(dependency.getTargetClass()).ifPresent(adaptersUsed::add));
                boolean satisfied = adaptersUsed.size() <= 1;
                events.add(new SimpleConditionEvent(javaClass, satisfied,
                        javaClass.getName() + " depends on the adapters " + adaptersUsed));
            }
        };
    }

    /** The adapter package pattern the class belongs to, if it belongs to an adapter. */
    private static Optional<String> adapterOf(JavaClass javaClass) {
        return ADAPTERS.stream()
                .filter(adapter -> PackageMatcher.of(adapter).matches(javaClass.getPackageName()))
                .findFirst();
    }
}
