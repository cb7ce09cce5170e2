package org.hexmall.adapter.out.wallet.mock;

/**
 * Trouble that a simulated provider can be told to have, for one account or for all its accounts, so that
 * every failure the store must handle can be produced on demand.
 */
public enum Fault {

    /** The provider answers at once that it is unavailable, as a provider in maintenance or behind a network outage would. */
    PROVIDER_DOWN,

    /** The provider never answers; the store's gateway gives up after its own timeout. */
    TIMEOUT,

    /** The provider answers normally, but late: still within the gateway's timeout. */
    SLOW,

    /** The provider says it has no such account, even when it has one. */
    ACCOUNT_NOT_FOUND
}
