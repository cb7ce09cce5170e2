package org.hexmall.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.agreement.Approval;

/**
 * The benchmark's customers, made the way a person makes one: register and log in on the storefront, open a wallet
 * account at the SIMULATED provider, bind it (account, the SMS code read off the simulated phone, approval in the
 * wallet app with the payment password), then log in to the JSON API for a bearer token.
 */
final class Shoppers {

    /** Each shopper pays with this provider. */
    static final WalletProvider PROVIDER = WalletProvider.ALIPAY;
    /** ¥100,000,000.00 each, in fen: no run comes near spending it. */
    private static final long BALANCE_FEN = 10_000_000_000L;
    static final String PAYMENT_PASSWORD = "135790";
    private static final Pattern CODE = Pattern.compile("verification code is (\\d{6})|验证码为 (\\d{6})");
    private static final Pattern BINDING_CODE_PAGE =
            Pattern.compile("(/account/security/payment-methods/bindings/[0-9a-f-]+)/code");

    /** A customer ready to check out: bound wallet, API token. */
    record Shopper(String phone, String token) {
    }

    private Shoppers() {
    }

    /** Makes {@code count} shoppers, a few at a time, as each one's passwords take a while to hash. */
    static List<Shopper> create(int count, URI base, ApiClient api, WalletSimulator wallets) throws Exception {
        List<Future<Shopper>> made = new ArrayList<>();
        try (ExecutorService setup = Executors.newFixedThreadPool(Math.min(count, 4))) {
            for (int i = 1; i <= count; i++) {
                int number = i;
                made.add(setup.submit(() -> createOne(number, base, api, wallets)));
            }
            List<Shopper> shoppers = new ArrayList<>();
            for (Future<Shopper> shopper : made) {
                shoppers.add(shopper.get());
            }
            return shoppers;
        } catch (ExecutionException failed) {
            throw new IllegalStateException("Could not set up the benchmark's customers: "
                    + failed.getCause().getMessage(), failed.getCause());
        }
    }

    private static Shopper createOne(int number, URI base, ApiClient api, WalletSimulator wallets) throws Exception {
        String phone = "1390%07d".formatted(number);
        String password = "bench-pass-" + number;
        var visitor = new StorefrontVisitor(base);

        String registered = StorefrontVisitor.redirectOf("POST /register", visitor.submit("/register", "/register",
                Map.of("phone", phone, "email", "", "displayName", "Bench Shopper " + number,
                        "password", password, "passwordRepeated", password)));
        expect(registered.startsWith("/login"), "registering " + phone + " led to " + registered);
        StorefrontVisitor.redirectOf("POST /login", visitor.submit("/login", "/login",
                Map.of("login", phone, "password", password)));

        wallets.accounts().open(PROVIDER, WalletAccountIdentifier.parse(PROVIDER, phone), "Bench Shopper " + number,
                BALANCE_FEN, PAYMENT_PASSWORD);
        String addWallet = "/account/security/payment-methods/add/" + PROVIDER.name().toLowerCase(Locale.ROOT);
        String codePage = StorefrontVisitor.redirectOf("POST " + addWallet,
                visitor.submit(addWallet, addWallet, Map.of("account", phone)));
        Matcher binding = BINDING_CODE_PAGE.matcher(codePage);
        expect(binding.find(), "binding a wallet led to " + codePage + ", not to the code page");

        String walletApp = StorefrontVisitor.redirectOf("POST code", visitor.submit(codePage,
                binding.group(1) + "/code", Map.of("code", latestCode(visitor, phone))));
        String requestId = walletApp.substring(walletApp.lastIndexOf('/') + 1);
        if (!(wallets.agreements().approve(PROVIDER, requestId,
                PAYMENT_PASSWORD) instanceof Approval.Approved approved)) {
            throw new IllegalStateException("The simulated wallet app did not approve the binding of " + phone);
        }
        URI back = approved.backToStore();
        String bound = StorefrontVisitor.redirectOf("GET wallet return",
                visitor.get(back.getRawPath() + "?" + back.getRawQuery()));
        expect(bound.contains("/bound"), "the wallet's return led to " + bound + ", not to the bound page");

        // From the device the shopper registered and logged in on, which the account trusts: no code is asked.
        JsonNode token = api.send("POST /api/v1/tokens", ApiClient.request(base.resolve("/api/v1/tokens"), "POST",
                        api.toJson(Map.of("login", phone, "password", password)))
                .header("Hexmall-Device", visitor.deviceToken()).build(), Set.of(201));
        return new Shopper(phone, token.get("token").asText());
    }

    /** The code in the newest message on the simulated phone, as a person reads it. */
    private static String latestCode(StorefrontVisitor visitor, String phone) {
        HttpResponse<String> screen = visitor.get("/mock-phone/" + phone);
        Matcher code = CODE.matcher(screen.body());
        expect(screen.statusCode() == 200 && code.find(), "no verification code on the simulated phone of " + phone);
        return code.group(1) != null ? code.group(1) : code.group(2);
    }

    private static void expect(boolean holds, String otherwise) {
        if (!holds) {
            throw new IllegalStateException(otherwise);
        }
    }
}
