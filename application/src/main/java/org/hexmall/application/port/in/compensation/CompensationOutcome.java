package org.hexmall.application.port.in.compensation;

import java.util.List;
import java.util.Objects;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.CompensationId;

/** What became of an agent's compensation, or of a supervisor's decision on one. */
public sealed interface CompensationOutcome {

    /** Within the agent's daily limit: the customer has it now, and it is audited. */
    record Granted(CompensationId id) implements CompensationOutcome {

        public Granted {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Above the agent's daily limit: a request is waiting for a supervisor, and the customer has nothing yet.
     *
     * @param usedToday what the agent granted today before this
     */
    record AwaitingApproval(CompensationId id, Money dailyLimit, Money usedToday) implements CompensationOutcome {

        public AwaitingApproval {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(dailyLimit, "dailyLimit");
            Objects.requireNonNull(usedToday, "usedToday");
        }
    }

    /** A supervisor approved the request: the customer has it now. */
    record Approved(CompensationId id) implements CompensationOutcome {
    }

    /** A supervisor rejected the request: the customer gets nothing. */
    record Rejected(CompensationId id) implements CompensationOutcome {
    }

    /** The agent's role may not take this action; nothing was changed. */
    record NotAllowed() implements CompensationOutcome {
    }

    /** There is no such customer or request. */
    record NotFound() implements CompensationOutcome {
    }

    /**
     * The form's one-time key came with another compensation before (another customer, or other values typed into
     * the same form): nothing was given now.
     */
    record KeyReused() implements CompensationOutcome {
    }

    /**
     * The rules refuse it, such as a campaign that is not a running wallet coupon campaign, a supervisor deciding
     * their own request, or a request someone decided already; the code and its values say why.
     */
    record Refused(String code, List<Object> arguments) implements CompensationOutcome {

        public Refused {
            Objects.requireNonNull(code, "code");
            arguments = List.copyOf(arguments);
        }
    }
}
