package org.hexmall.acceptance.architecture;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.targetOwner;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.hexmall.acceptance.architecture.HexmallPackages.APPLICATION;
import static org.hexmall.acceptance.architecture.HexmallPackages.BOOTSTRAP;
import static org.hexmall.acceptance.architecture.HexmallPackages.DOMAIN;
import static org.hexmall.acceptance.architecture.HexmallPackages.FRAMEWORKS;
import static org.hexmall.acceptance.architecture.HexmallPackages.IN_PORTS;
import static org.hexmall.acceptance.architecture.HexmallPackages.OUT_PORTS;
import static org.hexmall.acceptance.architecture.HexmallPackages.SERVICES;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** The inner rings: the domain and the application know nothing of the world outside them. */
class DomainAndApplicationRulesTest extends ArchitectureRules {

    static final ArchRule domainDependsOnNothingButTheJdk = classes()
            .that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
            .because("the domain model is the business in plain Java: "
                    + "it must outlive every framework, database and web page around it");

    static final ArchRule applicationDependsOnNothingButTheJdkAndTheDomain = classes()
            .that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN, APPLICATION)
            .because("use cases reach the outside world only through the ports they define themselves");

    static final ArchRule noFrameworkReachesTheDomainOrTheApplication = noClasses()
            .that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("web servers, databases, templates, hashing and logging libraries are details "
                    + "that belong in adapters, where they can be replaced without touching a use case");

    static final ArchRule inPortsNeverDependOnServices = noClasses()
            .that().resideInAPackage(IN_PORTS)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("an in-port is the promise a use case makes to its callers; "
                    + "the service that keeps it may change freely behind it");

    static final ArchRule outPortsNeverDependOnServices = noClasses()
            .that().resideInAPackage(OUT_PORTS)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("an out-port states what the application needs, "
                    + "so that an adapter can provide it without knowing who asks");

    static final ArchRule servicesAreUsedOnlyByTheCompositionRoot = noClasses()
            .that().resideOutsideOfPackages(SERVICES, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage(SERVICES)
            .because("adapters call use cases through their in-ports; "
                    + "only the composition root knows which service implements each one");

    static final ArchRule domainNeverReadsTheSystemClock = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().callMethod(System.class, "currentTimeMillis")
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(Clock.class, "systemUTC")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .because("time comes from a Clock passed in, so that lockouts, expiries and promotions "
                    + "can be tested at any moment without waiting for it");

    static final ArchRule domainNeverDrawsItsOwnRandomNumbers = noClasses()
            .that().resideInAPackage(DOMAIN)
            .should().callConstructorWhere(targetOwner(assignableTo(Random.class)))
            .orShould().callMethod(Math.class, "random")
            .orShould().callMethod(ThreadLocalRandom.class, "current")
            .orShould().callMethod(UUID.class, "randomUUID")
            .because("randomness comes from an injected source, so that every outcome can be reproduced in a test");
}
