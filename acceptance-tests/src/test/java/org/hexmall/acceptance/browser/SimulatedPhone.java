package org.hexmall.acceptance.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's simulated phone of one mobile number, open in a second tab beside the shop, as a person keeps
 * their phone beside the computer. Each look reloads it first, as the page itself asks: hexmall has sent
 * the text message by the time its page says so, so a reload after that shows it.
 */
final class SimulatedPhone {

    /** The code in a message, sent in English or in Chinese (the language the customer used the store in). */
    private static final Pattern CODE = Pattern.compile("(?:verification code is|验证码为) (\\d{6})");
    /** The list of messages, named in the language the phone's page is shown in. */
    private static final Pattern MESSAGES = Pattern.compile("^(?:Messages, newest first|短信，最新的在前)$");

    private final Page screen;

    private SimulatedPhone(Page screen) {
        this.screen = screen;
    }

    /** Opens the phone of the mobile number in a new tab of the shopper's browser. */
    static SimulatedPhone beside(Page shop, String mobileNumber) {
        Page screen = shop.context().newPage();
        screen.navigate("/mock-phone/" + mobileNumber);
        return new SimulatedPhone(screen);
    }

    /** The messages the phone shows now, newest first. */
    Locator messages() {
        screen.reload();
        return screen.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName(MESSAGES))
                .getByRole(AriaRole.LISTITEM);
    }

    /** The code in the newest message, read off the screen. */
    String latestCode() {
        String newest = messages().first().textContent();
        Matcher code = CODE.matcher(newest);
        assertTrue(code.find(), () -> "The newest message on the phone has no verification code: " + newest);
        return code.group(1);
    }

    /** The phone's page as it is now, to look for what it says when there is nothing to list. */
    Page screen() {
        screen.reload();
        return screen;
    }

    /** A mobile number as the store shows it, middle digits hidden: "138****0001". */
    static String masked(String mobileNumber) {
        return mobileNumber.substring(0, 3) + "****" + mobileNumber.substring(7);
    }

    /** A code of six digits that is certainly not the one sent: each digit one higher. */
    static String notThe(String code) {
        StringBuilder other = new StringBuilder();
        for (char digit : code.toCharArray()) {
            other.append((char) ('0' + (digit - '0' + 1) % 10));
        }
        return other.toString();
    }
}
