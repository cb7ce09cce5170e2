package org.hexmall.acceptance.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's simulated phone of one mobile number, open in a second tab beside the shop, as a person keeps
 * their phone beside the computer; the tab opens at the first look. Each look after that reloads it first, as the
 * page itself asks: hexmall has sent the text message by the time its page says so, so a reload after that shows it.
 */
final class SimulatedPhone {

    /** The code in a message, sent in English or in Chinese (the language the customer used the store in). */
    private static final Pattern CODE = Pattern.compile("(?:verification code is|验证码为) (\\d{6})");
    /** The list of messages, named in the language the phone's page is shown in. */
    private static final Pattern MESSAGES = Pattern.compile("^(?:Messages, newest first|短信，最新的在前)$");
    /** The first item of the page's list of messages, the newest, as the phone's page is written. */
    private static final Pattern MESSAGE_LIST = Pattern.compile(
            "<ol\\b[^>]*aria-label=\"(?:Messages, newest first|短信，最新的在前)\"[^>]*>\\s*<li\\b[^>]*>(.*?)</li>",
            Pattern.DOTALL);

    private final Page shop;
    private final String mobileNumber;
    /** The phone's tab, once the test has looked at it. */
    private Page screen;

    private SimulatedPhone(Page shop, String mobileNumber) {
        this.shop = shop;
        this.mobileNumber = mobileNumber;
    }

    /** The phone of the mobile number, beside the shopper's browser: its tab opens when the test first looks. */
    static SimulatedPhone beside(Page shop, String mobileNumber) {
        return new SimulatedPhone(shop, mobileNumber);
    }

    /** The phone's page as it is now: opened in a new tab of the shopper's browser the first time, reloaded after. */
    private Page lookAt() {
        if (screen == null) {
            screen = shop.context().newPage();
            screen.navigate(address());
        } else {
            screen.reload();
        }
        return screen;
    }

    private String address() {
        return "/mock-phone/" + mobileNumber;
    }

    /** The messages the phone shows now, newest first. */
    Locator messages() {
        return lookAt().getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName(MESSAGES))
                .getByRole(AriaRole.LISTITEM);
    }

    /** The code in the newest message, read off the screen. */
    String latestCode() {
        String newest = messages().first().textContent();
        Matcher code = CODE.matcher(newest);
        assertTrue(code.find(), () -> "The newest message on the phone has no verification code: " + newest);
        return code.group(1);
    }

    /**
     * The code in the newest message, read from the phone's page fetched over the browser's request API, with no tab
     * opened: for a test about something other than the code.
     */
    String latestCodeOverHttp() {
        APIResponse answer = HttpForms.get(shop, address(), "Reading the code on the simulated phone");
        Matcher list = MESSAGE_LIST.matcher(answer.text());
        String newest = list.find() ? HttpForms.textOf(list.group(1)) : "";
        Matcher code = CODE.matcher(newest);
        assertTrue(code.find(), () -> "The newest message on the phone " + mobileNumber
                + " has no verification code: \"" + newest + "\"" + HttpForms.describe(answer));
        return code.group(1);
    }

    /** The phone's page as it is now, to look for what it says when there is nothing to list. */
    Page screen() {
        return lookAt();
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
