package org.hexmall.adapter.in.web.common;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Keeps "go back to where you were" links inside hexmall, so they cannot send visitors to another site, and keeps
 * every address hexmall leads a browser to short enough to be sent: the web server keeps an answer's headers within
 * 16 KiB and a request's within 8 KiB, and text typed in Chinese takes nine characters of an address per character.
 */
public final class SafeRedirects {

    /** The longest address hexmall redirects to; {@link MalformedRequests} refuses an answer leading to a longer one. */
    public static final int LONGEST_ADDRESS = 4_096;
    /**
     * The longest target kept, as it is written into another address's query (encoded), so that the address that
     * carries it on (to the login form, the new device's code, a step-up, each of them encoding it once) still fits
     * with its own path and parameters. Every page of hexmall's, with a wallet's signed answer in its query, has a far
     * shorter one.
     */
    private static final int LONGEST_TARGET = 3_072;

    private SafeRedirects() {
    }

    /** The target if it is a path on this site short enough to carry in an address, otherwise the fallback. */
    public static String localPathOr(String target, String fallback) {
        boolean local = target != null && target.startsWith("/") && !target.startsWith("//")
                && !target.contains("\\") && target.chars().noneMatch(Character::isISOControl)
                && target.length() <= LONGEST_TARGET
                && URLEncoder.encode(target, StandardCharsets.UTF_8).length() <= LONGEST_TARGET;
        return local ? target : fallback;
    }

    /** Whether a browser can be sent to this address: it fits in the answer's headers and in the browser's request. */
    public static boolean fitsAnAddress(String address) {
        return address.length() <= LONGEST_ADDRESS;
    }
}
