package org.hexmall.adapter.in.web.admin;

import java.time.LocalDateTime;
import java.util.Locale;
import org.hexmall.adapter.in.web.common.DisplayMoney;
import org.hexmall.adapter.in.web.common.Messages;
import org.hexmall.application.port.in.promotion.CampaignChangeSubject;
import org.hexmall.domain.support.AgentAction;

/**
 * Says what an audit entry is about in the reader's language, where its subject is kept in words that need
 * translating: a created campaign's kind ("FESTIVAL") and a campaign's change ("budget ¥40.00 -> ¥30.00", read by
 * {@link CampaignChangeSubject}), entries written long ago included. Any other subject is shown as kept. Templates
 * call it as {@code auditSubjects}.
 */
public final class AuditSubjects {

    private final Messages messages;
    private final DisplayMoney money = new DisplayMoney();

    public AuditSubjects(Messages messages) {
        this.messages = messages;
    }

    public String describe(AgentAction action, String subject, Locale locale) {
        return switch (action) {
            case CREATE_CAMPAIGN -> messages.find(locale, "console.campaign-kind." + subject).orElse(subject);
            case CHANGE_CAMPAIGN -> CampaignChangeSubject.parse(subject).map(change -> change(change, locale))
                    .orElse(subject);
            default -> subject;
        };
    }

    private String change(CampaignChangeSubject change, Locale locale) {
        return switch (change) {
            case CampaignChangeSubject.Budget budget -> messages.get(locale, "console.campaign-change.budget",
                    money.format(budget.before()), money.format(budget.after()));
            case CampaignChangeSubject.UsesPerCustomer uses -> messages.get(locale, "console.campaign-change.uses",
                    uses.before(), uses.after());
            case CampaignChangeSubject.Window window -> messages.get(locale, "console.campaign-change.window",
                    minute(window.startedAt()), minute(window.endedAt()), minute(window.startsAt()),
                    minute(window.endsAt()), window.zone().getId());
        };
    }

    private static String minute(LocalDateTime at) {
        return CampaignChangeSubject.Window.LOCAL_MINUTE.format(at);
    }
}
