package org.hexmall.application.port.in.refund;

import java.util.List;
import org.hexmall.domain.checkout.OrderId;
import org.hexmall.domain.support.AgentId;

/** Shows an agent what refunding these items of a paid order gives back and undoes, before confirming. */
public interface PreviewRefund {

    /**
     * The preview, or {@link RefundCaseOutcome.Refused} / {@link RefundCaseOutcome.NotAllowed} as a
     * {@link PreviewOutcome}.
     */
    PreviewOutcome preview(AgentId agent, OrderId order, List<Integer> quantities);

    /** The preview, or why there is none. */
    sealed interface PreviewOutcome {
    }

    record Previewed(RefundPreview preview) implements PreviewOutcome {
    }

    record NoPreview(RefundCaseOutcome why) implements PreviewOutcome {
    }
}
