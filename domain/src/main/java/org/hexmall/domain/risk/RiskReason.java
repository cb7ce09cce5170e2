package org.hexmall.domain.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Why a rule fired, as a message key and its arguments, so that every reader sees it in their own language.
 *
 * @param messageKey names the sentence, such as {@code risk.reason.AMOUNT_ABOVE_USUAL}
 * @param arguments  the figures the sentence quotes, already written out (amounts, counts, minutes, regions)
 */
public record RiskReason(String messageKey, List<String> arguments) {

    public RiskReason {
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static RiskReason of(RiskRule rule, Object... arguments) {
        return new RiskReason("risk.reason." + rule.name(),
                Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
