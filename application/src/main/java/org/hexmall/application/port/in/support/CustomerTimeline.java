package org.hexmall.application.port.in.support;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.wallet.AgreementCancellation;
import org.hexmall.domain.wallet.BindingStatus;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * One page of everything that happened to a customer, newest first, of the kinds the agent chose: logins, binding
 * steps, orders, payment steps and notifications, refunds, agents' actions, security events, case notes and the risk
 * alerts raised on the customer, with how they ended.
 *
 * @param kinds    the kinds shown
 * @param page     this page's number, from 1
 * @param total    how many entries of those kinds there are in all
 */
public record CustomerTimeline(List<Entry> entries, Set<Kind> kinds, int page, int pageCount, long total) {

    public static final int PAGE_SIZE = 25;
    /** What {@link #bindingStep} puts before where a cancellation stands. */
    public static final String CANCELLATION = "CANCELLATION_";

    public CustomerTimeline {
        entries = List.copyOf(entries);
        kinds = kinds.isEmpty() ? EnumSet.noneOf(Kind.class) : EnumSet.copyOf(kinds);
    }

    /** What an entry is about, for filtering. */
    public enum Kind {
        LOGIN,
        BINDING,
        ORDER,
        PAYMENT,
        REFUND,
        AGENT_ACTION,
        SECURITY,
        NOTE,
        RISK_ALERT
    }

    /**
     * One thing that happened.
     *
     * @param what   the name of what happened within its kind: a login outcome, a binding status (or a step of its
     *               agreement's cancellation, see {@link #bindingStep}), an order status, a payment status or note, an
     *               agent action, a security event kind, a note's channel, how a risk alert ended
     * @param wallet the wallet it happened at, if any
     * @param detail what the page shows beside it (a masked account, an order number, an amount, a reason, a note)
     * @param amount the money it moved, for a refund
     * @param by     the agent who acted, wrote or closed the alert, when an agent did
     */
    public record Entry(Instant at, Kind kind, String what, Optional<WalletProvider> wallet, String detail,
                        Optional<Money> amount, String by) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(wallet, "wallet");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(by, "by");
        }
    }

    /**
     * The name of a binding's step: its status, or for a step of its agreement's cancellation at the provider
     * {@code CANCELLATION_} and where that stands ({@code CANCELLATION_CANCELLED}), as a force-unbind's second step
     * is not a second unbinding.
     */
    public static String bindingStep(BindingStatus status, Optional<AgreementCancellation> cancellation) {
        return cancellation.map(step -> CANCELLATION + step.name()).orElse(status.name());
    }

    /** Which kinds and page an agent asked for: unknown kinds are ignored, none means all, a bad page is the first. */
    public record Query(Set<Kind> kinds, int page) {

        public static final Query FIRST_PAGE_OF_ALL = new Query(EnumSet.allOf(Kind.class), 1);

        public Query {
            kinds = kinds.isEmpty() ? EnumSet.allOf(Kind.class) : EnumSet.copyOf(kinds);
            page = Math.max(1, page);
        }

        /** How many entries come before this page's first, newest first. */
        public int skipped() {
            return (page - 1) * PAGE_SIZE;
        }

        public static Query of(List<String> kinds, String page) {
            Set<Kind> chosen = EnumSet.noneOf(Kind.class);
            for (String typed : kinds) {
                for (Kind kind : Kind.values()) {
                    if (kind.name().equals(typed)) {
                        chosen.add(kind);
                    }
                }
            }
            int number = 1;
            if (page != null && page.matches("\\d{1,4}")) {
                number = Integer.parseInt(page);
            }
            return new Query(chosen, number);
        }
    }
}
