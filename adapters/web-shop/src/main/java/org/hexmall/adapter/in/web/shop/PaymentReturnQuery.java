package org.hexmall.adapter.in.web.shop;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The query string the wallet app sends the customer back with: {@code provider} names the wallet (hexmall
 * put it into the return address), and the rest is the wallet's signed result.
 * <p>
 * A wallet may name itself in its signed result with a {@code provider} parameter too, appended after the
 * one in the return address. Both must name the same wallet; the wallet's own, the last one, is the one its
 * signature covers, so that is the one passed on to be checked.
 *
 * @param parameters the parameters sent once each, as the signature check expects them
 */
record PaymentReturnQuery(WalletProvider provider, Map<String, String> parameters) {

    static final String PROVIDER = "provider";

    PaymentReturnQuery {
        parameters = Map.copyOf(parameters);
    }

    /** Empty when no wallet hexmall knows is named, or the names disagree: nothing to trust then. */
    static Optional<PaymentReturnQuery> read(Map<String, List<String>> query) {
        List<String> named = query.getOrDefault(PROVIDER, List.of());
        if (named.isEmpty()) {
            return Optional.empty();
        }
        List<Optional<WalletProvider>> providers = named.stream().map(WalletProvider::fromName).toList();
        Optional<WalletProvider> provider = providers.getFirst();
        if (provider.isEmpty() || !providers.stream().allMatch(provider::equals)) {
            return Optional.empty();
        }
        Map<String, String> parameters = new HashMap<>(WalletReturnController.singleValues(query));
        parameters.put(PROVIDER, named.getLast());
        return Optional.of(new PaymentReturnQuery(provider.get(), parameters));
    }
}
