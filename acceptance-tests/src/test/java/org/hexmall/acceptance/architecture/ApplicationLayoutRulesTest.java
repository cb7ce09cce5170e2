package org.hexmall.acceptance.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.ENUMS;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.INTERFACES;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.RECORDS;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.conditions.ArchConditions.be;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.hexmall.acceptance.architecture.HexmallPackages.IN_PORTS;
import static org.hexmall.acceptance.architecture.HexmallPackages.SERVICES;
import static org.hexmall.acceptance.architecture.HexmallPackages.SERVICE_HELPERS;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.hexmall.application.port.in.FieldValidation;

/**
 * What kind of class lives where in the application, so that a reader can tell a port from a use case from a
 * helper by its package: in-ports are contracts, each use case is one service, helpers sit apart.
 */
class ApplicationLayoutRulesTest extends ArchitectureRules {

    private static final String USE_CASE_SERVICE_SUFFIX = "Service";

    static final ArchRule inPortsHoldOnlyContracts = classes()
            .that().resideInAPackage(IN_PORTS).and().areNotAnonymousClasses().and().areNotLocalClasses()
            .should(be(INTERFACES.or(RECORDS).or(ENUMS).or(assignableTo(Throwable.class))
                    .or(equivalentTo(FieldValidation.class))
                    .as("an interface, a record, an enum, an exception or FieldValidation")))
            .because("an in-port is a promise to its callers: the use case's interface, the records it takes and "
                    + "returns, the enums and exceptions that name its outcomes; the one class allowed is "
                    + "FieldValidation, which commands use to collect every field error at once; "
                    + "any other class would be behaviour, and behaviour belongs in a service or the domain");

    static final ArchRule useCaseServicesAreNamedSoAndKeepOneInPort = classes()
            .that().resideInAPackage(SERVICES).and().resideOutsideOfPackage(SERVICE_HELPERS)
            .and().areTopLevelClasses()
            .should().haveSimpleNameEndingWith(USE_CASE_SERVICE_SUFFIX)
            .andShould(implementExactlyOneInPort())
            .because("service.<area> holds the use cases, one service per in-port, so that a reader who opens "
                    + "the package sees the area's use cases and nothing else; "
                    + "what several of them share goes in a shared subpackage or is nested in its one user");

    static final ArchRule helpersAreNoUseCaseServices = noClasses()
            .that().resideInAPackage(SERVICE_HELPERS)
            .should().implement(resideInAPackage(IN_PORTS).as("an in-port"))
            .orShould().haveSimpleNameEndingWith(USE_CASE_SERVICE_SUFFIX)
            .because("a use case hidden among the helpers would be one a reader of service.<area> never sees");

    private static ArchCondition<JavaClass> implementExactlyOneInPort() {
        return new ArchCondition<>("implement exactly one in-port") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                List<String> inPorts = javaClass.getRawInterfaces().stream()
                        .filter(resideInAPackage(IN_PORTS))
                        .map(JavaClass::getSimpleName)
                        .sorted()
                        .toList();
                String implemented = inPorts.isEmpty() ? "no in-port" : "the in-ports " + inPorts;
                events.add(new SimpleConditionEvent(javaClass, inPorts.size() == 1,
                        javaClass.getName() + " implements " + implemented));
            }
        };
    }
}
