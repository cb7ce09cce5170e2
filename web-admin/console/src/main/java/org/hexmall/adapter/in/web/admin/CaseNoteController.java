package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.AddCaseNote;
import org.hexmall.application.port.in.support.AddCaseNoteCommand;
import org.hexmall.domain.account.CustomerId;

/** The agent adds a note to a customer's case file, from the notes section of the customer's page. */
public final class CaseNoteController {

    /** The form whose errors the customer's page shows beside its own fields. */
    static final String CASE_NOTE_FORM = "case-note";

    private final AddCaseNote addCaseNote;
    private final CustomerPage customerPage;

    public CaseNoteController(AddCaseNote addCaseNote, CustomerPage customerPage) {
        this.addCaseNote = addCaseNote;
        this.customerPage = customerPage;
    }

    public void register(RoutesConfig routes) {
        routes.post("/admin/customers/{id}/notes", this::add);
    }

    private void add(Context ctx) {
        Optional<CustomerId> customerId = CustomerId.parse(ctx.pathParam("id"));
        if (customerId.isEmpty()) {
            ctx.status(404);
            return;
        }
        AddCaseNoteCommand command;
        try {
            command = AddCaseNoteCommand.fromForm(AgentAccess.agentOf(ctx), customerId.get(),
                    ctx.formParam("channel"), ctx.formParam("summary"));
        } catch (InvalidCommandException invalid) {
            customerPage.refuse(ctx, customerId.get(), invalid, CASE_NOTE_FORM,
                    Map.of("channel", valueOf(ctx, "channel"), "summary", valueOf(ctx, "summary")), "case-notes");
            return;
        }
        switch (addCaseNote.add(command)) {
            case ADDED -> ctx.redirect("/admin/customers/" + customerId.get() + "?note-added#notes");
            case NOT_ALLOWED -> ctx.redirect("/admin/customers/" + customerId.get() + "?note-not-allowed#notes");
            case NO_SUCH_CUSTOMER -> ctx.status(404);
        }
    }

    private static String valueOf(Context ctx, String field) {
        return ctx.formParam(field) == null ? "" : ctx.formParam(field);
    }
}
