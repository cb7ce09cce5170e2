package org.hexmall.acceptance.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.hexmall.acceptance.architecture.AdapterSlices.adapterOf;
import static org.hexmall.acceptance.architecture.AdapterSlices.eachAdapterInASliceOfItsOwn;
import static org.hexmall.acceptance.architecture.HexmallPackages.ANY_ADAPTER;
import static org.hexmall.acceptance.architecture.HexmallPackages.BOOTSTRAP;
import static org.hexmall.acceptance.architecture.HexmallPackages.DRIVEN_ADAPTERS;
import static org.hexmall.acceptance.architecture.HexmallPackages.DRIVING_ADAPTERS;
import static org.hexmall.acceptance.architecture.HexmallPackages.OUT_PORTS;
import static org.hexmall.acceptance.architecture.HexmallPackages.WEB_ADAPTERS;
import static org.hexmall.acceptance.architecture.HexmallPackages.WEB_COMMON;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.TreeSet;

/**
 * The outer ring: adapters plug into ports and never into each other, and only the composition root knows them
 * all. Which adapter a class belongs to comes from its package ({@link AdapterSlices}), so a new adapter is
 * checked the moment it exists.
 */
class AdapterRulesTest extends ArchitectureRules {

    static final ArchRule adaptersLiveWhereTheNamingSchemePutsThem = classes()
            .that().resideInAPackage(ANY_ADAPTER)
            .should().resideInAnyPackage(DRIVING_ADAPTERS, DRIVEN_ADAPTERS)
            .because("an adapter's package says which way it points: adapter.in.<tech>.<name> calls in-ports, "
                    + "adapter.out.<kind>.<name> implements out-ports, and the rules find each adapter by that name");

    static final ArchRule adaptersNeverDependOnEachOther = slices()
            .assignedFrom(eachAdapterInASliceOfItsOwn())
            .should().notDependOnEachOther()
            .because("an adapter talks to the application through its ports only, "
                    + "so that any adapter can be replaced without touching the others");

    static final ArchRule drivingAdaptersNeverUseOutPorts = noClasses()
            .that().resideInAPackage(DRIVING_ADAPTERS)
            .should().dependOnClassesThat().resideInAPackage(OUT_PORTS)
            .because("a page, an API call or a timer asks a use case through its in-port; reaching past it to "
                    + "a repository, the transaction runner or the wallet gateway would skip the rules the use case "
                    + "keeps (who may see what, one transaction, idempotency)");

    static final ArchRule sharedWebPlumbingDependsOnNoAdapter = noClasses()
            .that().resideInAPackage(WEB_COMMON)
            .should().dependOnClassesThat(resideInAPackage(ANY_ADAPTER).and(resideOutsideOfPackage(WEB_COMMON)))
            .because("sessions, page rendering and messages serve every adapter that shows pages "
                    + "and must not pull one of them, or a database, into another");

    static final ArchRule onlyTheWebAdaptersAndTheCompositionRootUseTheSharedWebPlumbing = noClasses()
            .that().resideOutsideOfPackages(WEB_ADAPTERS, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(WEB_COMMON)
            .because("the shared web plumbing is a detail of the adapters that answer web requests under "
                    + "adapter.in.web (the storefront, the console, the JSON API); the composition root only builds it");

    static final ArchRule onlyTheCompositionRootDependsOnMoreThanOneAdapter = classes()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should(dependOnAtMostOneAdapter())
            .because("wiring adapters together is the composition root's job alone; "
                    + "anywhere else it would hide a second composition root");

    static final ArchRule nothingButTheCompositionRootDependsOnIt = noClasses()
            .that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(BOOTSTRAP)
            .because("the composition root knows everything so that nothing else has to: a class that reached "
                    + "into it (its configuration, its wiring) would know every adapter through it");

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
}
