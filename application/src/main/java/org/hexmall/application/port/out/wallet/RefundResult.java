package org.hexmall.application.port.out.wallet;

/** The provider's answer to a refund request. */
public sealed interface RefundResult {

    /** The money is back in the wallet; {@code providerRefund} is the provider's reference for it. */
    record Refunded(String providerRefund) implements RefundResult {
    }

    /**
     * The provider took the request and confirms it later with a notification ({@link ProviderMessage.RefundSucceeded}
     * or {@link ProviderMessage.RefundFailed}), as WeChat Pay does; asking again with the same number answers how it
     * ended.
     */
    record Processing(String providerRefund) implements RefundResult {
    }

    /** The provider will not make this refund (more than is left, unknown payment, number reused). */
    record Refused(String why) implements RefundResult {
    }

    /** The provider could not be asked now; asking again with the same number is safe. */
    record ProviderUnavailable(String detail) implements RefundResult {
    }
}
