package org.hexmall.domain.security;

import java.time.Instant;
import java.util.Objects;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.wallet.WalletBinding;

/**
 * Something that changed the security of a customer's account, kept so that the customer can check their
 * own activity ("was that me?") and an agent can follow what happened.
 *
 * @param source        who did it: the customer, an agent, or the store itself
 * @param detail        what it was about, in words that need no translation and hold no secret: a device name
 *                      ("Chrome on Android") or a wallet with its masked account ("ALIPAY 138****5678");
 *                      empty when the kind says it all
 * @param clientAddress the network address of the customer's request that caused it (the wrong passwords' for a
 *                      lock); empty for customer service's actions and for what the store learns on its own, such
 *                      as a wallet cancelled inside its app
 */
public record SecurityEvent(CustomerId customerId, Instant at, SecurityEventKind kind, Source source, String detail,
                            String clientAddress) {

    public static final int MAX_DETAIL_LENGTH = 120;
    public static final int MAX_CLIENT_ADDRESS_LENGTH = 64;

    /** Who caused a security event. */
    public enum Source {
        CUSTOMER,
        AGENT,
        SYSTEM,
        /**
         * A wallet's own app, where the wallet's holder acted (cancelled hexmall's authorization, say): the store only
         * learns of it from the wallet.
         */
        WALLET_APP
    }

    public SecurityEvent {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        detail = detail == null ? "" : detail.strip();
        if (detail.length() > MAX_DETAIL_LENGTH) {
            throw new IllegalArgumentException("a security event's detail is at most " + MAX_DETAIL_LENGTH
                    + " characters; shorten it with SecurityEvent.detailOf");
        }
        if (detail.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a security event's detail is one line of plain text");
        }
        clientAddress = clientAddress == null ? "" : clientAddress.strip();
        if (clientAddress.length() > MAX_CLIENT_ADDRESS_LENGTH
                || clientAddress.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a client address is one short line");
        }
    }

    /** The detail of a wallet's event: its provider and its account, masked ("ALIPAY 138****5678"). */
    public static String walletDetail(WalletBinding binding) {
        return binding.provider().name() + " " + binding.account().masked();
    }

    /**
     * A detail made from text that came from outside, such as a browser's User-Agent: control characters
     * become spaces and text beyond {@link #MAX_DETAIL_LENGTH} is cut off with an ellipsis.
     */
    public static String detailOf(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder oneLine = new StringBuilder(text.length());
        text.codePoints().forEach(c -> oneLine.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String stripped = oneLine.toString().strip();
        if (stripped.length() <= MAX_DETAIL_LENGTH) {
            return stripped;
        }
        int end = MAX_DETAIL_LENGTH - 1;
        if (Character.isHighSurrogate(stripped.charAt(end - 1))) {
            end--;
        }
        return stripped.substring(0, end).strip() + "…";
    }
}
