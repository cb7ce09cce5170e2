package org.hexmall.application.port.in.account;

import org.hexmall.application.port.in.session.LoginResult;

/** A customer logs in with phone or email and password (登录). */
public interface LogInCustomer {

    LoginResult logIn(CustomerLoginCommand command);
}
