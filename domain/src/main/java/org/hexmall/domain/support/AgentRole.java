package org.hexmall.domain.support;

/** What an agent may do: supervisors may also take the actions that need a second pair of eyes. */
public enum AgentRole {
    AGENT,
    SUPERVISOR
}
