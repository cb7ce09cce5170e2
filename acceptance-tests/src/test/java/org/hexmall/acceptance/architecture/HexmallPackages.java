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
    static final String SERVICES = "org.hexmall.application.service..";

    static final String MEMORY_PERSISTENCE = "org.hexmall.adapter.out.persistence.memory..";
    static final String JDBI_PERSISTENCE = "org.hexmall.adapter.out.persistence.jdbi..";
    static final String CRYPTO = "org.hexmall.adapter.out.crypto..";
    static final String WEB_SHOP = "org.hexmall.adapter.in.web.shop..";
    static final String WEB_ADMIN = "org.hexmall.adapter.in.web.admin..";
    static final String WEB_API = "org.hexmall.adapter.in.web.api..";
    static final String SCHEDULER = "org.hexmall.adapter.in.scheduler..";
    static final String WALLET_GATEWAY = "org.hexmall.adapter.out.wallet.simulated..";
    static final String SMS_GATEWAY = "org.hexmall.adapter.out.sms.simulated..";

    /** The adapters: each implements out-ports or drives in-ports, and none knows another. */
    static final List<String> ADAPTERS = List.of(MEMORY_PERSISTENCE, JDBI_PERSISTENCE, CRYPTO, WEB_SHOP, WEB_ADMIN,
            WEB_API, SCHEDULER, WALLET_GATEWAY, SMS_GATEWAY);
    /** Every adapter and their shared plumbing, by the package naming scheme. */
    static final String ANY_ADAPTER = "org.hexmall.adapter..";

    /** Sessions, page rendering and messages shared by the adapters that serve pages; not an adapter itself. */
    static final String WEB_COMMON = "org.hexmall.adapter.in.web.common..";

    /**
     * The simulated wallet providers and phone network, with the page plumbing they share: stand-ins for systems
     * outside the store, not adapters. The store reaches them through its gateway adapters.
     */
    static final String SIMULATORS = "org.hexmall.simulator..";
    static final String WALLET_SIMULATOR = "org.hexmall.simulator.wallet..";
    static final String SMS_SIMULATOR = "org.hexmall.simulator.sms..";

    /** The composition root: the one place that builds every adapter and wires them together. */
    static final String BOOTSTRAP = "org.hexmall.bootstrap..";

    /** Libraries that belong in adapters only; the core must compile and run without any of them. */
    static final String[] FRAMEWORKS = {
            "io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..", "org.jdbi..", "org.thymeleaf..",
            "org.h2..", "com.zaxxer..", "org.flywaydb..", "org.postgresql..", "com.password4j..",
            "org.slf4j..", "ch.qos.logback..", "com.fasterxml.jackson.."};

    /** Every hexmall package named by a rule; each must hold classes, or its rules check nothing. */
    static final List<String> NAMED_IN_RULES = List.of(
            DOMAIN, APPLICATION, IN_PORTS, OUT_PORTS, SERVICES,
            MEMORY_PERSISTENCE, JDBI_PERSISTENCE, CRYPTO, WEB_SHOP, WEB_ADMIN, WEB_API, SCHEDULER, WALLET_GATEWAY,
            SMS_GATEWAY, ANY_ADAPTER, WEB_COMMON, SIMULATORS, WALLET_SIMULATOR, SMS_SIMULATOR, BOOTSTRAP);

    static String[] adapters() {
        return ADAPTERS.toArray(String[]::new);
    }

    private HexmallPackages() {
    }
}
