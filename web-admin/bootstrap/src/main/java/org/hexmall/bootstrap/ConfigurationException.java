package org.hexmall.bootstrap;

/** A setting hexmall cannot start with; the message is one line that says which and why. */
public final class ConfigurationException extends RuntimeException {

    public ConfigurationException(String message) {
        super(message);
    }
}
