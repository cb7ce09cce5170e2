package org.hexmall.adapter.in.web.common;

/** Keeps "go back to where you were" links inside hexmall, so they cannot send visitors to another site. */
public final class SafeRedirects {

    private SafeRedirects() {
    }

    /** The target if it is a path on this site, otherwise the fallback. */
    public static String localPathOr(String target, String fallback) {
        boolean local = target != null && target.startsWith("/") && !target.startsWith("//")
                && !target.contains("\\") && target.chars().noneMatch(Character::isISOControl);
        return local ? target : fallback;
    }
}
