package org.hexmall.adapter.in.web.common;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a request comes from, for the login history, the throttles and the risk rules. Served directly, that is the
 * connection's peer. Behind a reverse proxy every connection comes from the proxy, so when the peer is one of the
 * proxies the store is told to trust, the client is the nearest address in {@code X-Forwarded-For} that is not itself
 * a trusted proxy; anyone else's {@code X-Forwarded-For} is ignored, since a client can write anything there.
 */
public final class ClientAddresses {

    public static final String FORWARDED_FOR = "X-Forwarded-For";

    /** IPv4 and IPv6 addresses as proxies write them; anything else in the header is not believed. */
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:\\[\\]]{2,47}");

    private final Set<String> trustedProxies;

    /** @param trustedProxies the addresses of the reverse proxies in front of the store; empty when there are none */
    public ClientAddresses(Set<String> trustedProxies) {
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    /**
     * @param peer         the address the connection comes from
     * @param forwardedFor the {@code X-Forwarded-For} header, or null
     */
    public String clientOf(String peer, String forwardedFor) {
        if (!trustedProxies.contains(unbracketed(peer)) || forwardedFor == null) {
            return peer;
        }
        List<String> hops = List.of(forwardedFor.split(","));
        for (String hop : hops.reversed()) {
            String address = hop.strip();
            if (!ADDRESS.matcher(address).matches()) {
                return peer;
            }
            if (!trustedProxies.contains(unbracketed(address))) {
                return address;
            }
        }
        return peer;
    }

    /** An IPv6 address as the server names a peer ({@code [::1]}) and as it is configured ({@code ::1}). */
    private static String unbracketed(String address) {
        return address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1)
                : address;
    }
}
