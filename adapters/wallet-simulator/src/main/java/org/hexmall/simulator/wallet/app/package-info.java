/**
 * The pages of the SIMULATED wallet apps, where a person trying the demo acts as the wallet's customer:
 * approve or reject hexmall's authorization request, pay an order, top up the balance, reset a locked payment
 * password, cancel an authorization, and (on the demo control page) watch payments and notifications and make a
 * provider, or one account, fail. Every page says plainly that it is a simulation, not the real app.
 */
package org.hexmall.simulator.wallet.app;
