package org.hexmall.application.port.in.compensation;

/** The agent's role may not see this compensation page; the console answers 403. */
public final class CompensationNotAllowedException extends RuntimeException {

    public CompensationNotAllowedException() {
        super("this agent's role may not see this compensation page");
    }
}
