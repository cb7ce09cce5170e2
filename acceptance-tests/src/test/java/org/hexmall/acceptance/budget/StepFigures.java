package org.hexmall.acceptance.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.RoundTrips;
import org.hexmall.adapter.out.persistence.jdbi.RoundTripCounter.Snapshot;

/**
 * One step's round trips in the steady state, over several checkouts: the median checkout's by hexmall's total.
 * A median, because the store's scheduled chores (reconciliation looks at due payments every few seconds) may now and
 * then run during a step and add their round trips to it; they are not the step's.
 *
 * @param step               what the customer, or the wallet, did
 * @param hexmall            hexmall's round trips for it
 * @param simulatedProviders the simulated wallet's, for the record (a real provider's run on its own servers)
 * @param budget             the most hexmall may make for it
 */
record StepFigures(String step, RoundTrips hexmall, RoundTrips simulatedProviders, int budget) {

    /** The steady-state figures of each step, then of the whole checkout. */
    static List<StepFigures> of(List<Map<CheckoutStep, Snapshot>> checkouts) {
        List<StepFigures> figures = new ArrayList<>();
        for (CheckoutStep step : CheckoutStep.values()) {
            figures.add(medianOf(step.label(), step.budget(), checkouts.stream().map(each -> each.get(step)).toList()));
        }
        List<Snapshot> wholeCheckouts = checkouts.stream().map(each -> each.values().stream()
                .reduce(Snapshot::plus).orElseThrow()).toList();
        figures.add(medianOf("whole checkout", CheckoutStep.WHOLE_CHECKOUT_BUDGET, wholeCheckouts));
        return figures;
    }

    /** How far over its budget this step went, if it did. */
    Optional<String> overrun() {
        long over = hexmall.total() - budget;
        return over > 0 ? Optional.of(step + " made " + hexmall.total() + " round trips, " + over + " over its budget of "
                + budget) : Optional.empty();
    }

    /** The figures as a table, one step a line. */
    static String table(List<StepFigures> figures) {
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-30s %10s %8s %8s %9s %10s %6s %7s   %s%n",
                "step", "statements", "batches", "commits", "rollbacks", "savepoints", "total", "budget",
                "simulated providers (total)"));
        for (StepFigures step : figures) {
            RoundTrips counted = step.hexmall();
            table.append(String.format(Locale.ROOT, "%-30s %10d %8d %8d %9d %10d %6d %7d   %d%n", step.step(),
                    counted.statements(), counted.batches(), counted.commits(), counted.rollbacks(),
                    counted.savepoints(), counted.total(), step.budget(), step.simulatedProviders().total()));
        }
        return table.toString();
    }

    private static StepFigures medianOf(String step, int budget, List<Snapshot> measured) {
        return new StepFigures(step, median(measured, Snapshot::hexmall), median(measured, Snapshot::simulatedProviders),
                budget);
    }

    private static RoundTrips median(List<Snapshot> measured, Function<Snapshot, RoundTrips> party) {
        List<RoundTrips> sorted = measured.stream().map(party)
                .sorted(Comparator.comparingLong(RoundTrips::total)).toList();
        return sorted.get(sorted.size() / 2);
    }
}
