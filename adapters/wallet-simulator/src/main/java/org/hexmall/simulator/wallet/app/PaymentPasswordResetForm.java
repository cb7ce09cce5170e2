package org.hexmall.simulator.wallet.app;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The wallet app's "Reset the payment password" form, read field by field so that the holder sees every mistake at
 * once: the holder's name, which proves who they are, and the new password typed twice, as wallet apps ask for a
 * password nobody can see while typing it. Problems are codes whose texts are {@code error.<code>} in the
 * mock-wallet bundle, by the name of the field to fix.
 */
record PaymentPasswordResetForm(String holderName, String newPassword) {

    /** Six ASCII digits, as the wallet apps' number pads enter them. */
    private static final Pattern PAYMENT_PASSWORD = Pattern.compile("[0-9]{6}");

    /** What is wrong with one field: its name and the code of its text. */
    record Problem(String field, String code) {
    }

    /** The form as typed resets nothing; every field that needs fixing is named. */
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
    static PaymentPasswordResetForm read(String typedHolderName, String typedPassword, String typedAgain) {
        List<Problem> problems = new ArrayList<>();
        String holderName = typedHolderName == null ? "" : typedHolderName.strip();
        if (holderName.isEmpty()) {
            problems.add(new Problem("holderName", "mock-wallet.reset.holder-required"));
        }
        boolean wellFormed = typedPassword != null && PAYMENT_PASSWORD.matcher(typedPassword).matches();
        if (!wellFormed) {
            problems.add(new Problem("newPassword", "mock-wallet.payment-password.format"));
        } else if (typedAgain == null || typedAgain.isEmpty()) {
            problems.add(new Problem("newPasswordAgain", "mock-wallet.reset.again-required"));
        } else if (!typedAgain.equals(typedPassword)) {
            problems.add(new Problem("newPasswordAgain", "mock-wallet.reset.passwords-differ"));
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new PaymentPasswordResetForm(holderName, typedPassword);
    }

    /** Never the password itself, so that it cannot reach a log by accident. */
    @Override
    public String toString() {
        return "PaymentPasswordResetForm[holder " + holderName + ", new password ******]";
    }
}
