package org.hexmall.application.port.in.payment;

import java.net.URI;
import java.util.Objects;
import org.hexmall.domain.payment.PaymentId;

/**
 * Where the wallet app sends the customer back with its signed result: an address with a {@code {payment}}
 * placeholder, which the store fills with the payment's id once it has recorded the payment. The payment named
 * in the address tells the store, when the customer comes back, whose signature to check.
 *
 * @param template an absolute http(s) address or a path on this site, such as
 *                 {@code https://shop.example/payments/{payment}/return}
 */
public record ReturnAddress(String template) {

    public static final String PLACEHOLDER = "{payment}";

    public ReturnAddress {
        Objects.requireNonNull(template, "template");
        if (!template.contains(PLACEHOLDER)) {
            throw new IllegalArgumentException("a return address names the payment: " + template);
        }
        if (!(template.startsWith("https://") || template.startsWith("http://") || template.startsWith("/"))) {
            throw new IllegalArgumentException("a return address is a web address or a path: " + template);
        }
    }

    public URI of(PaymentId payment) {
        return URI.create(template.replace(PLACEHOLDER, payment.toString()));
    }
}
