package org.hexmall.application.port.in.support;

import java.util.Objects;

/**
 * The agent's role may not take this console action ({@link ConsolePermissions}), or the agent was disabled: nothing
 * was changed.
 */
public final class ActionNotPermittedException extends RuntimeException {

    private final ConsoleAction action;

    public ActionNotPermittedException(ConsoleAction action) {
        super("not permitted: " + action);
        this.action = Objects.requireNonNull(action, "action");
    }

    public ConsoleAction action() {
        return action;
    }
}
