package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hexmall.adapter.in.web.common.DisplayTime;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.adapter.in.web.common.WebSessions;
import org.hexmall.application.port.in.FieldError;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.AgentProfile;
import org.hexmall.application.port.in.support.AgentStatusCommand;
import org.hexmall.application.port.in.support.ChangeOwnPassword;
import org.hexmall.application.port.in.support.ChangeOwnPasswordCommand;
import org.hexmall.application.port.in.support.CreateAgentCommand;
import org.hexmall.application.port.in.support.ManageAgents;
import org.hexmall.application.port.in.support.ResetAgentPasswordCommand;
import org.hexmall.domain.support.AgentId;
import org.hexmall.domain.support.AgentRole;

/**
 * {@code /admin/agents}: supervisors list the console's agents, create one, and on an agent's page reset their
 * password or disable and re-enable them. {@code /admin/password}: every agent changes their own password there, and
 * one whose password a supervisor chose is sent there before anything else. Passwords typed are never shown again.
 */
public final class AgentManagementController {

    static final String AGENTS = "/admin/agents";
    static final String OWN_PASSWORD = "/admin/password";
    /** What the pages confirm after a change went through, named in the query: {@code ?done=created}. */
    private static final Set<String> DONE = Set.of("created", "reset", "disabled", "enabled");

    private final ManageAgents manageAgents;
    private final ChangeOwnPassword changeOwnPassword;
    private final PageRenderer pages;
    private final DisplayTime displayTime;

    public AgentManagementController(ManageAgents manageAgents, ChangeOwnPassword changeOwnPassword,
                                     PageRenderer pages, DisplayTime displayTime) {
        this.manageAgents = manageAgents;
        this.changeOwnPassword = changeOwnPassword;
        this.pages = pages;
        this.displayTime = displayTime;
    }

    /** The paths an agent who must change their password may still open: that form, logging out, the language. */
    static boolean opensBeforePasswordChange(String path) {
        return path.equals(OWN_PASSWORD) || path.equals("/admin/logout") || path.equals("/admin/login")
                || path.startsWith("/admin/language/");
    }

    public void register(RoutesConfig routes) {
        routes.get(AGENTS, ctx -> list(ctx, 200, Map.of(), NewAgentForm.BLANK));
        routes.post(AGENTS, this::create);
        routes.get(AGENTS + "/{id}", ctx -> agentPage(ctx, 200, null, Map.of()));
        routes.post(AGENTS + "/{id}/password", this::resetPassword);
        routes.post(AGENTS + "/{id}/disable", ctx -> changeStatus(ctx, true));
        routes.post(AGENTS + "/{id}/enable", ctx -> changeStatus(ctx, false));
        routes.get(OWN_PASSWORD, ctx -> ownPasswordForm(ctx, 200, Map.of(), null));
        routes.post(OWN_PASSWORD, this::changeOwnPassword);
    }

    /** What the new-agent form keeps after a mistake: never the password. */
    public record NewAgentForm(String username, String displayName, String role) {
        static final NewAgentForm BLANK = new NewAgentForm("", "", AgentRole.AGENT.name());
    }

    private void list(Context ctx, int status, Map<String, String> errors, NewAgentForm form) {
        List<AgentProfile> agents = manageAgents.list(AgentAccess.agentOf(ctx));
        Map<String, Object> model = new HashMap<>();
        model.put("agents", agents);
        model.put("errors", errors);
        model.put("form", form);
        model.put("roles", AgentRole.values());
        model.put("done", done(ctx));
        pages.render(ctx, status, "admin/agents", model);
    }

    private void create(Context ctx) {
        var form = new NewAgentForm(text(ctx.formParam("username")), text(ctx.formParam("displayName")),
                text(ctx.formParam("role")));
        CreateAgentCommand command;
        try {
            command = CreateAgentCommand.fromForm(AgentAccess.agentOf(ctx), ctx.formParam("username"),
                    ctx.formParam("displayName"), ctx.formParam("role"), ctx.formParam("password"),
                    ctx.formParam("passwordRepeated"));
        } catch (InvalidCommandException invalid) {
            list(ctx, 422, localized(ctx, invalid.errors()), form);
            return;
        }
        switch (manageAgents.create(command)) {
            case ManageAgents.Done done -> ctx.redirect(AGENTS + "/" + done.agent() + "?done=created");
            case ManageAgents.UsernameTaken taken -> list(ctx, 409,
                    localized(ctx, List.of(new FieldError("username", "agent.new.username.taken"))), form);
            default -> ctx.status(404);
        }
    }

    private void agentPage(Context ctx, int status, String failedForm, Map<String, String> errors) {
        Optional<AgentId> id = agentId(ctx);
        List<AgentProfile> agents = manageAgents.list(AgentAccess.agentOf(ctx));
        Optional<AgentProfile> agent = id.flatMap(wanted -> agents.stream()
                .filter(candidate -> candidate.id().equals(wanted)).findFirst());
        if (agent.isEmpty()) {
            ctx.status(404);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("agent", agent.get());
        model.put("self", agent.get().id().equals(AgentAccess.agentOf(ctx)));
        model.put("failedForm", failedForm == null ? "" : failedForm);
        // A form shown again keeps the reason typed; never the passwords.
        model.put("typedReason", failedForm == null ? "" : text(ctx.formParam("reason")));
        model.put("errors", errors);
        model.put("done", done(ctx));
        pages.render(ctx, status, "admin/agent", model);
    }

    private void resetPassword(Context ctx) {
        Optional<AgentId> id = agentId(ctx);
        if (id.isEmpty()) {
            ctx.status(404);
            return;
        }
        ResetAgentPasswordCommand command;
        try {
            command = ResetAgentPasswordCommand.fromForm(AgentAccess.agentOf(ctx), id.get(),
                    ctx.formParam("password"), ctx.formParam("passwordRepeated"), ctx.formParam("reason"));
        } catch (InvalidCommandException invalid) {
            agentPage(ctx, 422, "password", localized(ctx, invalid.errors()));
            return;
        }
        outcome(ctx, manageAgents.resetPassword(command), "password", "reset");
    }

    private void changeStatus(Context ctx, boolean disable) {
        Optional<AgentId> id = agentId(ctx);
        if (id.isEmpty()) {
            ctx.status(404);
            return;
        }
        AgentStatusCommand command;
        try {
            command = AgentStatusCommand.fromForm(AgentAccess.agentOf(ctx), id.get(), ctx.formParam("reason"));
        } catch (InvalidCommandException invalid) {
            agentPage(ctx, 422, "status", localized(ctx, invalid.errors()));
            return;
        }
        outcome(ctx, disable ? manageAgents.disable(command) : manageAgents.enable(command), "status",
                disable ? "disabled" : "enabled");
    }

    private void outcome(Context ctx, ManageAgents.Outcome outcome, String form, String done) {
        switch (outcome) {
            case ManageAgents.Done changed -> ctx.redirect(AGENTS + "/" + changed.agent() + "?done=" + done);
            case ManageAgents.NotFound notFound -> ctx.status(404);
            case ManageAgents.NotYourself yourself -> agentPage(ctx, 409, form,
                    localized(ctx, List.of(new FieldError("reason", "agent.disable.yourself"))));
            case ManageAgents.Unchanged unchanged -> agentPage(ctx, 409, form,
                    localized(ctx, List.of(new FieldError("reason", "agent.status.unchanged"))));
            case ManageAgents.UsernameTaken taken -> ctx.status(409);
        }
    }

    private void ownPasswordForm(Context ctx, int status, Map<String, String> errors, String problem) {
        AgentProfile agent = ctx.attribute(ConsoleRoutes.SIGNED_IN_AGENT);
        Map<String, Object> model = new HashMap<>();
        model.put("errors", errors);
        model.put("problem", problem);
        model.put("mustChange", agent != null && agent.mustChangePassword());
        model.put("changed", ctx.queryParam("changed") != null);
        pages.render(ctx, status, "admin/password", model);
    }

    private void changeOwnPassword(Context ctx) {
        ChangeOwnPasswordCommand command;
        try {
            command = ChangeOwnPasswordCommand.fromForm(AgentAccess.agentOf(ctx),
                    Optional.of(WebSessions.current(ctx).id()), ctx.formParam("currentPassword"),
                    ctx.formParam("password"), ctx.formParam("passwordRepeated"));
        } catch (InvalidCommandException invalid) {
            ownPasswordForm(ctx, 422, localized(ctx, invalid.errors()), null);
            return;
        }
        switch (changeOwnPassword.change(command)) {
            case ChangeOwnPassword.Changed changed -> ctx.redirect(OWN_PASSWORD + "?changed");
            case ChangeOwnPassword.WrongCurrentPassword wrong -> ownPasswordForm(ctx, 422,
                    localized(ctx, List.of(new FieldError("currentPassword", "agent.password.wrong-current"))), null);
            case ChangeOwnPassword.Locked locked -> ownPasswordForm(ctx, 429, Map.of(),
                    pages.message(ctx, "console.password.locked", displayTime.until(locked.retryAfter())));
        }
    }

    private Optional<AgentId> agentId(Context ctx) {
        try {
            return Optional.of(new AgentId(UUID.fromString(ctx.pathParam("id"))));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static String done(Context ctx) {
        String done = ctx.queryParam("done");
        return done != null && DONE.contains(done) ? done : "";
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }

    private Map<String, String> localized(Context ctx, List<FieldError> errors) {
        return FormErrors.localize(errors, pages.messages(), pages.locale(ctx));
    }
}
