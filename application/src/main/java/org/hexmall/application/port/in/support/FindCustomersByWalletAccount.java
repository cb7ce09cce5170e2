package org.hexmall.application.port.in.support;

import java.util.List;

/**
 * An agent finds whose wallet an account is, from the exact account the caller reads out (a phone
 * number, email or wallet account id), although identifiers are stored only encrypted.
 */
public interface FindCustomersByWalletAccount {

    /** Customers who ever bound exactly this account at any provider; empty when the text is no identifier. */
    List<CustomerSummary> find(String typedAccount);
}
