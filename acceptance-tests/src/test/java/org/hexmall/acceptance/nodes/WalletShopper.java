package org.hexmall.acceptance.nodes;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.acceptance.http.HttpShopper;

/**
 * The demo customer 李雷 (Li Lei) as a phone without script would act, over HTTP only (so that it works as well against a
 * hexmall in another process): logs in on the shop's pages, binds the demo Alipay account (the texted code from the
 * simulated phone, the payment password typed in the simulated wallet app), confirms payments in the wallet app, and
 * logs in to the JSON API.
 */
final class WalletShopper {

    static final String PHONE = "13800000001";
    static final String PASSWORD = "demo-pass-1";
    static final String PAYMENT_PASSWORD = "135790";
    private static final String PAYMENT_METHODS = "/account/security/payment-methods";
    private static final Pattern TEXTED_CODE = Pattern.compile("verification code is (\\d{6})");

    private WalletShopper() {
    }

    /**
     * Logs in on the pages of the node, binds Alipay there, and answers the JSON API's bearer token.
     *
     * @param waitForTheNextCode what lets the minute pass that the phone waits between two codes, when the login
     *                           asked for one (moving the test's clock)
     */
    static String logInAndBindAlipay(URI node, Runnable waitForTheNextCode) {
        return logInAndBindAlipay(new HttpShopper(node), waitForTheNextCode);
    }

    /** The same, in this browser, whose session cookie then opens Li Lei's pages on the node it was started on. */
    static String logInAndBindAlipay(HttpShopper liLei, Runnable waitForTheNextCode) {
        if (logIn(liLei)) {
            waitForTheNextCode.run();
        }
        URI codePage = liLei.submit(PAYMENT_METHODS + "/add/alipay", Map.of("account", PHONE));
        URI authorizationPage = liLei.submit(codePage.getPath(), Map.of("code", latestCode(liLei)));
        URI back = liLei.submit(authorizationPage.getPath(), authorizationPage.getPath() + "/approve",
                Map.of("paymentPassword", PAYMENT_PASSWORD));
        URI bound = liLei.follow(back);
        if (!bound.getPath().endsWith("/bound")) {
            throw new IllegalStateException("binding Alipay led to " + bound);
        }
        JsonNode token = liLei.tryToLogInToApi(PHONE, PASSWORD, 201);
        return token.get("token").asText();
    }

    /**
     * Logs in on the node's pages, with the texted code when the account knows other devices already; true if a code
     * was asked for.
     */
    static boolean logIn(HttpShopper liLei) {
        URI loggedIn = liLei.submit("/login", Map.of("login", PHONE, "password", PASSWORD));
        if (!loggedIn.getPath().startsWith("/login/device")) {
            return false;
        }
        liLei.submit("/login/device", Map.of("code", latestCode(liLei), "trust", "yes"));
        return true;
    }

    /** The newest code on the simulated phone, which lists the newest message first. */
    private static String latestCode(HttpShopper liLei) {
        Matcher code = TEXTED_CODE.matcher(liLei.page("/mock-phone/" + PHONE));
        if (!code.find()) {
            throw new IllegalStateException("no verification code on the simulated phone");
        }
        return code.group(1);
    }

    /**
     * Types the payment password on the wallet app's pay page, served by {@code node} (any node shows any payment: the
     * simulated wallets keep their records in the shared database); answers where the app sends the shopper back.
     */
    static URI confirmInWalletApp(URI node, String walletAppAddress) {
        String payPage = URI.create(walletAppAddress).getPath();
        return new HttpShopper(node).submit(payPage, payPage + "/pay", Map.of("paymentPassword", PAYMENT_PASSWORD));
    }
}
