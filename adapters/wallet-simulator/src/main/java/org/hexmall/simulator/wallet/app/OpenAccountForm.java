package org.hexmall.simulator.wallet.app;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.wallet.WalletAccountIdentifier;
import org.hexmall.domain.wallet.WalletProvider;
import org.hexmall.simulator.wallet.api.ProviderSlugs;

/**
 * The demo control page's "Open a simulated account" form, read field by field, so that a person trying the demo
 * sees every mistake at once. Problems are codes whose texts are {@code error.<code>} in the mock-wallet bundle:
 * the account's come from {@link WalletAccountIdentifier#parse}, the others from here.
 *
 * @param balanceFen what the account holds to start with, in fen (分)
 */
record OpenAccountForm(WalletProvider provider, WalletAccountIdentifier account, String holderName, long balanceFen,
                       String paymentPassword) {

    /** As long as the simulator's table keeps. */
    static final int MAX_HOLDER_NAME = 80;

    /** Yuan as people type them: whole, or with one or two decimals. No signs but minus, no exponents, no commas. */
    private static final Pattern YUAN = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** Six ASCII digits, as the wallet apps' number pads enter them. */
    private static final Pattern PAYMENT_PASSWORD = Pattern.compile("[0-9]{6}");

    /** What is wrong with one field: the code of its text, and the values the text quotes. */
    record Problem(String field, String code, List<Object> arguments) {
    }

    /** The form as typed does not open an account; every field that needs fixing is named. */
    static final class Invalid extends RuntimeException {

        private final transient List<Problem> problems;

        Invalid(List<Problem> problems) {
            super("the form has mistakes in " + problems.stream().map(Problem::field).toList());
            this.problems = List.copyOf(problems);
        }

        List<Problem> problems() {
            return problems;
        }
    }

    /** Reads the typed fields; throws {@link Invalid} naming every field that needs fixing. */
    static OpenAccountForm read(String providerSlug, String typedAccount, String typedHolderName, String typedBalance,
                                String typedPaymentPassword) {
        List<Problem> problems = new ArrayList<>();
        WalletProvider provider = ProviderSlugs.fromSlug(providerSlug).orElse(null);
        if (provider == null) {
            problems.add(new Problem("provider", "wallet.provider.unknown", List.of()));
        }
        WalletAccountIdentifier account = provider == null ? null
                : field(problems, "account", () -> WalletAccountIdentifier.parse(provider, typedAccount));
        String holderName = field(problems, "holder", () -> holderName(typedHolderName));
        Long balanceFen = field(problems, "balance", () -> fenOf(typedBalance));
        String paymentPassword = field(problems, "paymentPassword", () -> paymentPassword(typedPaymentPassword));
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new OpenAccountForm(provider, account, holderName, balanceFen, paymentPassword);
    }

    /** The field's value, or {@code null} after noting why it is wrong. */
    private static <T> T field(List<Problem> problems, String name, Supplier<T> read) {
        try {
            return read.get();
        } catch (DomainException wrong) {
            problems.add(new Problem(name, wrong.code(), wrong.arguments()));
            return null;
        }
    }

    /**
     * Yuan as typed, {@code 8888} or {@code 8888.50}, in fen: exact decimal arithmetic, never a double, so that
     * what was typed is what the account holds to the last fen.
     */
    static long fenOf(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new DomainException("mock-wallet.balance.required");
        }
        if (!YUAN.matcher(text).matches()) {
            throw new DomainException("mock-wallet.balance.format");
        }
        BigDecimal yuan = new BigDecimal(text);
        if (yuan.signum() < 0) {
            throw new DomainException("mock-wallet.balance.negative");
        }
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new DomainException("mock-wallet.balance.smaller-than-fen");
        }
        try {
            return yuan.movePointRight(2).longValueExact();
        } catch (ArithmeticException tooLarge) {
            throw new DomainException("mock-wallet.balance.too-large");
        }
    }

    private static String holderName(String typed) {
        String name = typed == null ? "" : typed.strip();
        if (name.isEmpty()) {
            throw new DomainException("mock-wallet.holder.required");
        }
        if (name.length() > MAX_HOLDER_NAME) {
            throw new DomainException("mock-wallet.holder.too-long", MAX_HOLDER_NAME);
        }
        return name;
    }

    private static String paymentPassword(String typed) {
        if (typed == null || !PAYMENT_PASSWORD.matcher(typed).matches()) {
            throw new DomainException("mock-wallet.payment-password.format");
        }
        return typed;
    }
}
