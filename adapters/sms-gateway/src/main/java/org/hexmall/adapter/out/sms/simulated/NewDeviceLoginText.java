package org.hexmall.adapter.out.sms.simulated;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.hexmall.domain.account.DeviceName;
import org.hexmall.domain.shared.Language;

/**
 * The text that tells a customer their account was logged in to from a new device, with the store's time of day, and
 * what to do if it was not them.
 */
final class NewDeviceLoginText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private NewDeviceLoginText() {
    }

    static String of(DeviceName device, ZonedDateTime at, Language language) {
        String time = TIME.format(at);
        return switch (language) {
            case ENGLISH -> "【hexmall】New login on " + device.browser().label() + " on " + device.platform().label()
                    + " at " + time + "; not you? Change your password and revoke the device under Account & security"
                    + " → Login devices, or call customer service.";
            case SIMPLIFIED_CHINESE -> "【hexmall】您的账户于 " + time + " 在新设备（" + deviceInChinese(device)
                    + "）登录。如非本人操作，请立即修改密码，并在“账户与安全 → 登录设备”中移除该设备，或联系客服。";
        };
    }

    /** "iPhone 上的 Safari", "未知系统上的应用": a space only where Latin text meets Chinese. */
    private static String deviceInChinese(DeviceName device) {
        String platform = platformInChinese(device);
        String browser = browserInChinese(device);
        return platform + (isLatin(platform) ? " " : "") + "上的" + (isLatin(browser) ? " " : "") + browser;
    }

    private static boolean isLatin(String name) {
        return name.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c));
    }

    /** Chrome and Safari keep their names in Chinese; the generic names do not. */
    private static String browserInChinese(DeviceName device) {
        return switch (device.browser()) {
            case APP -> "应用";
            case OTHER -> "浏览器";
            default -> device.browser().label();
        };
    }

    private static String platformInChinese(DeviceName device) {
        return device.platform() == DeviceName.Platform.OTHER ? "未知系统" : device.platform().label();
    }
}
