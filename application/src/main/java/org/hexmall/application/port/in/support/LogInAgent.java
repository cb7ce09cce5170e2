package org.hexmall.application.port.in.support;

import org.hexmall.application.port.in.session.LoginResult;

/** An agent logs into the console. Customer logins do not open it. */
public interface LogInAgent {

    LoginResult logIn(AgentLoginCommand command);
}
