package org.hexmall.application.port.in.risk;

import java.util.Optional;
import org.hexmall.domain.risk.RiskAlertId;

/** One alert as the agent opens it from the queue. */
public interface ViewRiskAlert {

    Optional<RiskAlertDetails> view(RiskAlertId id);
}
