package org.hexmall.acceptance.architecture;

import java.util.List;

/**
 * The packages the architecture rules talk about, in one place, so that the check that each of
 * them holds classes ({@link ArchitectureRulesCheckRealClassesTest}) covers every rule.
 * A trailing {@code ..} means "this package and its subpackages", as in ArchUnit.
 */
final class HexmallPackages {

    static final String HEXMALL = "org.hexmall";

    static final String DOMAIN = "org.hexmall.domain..";
    static final String APPLICATION = "org.hexmall.application..";
    static final String IN_PORTS = "org.hexmall.application.port.in..";
    static final String OUT_PORTS = "org.hexmall.application.port.out..";
    /** Use-case services, each implementing one in-port, in {@code service.<area>}. */
    static final String SERVICES = "org.hexmall.application.service..";
    /** What use-case services share: {@code service.<area>.shared} within an area, {@code service.shared} across. */
    static final String SERVICE_HELPERS = "org.hexmall.application.service..shared..";

    /** Every adapter and their shared plumbing, by the package naming scheme ({@link AdapterSlices}). */
    static final String ANY_ADAPTER = "org.hexmall.adapter..";
    /** Driving adapters: they call in-ports. */
    static final String DRIVING_ADAPTERS = "org.hexmall.adapter.in.*..";
    /** Driven adapters: they implement out-ports. */
    static final String DRIVEN_ADAPTERS = "org.hexmall.adapter.out.*..";
    /** The adapters that answer web requests (storefront, console, JSON API), with their shared plumbing. */
    static final String WEB_ADAPTERS = "org.hexmall.adapter.in.web..";
    /** Sessions, page rendering and messages shared by the web adapters; not an adapter itself. */
    static final String WEB_COMMON = "org.hexmall.adapter.in.web.common..";
    /** The driven adapters through which the store reaches a simulated provider, as it would a real one. */
    static final String SIMULATED_GATEWAYS = "org.hexmall.adapter.out.*.simulated..";

    /**
     * The simulated wallet providers and phone network, with the page plumbing they share: stand-ins for systems
     * outside the store, not adapters. The store reaches them through its gateway adapters.
     */
    static final String SIMULATORS = "org.hexmall.simulator..";
    static final String WALLET_SIMULATOR = "org.hexmall.simulator.wallet..";
    /** What a wallet provider offers a shop that binds and charges through it. */
    static final String WALLET_SIMULATOR_API = "org.hexmall.simulator.wallet.api..";

    /** The composition root: the one place that builds every adapter and wires them together. */
    static final String BOOTSTRAP = "org.hexmall.bootstrap..";

    /** Libraries that belong in adapters only; the core must compile and run without any of them. */
    static final String[] FRAMEWORKS = {
            "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "org.jdbi..", "org.thymeleaf..",
            "org.h2..", "com.zaxxer..", "org.flywaydb..", "org.postgresql..", "org.bouncycastle..",
            "org.slf4j..", "ch.qos.logback..", "com.fasterxml.jackson.."};

    /** Every hexmall package named by a rule; each must hold classes, or its rules check nothing. */
    static final List<String> NAMED_IN_RULES = List.of(
            DOMAIN, APPLICATION, IN_PORTS, OUT_PORTS, SERVICES, SERVICE_HELPERS,
            ANY_ADAPTER, DRIVING_ADAPTERS, DRIVEN_ADAPTERS, WEB_ADAPTERS, WEB_COMMON, SIMULATED_GATEWAYS,
            SIMULATORS, WALLET_SIMULATOR, WALLET_SIMULATOR_API, BOOTSTRAP);

    private HexmallPackages() {
    }
}
