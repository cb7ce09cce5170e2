package org.hexmall.acceptance.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.bootstrap.HexmallApplication;

/**
 * The demo customer 李雷 over HTTP: binding Alipay on the shop's pages of their first phone, the codes their simulated
 * phone receives, and an order settled through the JSON API, as the API's tests set them up.
 */
public final class LiLeiOverHttp {

    static final String PHONE = "13800000001";
    static final String PASSWORD = "demo-pass-1";
    public static final String PAYMENT_PASSWORD = "135790";
    private static final Pattern TEXTED_CODE = Pattern.compile("verification code is (\\d{6})");

    private LiLeiOverHttp() {
    }

    /** Logs in on the account's first device, trusted without a code, and binds Alipay there; answers that phone. */
    static HttpShopper bindsAlipayOnTheirFirstPhone(HexmallApplication hexmall) {
        HttpShopper firstPhone = new HttpShopper(URI.create(hexmall.baseUrl()));
        assertThat(firstPhone.submit("/login", Map.of("login", PHONE, "password", PASSWORD)).getPath())
                .as("the account's first device, trusted without a code").doesNotStartWith("/login/device");
        bindsAlipay(firstPhone, hexmall);
        return firstPhone;
    }

    /**
     * On a device 李雷 is signed in on, binds their demo Alipay account as the shop's pages do: the account, the code
     * texted to their phone, the approval with the payment password in the wallet app; ends on the "bound" page.
     */
    public static void bindsAlipay(HttpShopper signedIn, HexmallApplication hexmall) {
        URI codePage = signedIn.submit("/account/security/payment-methods/add/alipay", Map.of("account", PHONE));
        URI authorizationPage = signedIn.submit(codePage.getPath(), Map.of("code", latestCode(hexmall)));
        URI back = signedIn.submit(authorizationPage.getPath(), authorizationPage.getPath() + "/approve",
                Map.of("paymentPassword", PAYMENT_PASSWORD));
        assertThat(signedIn.follow(back).getPath()).as("where binding Alipay ended").endsWith("/bound");
    }

    /** The latest code on 李雷's simulated phone. */
    static String latestCode(HexmallApplication hexmall) {
        Matcher code = TEXTED_CODE.matcher(new HttpShopper(URI.create(hexmall.baseUrl())).page("/mock-phone/" + PHONE));
        assertThat(code.find()).as("a verification code on the simulated phone").isTrue();
        return code.group(1);
    }

    /** Puts the first product in the cart through the JSON API and settles it: the new order's id. */
    static String settledOrder(HttpShopper app) {
        JsonNode products = app.api("GET", "/api/v1/products", null, null, 200);
        String product = products.path("items").get(0).path("id").asText();
        app.api("PUT", "/api/v1/cart/items/" + product, "{\"quantity\":1}", null, 200);
        return app.api("POST", "/api/v1/orders", null, UUID.randomUUID().toString(), 201).path("id").asText();
    }
}
