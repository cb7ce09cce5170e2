package org.hexmall.application.port.in.risk;

/** How many alerts wait for an agent, for the console's header on every page. */
public interface CountOpenRiskAlerts {

    long count();
}
