package org.hexmall.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.Snapshot;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter;
import org.hexmall.benchmark.Shoppers.Shopper;
import org.hexmall.simulator.wallet.WalletSimulator;
import org.hexmall.simulator.wallet.payment.PayAttempt;

/**
 * Where a checkout's round trips to the database go, step by step. While clients run at once, a round trip cannot be
 * told apart by step, so one client checks out alone, before the throughput is measured, one step at a time; the
 * counter's difference around a step is that step's share. A few checkouts warm up first, and each step's figures are
 * those of the median checkout, by hexmall's total, so that a scheduled chore running meanwhile does not count.
 * <p>
 * The customer pays on the wallet's pay page once the store has answered the payment request. With the automatic
 * confirmation, which is not yet on, the wallet's notification would race the store's recording of the provider's
 * answer, and its round trips would fall now into one step and now into another. hexmall's round trips are the same
 * either way.
 */
final class StepProfile {

    static final List<String> STEP_NAMES = List.of("PUT cart item", "POST order", "POST payment",
            "wallet notification applied", "GET payment (succeeded)");

    /**
     * @param steps         per step, in the order of {@link #STEP_NAMES}, the median checkout's round trips
     * @param wholeCheckout the median checkout's round trips, all steps together
     */
    record Result(List<Snapshot> steps, Snapshot wholeCheckout, int warmupCheckouts, int profiledCheckouts) {
    }

    private final Checkout checkout;
    private final WalletSimulator wallets;
    private final RoundTripCounter roundTrips;
    private final ClosedLoop.Steps requests = new ClosedLoop.Steps(0);

    StepProfile(Checkout checkout, WalletSimulator wallets, RoundTripCounter roundTrips) {
        this.checkout = checkout;
        this.wallets = wallets;
        this.roundTrips = roundTrips;
    }

    Result run(Shopper shopper, String product, int warmupCheckouts, int profiledCheckouts) throws Exception {
        for (int warmup = 0; warmup < warmupCheckouts; warmup++) {
            checkOut(shopper, product);
        }
        List<List<Snapshot>> profiled = new ArrayList<>();
        for (int n = 0; n < profiledCheckouts; n++) {
            profiled.add(checkOut(shopper, product));
        }
        List<Snapshot> steps = new ArrayList<>();
        for (int step = 0; step < STEP_NAMES.size(); step++) {
            int index = step;
            steps.add(median(profiled.stream().map(each -> each.get(index)).toList()));
        }
        Snapshot whole = median(profiled.stream()
                .map(each -> each.stream().reduce(Snapshot::plus).orElseThrow()).toList());
        return new Result(steps, whole, warmupCheckouts, profiledCheckouts);
    }

    /** One checkout, each step measured apart; answers each step's round trips. */
    private List<Snapshot> checkOut(Shopper shopper, String product) throws Exception {
        String bearer = "Bearer " + shopper.token();
        List<Snapshot> steps = new ArrayList<>();
        measure(steps, () -> {
            checkout.putInCart(requests, bearer, product);
            return null;
        });
        JsonNode order = measure(steps, () -> checkout.settle(requests, bearer));
        JsonNode payment = measure(steps, () -> checkout.pay(requests, bearer, "/api/v1/orders/"
                + order.get("id").asText()));
        if (!payment.hasNonNull("redirectUrl")) {
            throw new IllegalStateException("POST payment did not send the customer to the wallet: " + payment);
        }
        measure(steps, () -> payOnPayPage(URI.create(payment.get("redirectUrl").asText())));
        String status = measure(steps, () -> checkout.paymentStatus(requests, bearer, "/api/v1/payments/"
                + payment.get("paymentId").asText()));
        if (!status.equals("SUCCEEDED")) {
            throw new IllegalStateException("the payment was " + status + " once the wallet had told hexmall");
        }
        return steps;
    }

    /**
     * What the customer does on the SIMULATED pay page. The provider makes its first attempt to notify the store
     * before it answers, so once this returns the store has applied the result.
     */
    private Void payOnPayPage(URI payPage) {
        String path = payPage.getPath();
        PayAttempt attempt = wallets.payments().pay(Shoppers.PROVIDER, path.substring(path.lastIndexOf('/') + 1),
                Shoppers.PAYMENT_PASSWORD);
        if (!(attempt instanceof PayAttempt.Paid)) {
            throw new IllegalStateException("the simulated wallet did not pay at " + payPage + ": " + attempt);
        }
        return null;
    }

    private <T> T measure(List<Snapshot> steps, Step<T> step) throws Exception {
        Snapshot before = roundTrips.snapshot();
        T answer = step.run();
        steps.add(roundTrips.snapshot().minus(before));
        return answer;
    }

    private static Snapshot median(List<Snapshot> measured) {
        List<Snapshot> sorted = measured.stream()
                .sorted(Comparator.comparingLong(snapshot -> snapshot.hexmall().total())).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** One step of a checkout; it may throw, as a request may fail. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws Exception;
    }
}
