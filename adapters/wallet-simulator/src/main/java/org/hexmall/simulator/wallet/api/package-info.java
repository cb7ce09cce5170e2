/**
 * What the SIMULATED wallet providers offer a merchant, and all that the store's gateway may use of them: the
 * server-to-server API and its answers, the secrets that sign what the providers send back, and how the providers
 * are named in addresses and messages. Everything else in the simulator is the providers' own business.
 */
package org.hexmall.simulator.wallet.api;
