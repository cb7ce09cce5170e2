package org.hexmall.application.port.in.account;

/** A visitor opens a store account with a mobile number and a password (注册). */
public interface RegisterCustomer {

    RegistrationResult register(RegisterCustomerCommand command);
}
