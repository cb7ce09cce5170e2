package org.hexmall.application.port.out.wallet;

import java.net.URI;
import java.util.Map;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The provider's side of a {@link WalletProviderGatewayContract}: its accounts, its customers acting in the wallet
 * app, and its bad days. The simulator plays it for the simulated providers; a real provider's sandbox would play it
 * for an adapter of that provider.
 */
public interface WalletSandbox {

    /** The provider the gateway under test talks to. */
    WalletProvider provider();

    /** Opens an account at the provider holding {@code balance}, whose customer does what the test makes them do. */
    WalletAccountIdentifier openAccount(Money balance);

    /** An identifier the provider has no account for. */
    WalletAccountIdentifier unknownAccount();

    Money balanceOf(WalletAccountIdentifier account);

    /**
     * The customer approves the binding on the page the provider sent them to, with whatever the provider asks for
     * there; returns the parameters their browser brings back to the store.
     */
    Map<String, String> approve(URI authorizationPage);

    /** The customer refuses the binding; returns the parameters their browser brings back to the store. */
    Map<String, String> reject(URI authorizationPage);

    /**
     * The customer re-confirms a binding on the page the provider sent them to, with whatever the provider asks for
     * there (the payment password); returns the parameters their browser brings back to the store.
     */
    Map<String, String> reconfirm(URI reconfirmationPage);

    /** The customer refuses to re-confirm the binding; returns the parameters their browser brings back. */
    Map<String, String> refuseReconfirmation(URI reconfirmationPage);

    /** The customer cancels the agreement inside the wallet app, without the store. */
    void cancelInApp(String agreementToken);

    /** Whether the account's wallet app lists the store among the merchants that may charge it. */
    boolean appListsTheStore(WalletAccountIdentifier account);

    /**
     * The customer confirms the payment on the page the provider sent them to; returns the parameters their browser
     * brings back to the store, whatever became of the payment.
     */
    Map<String, String> pay(URI payPage);

    /** The customer goes back to the store without paying; returns what their browser brings back. */
    Map<String, String> leave(URI payPage);

    /** From now on the provider answers every request that it cannot serve it. */
    void makeUnavailable();

    /** From now on requests reach the provider, but no answer comes back before the gateway stops waiting. */
    void makeSilent();

    /** The provider answers normally again. */
    void makeNormal();
}
