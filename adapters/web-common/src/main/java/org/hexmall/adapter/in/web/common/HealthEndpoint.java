package org.hexmall.adapter.in.web.common;

import io.javalin.config.RoutesConfig;
import org.hexmall.application.port.in.health.CheckHealth;

/** {@code GET /health} for load balancers: 200 while the store's database answers, 503 when it does not. */
public final class HealthEndpoint {

    public static final String PATH = "/health";

    private final CheckHealth checkHealth;

    public HealthEndpoint(CheckHealth checkHealth) {
        this.checkHealth = checkHealth;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, ctx -> {
            boolean healthy = checkHealth.isHealthy();
            ctx.status(healthy ? 200 : 503).contentType("text/plain; charset=UTF-8")
                    .result(healthy ? "ok" : "database unreachable");
        });
    }
}
