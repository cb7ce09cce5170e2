package org.hexmall.application.port.in.health;

/** A load balancer asks whether this node can serve requests. */
public interface CheckHealth {

    boolean isHealthy();
}
