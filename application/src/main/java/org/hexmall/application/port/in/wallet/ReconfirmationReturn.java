package org.hexmall.application.port.in.wallet;

import java.net.URI;
import java.util.Objects;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * Where the wallet app sends the customer back after re-confirming (or not) a wallet on a new device: an address
 * with a {@code {provider}} placeholder, which names whose signature to check on the result.
 *
 * @param template an absolute http(s) address or a path on this site, such as
 *                 {@code https://shop.example/wallet-reconfirmations/{provider}}
 */
public record ReconfirmationReturn(String template) {

    public static final String PLACEHOLDER = "{provider}";

    public ReconfirmationReturn {
        Objects.requireNonNull(template, "template");
        if (!template.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("a re-confirmation's return address names the provider: " + template);
        }
        if (!(template.startsWith("https://") || template.startsWith("http://") || template.startsWith("/"))) {
            throw new IllegalArgumentException("a return address is a web address or a path: " + template);
        }
    }

    public URI of(WalletProvider provider) {
        return URI.create(template.replace(PLACEHOLDER, provider.name()));
    }
}
