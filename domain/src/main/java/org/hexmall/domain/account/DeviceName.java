package org.hexmall.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person calls a device they log in from: "Chrome on Android", "Safari on iPhone", "An app on Android". Read
 * from the User-Agent, which the browser or app alone chooses: it names a device for its owner to recognise, and proves
 * nothing.
 */
public record DeviceName(Browser browser, Platform platform) {

    public DeviceName {
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(platform, "platform");
    }

    public static final DeviceName UNKNOWN = new DeviceName(Browser.OTHER, Platform.OTHER);

    private static final String ON = " on ";

    /** The browsers people use here, by the name they know them by. */
    public enum Browser {
        EDGE("Edge"), OPERA("Opera"), WECHAT("WeChat"), SAMSUNG("Samsung Internet"), FIREFOX("Firefox"),
        CHROME("Chrome"), SAFARI("Safari"), APP("An app"), OTHER("A browser");

        private final String label;

        Browser(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** The systems they run on. */
    public enum Platform {
        ANDROID("Android"), IPHONE("iPhone"), IPAD("iPad"), WINDOWS("Windows"), MAC("Mac"), LINUX("Linux"),
        OTHER("an unknown system");

        private final String label;

        Platform(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Names the device a User-Agent header describes. Browsers copy each other's tokens ("Chrome" appears in Edge's,
     * "Safari" in Chrome's), so the most specific token wins; anything unreadable is {@link #UNKNOWN}'s part.
     */
    public static DeviceName fromUserAgent(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return UNKNOWN;
        }
        String ua = userAgent.toLowerCase(Locale.ROOT);
        return new DeviceName(browserOf(ua), platformOf(ua));
    }

    private static Browser browserOf(String ua) {
        if (ua.contains("edg/") || ua.contains("edge/") || ua.contains("edga/") || ua.contains("edgios/")) {
            return Browser.EDGE;
        }
        if (ua.contains("opr/") || ua.contains("opera")) {
            return Browser.OPERA;
        }
        if (ua.contains("micromessenger")) {
            return Browser.WECHAT;
        }
        if (ua.contains("samsungbrowser/")) {
            return Browser.SAMSUNG;
        }
        if (ua.contains("firefox/") || ua.contains("fxios/")) {
            return Browser.FIREFOX;
        }
        if (ua.contains("chrome/") || ua.contains("crios/") || ua.contains("chromium/")) {
            return Browser.CHROME;
        }
        if (ua.contains("safari/") && ua.contains("version/")) {
            return Browser.SAFARI;
        }
        // Every browser's User-Agent opens with "Mozilla/"; an app's own HTTP client ("okhttp/4.12", "Dalvik/2.1.0")
        // names itself instead.
        if (!ua.startsWith("mozilla/")) {
            return Browser.APP;
        }
        return Browser.OTHER;
    }

    private static Platform platformOf(String ua) {
        if (ua.contains("iphone")) {
            return Platform.IPHONE;
        }
        if (ua.contains("ipad")) {
            return Platform.IPAD;
        }
        if (ua.contains("android")) {
            return Platform.ANDROID;
        }
        if (ua.contains("windows")) {
            return Platform.WINDOWS;
        }
        if (ua.contains("macintosh") || ua.contains("mac os x")) {
            return Platform.MAC;
        }
        if (ua.contains("linux") || ua.contains("x11")) {
            return Platform.LINUX;
        }
        return Platform.OTHER;
    }

    /** "Chrome on Android", in English; pages put the two parts in their own language's order. */
    @Override
    public String toString() {
        return browser.label() + ON + platform.label();
    }

    /**
     * The device a name written by {@link #toString} names, as a security event keeps it; empty for any other text.
     * Pages read it back to name the device in their reader's language.
     */
    public static Optional<DeviceName> fromName(String name) {
        for (Browser browser : Browser.values()) {
            for (Platform platform : Platform.values()) {
                if ((browser.label() + ON + platform.label()).equals(name)) {
                    return Optional.of(new DeviceName(browser, platform));
                }
            }
        }
        return Optional.empty();
    }
}
