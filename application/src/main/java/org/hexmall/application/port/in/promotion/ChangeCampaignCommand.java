package org.hexmall.application.port.in.promotion;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import org.hexmall.application.port.in.FieldValidation;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.shared.DomainException;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AuditEntry;

/** A supervisor changes one setting of a running or scheduled campaign, saying why. */
public record ChangeCampaignCommand(AgentId agentId, CampaignId campaignId, Change change, String reason) {

    public ChangeCampaignCommand {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(change, "change");
        reason = AuditEntry.requireReason(reason);
    }

    /** What a supervisor may change of a campaign once it exists. */
    public sealed interface Change {
    }

    /** Moves the campaign's window. */
    public record NewWindow(CampaignWindow window) implements Change {

        public NewWindow {
            Objects.requireNonNull(window, "window");
        }
    }

    /** Sets a new budget; never below what payments already used. */
    public record NewBudget(Money budget) implements Change {

        public NewBudget {
            Objects.requireNonNull(budget, "budget");
        }
    }

    /** Sets how many times one customer may have the campaign. */
    public record NewUsesPerCustomer(int uses) implements Change {
    }

    /**
     * Reads the change-window form, times in the store's {@code zone}; throws
     * {@link org.hexmall.application.port.in.InvalidCommandException} naming {@code startsAt}, {@code endsAt} or
     * {@code reason}.
     */
    public static ChangeCampaignCommand windowFromForm(AgentId agentId, CampaignId campaignId, String startsAt,
                                                       String endsAt, String reason, ZoneId zone) {
        var validation = new FieldValidation();
        Instant start = validation.field("startsAt", () -> CreateCampaignCommand.localTime(startsAt, zone));
        Instant end = validation.field("endsAt", () -> CreateCampaignCommand.localTime(endsAt, zone));
        CampaignWindow window = start == null || end == null ? null
                : validation.field("endsAt", () -> new CampaignWindow(start, end));
        String checked = validation.field("reason", () -> AuditEntry.requireReason(reason));
        validation.throwIfInvalid();
        return new ChangeCampaignCommand(agentId, campaignId, new NewWindow(window), checked);
    }

    /** Reads the change-budget form; the field errors name {@code budget} or {@code reason}. */
    public static ChangeCampaignCommand budgetFromForm(AgentId agentId, CampaignId campaignId, String budget,
                                                       String reason) {
        var validation = new FieldValidation();
        Money amount = validation.field("budget", () -> {
            Money typed = CreateCampaignCommand.amount(budget);
            if (typed.isZero()) {
                throw new DomainException("promotion.budget-zero");
            }
            return typed;
        });
        String checked = validation.field("reason", () -> AuditEntry.requireReason(reason));
        validation.throwIfInvalid();
        return new ChangeCampaignCommand(agentId, campaignId, new NewBudget(amount), checked);
    }

    /** Reads the change-uses form; the field errors name {@code usesPerCustomer} or {@code reason}. */
    public static ChangeCampaignCommand usesFromForm(AgentId agentId, CampaignId campaignId, String uses,
                                                     String reason) {
        var validation = new FieldValidation();
        Integer number = validation.field("usesPerCustomer", () -> {
            int typed = CreateCampaignCommand.wholeNumber(uses);
            if (typed < 1 || typed > Campaign.MAX_USES_PER_CUSTOMER) {
                throw new DomainException("promotion.uses-range", 1, Campaign.MAX_USES_PER_CUSTOMER);
            }
            return typed;
        });
        String checked = validation.field("reason", () -> AuditEntry.requireReason(reason));
        validation.throwIfInvalid();
        return new ChangeCampaignCommand(agentId, campaignId, new NewUsesPerCustomer(number), checked);
    }
}
