package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hexmall.adapter.in.web.common.DisplayTime;
import org.hexmall.adapter.in.web.common.FormErrors;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.InvalidCommandException;
import org.hexmall.application.port.in.support.AuditLogQuery;
import org.hexmall.application.port.in.support.ManageAgents;
import org.hexmall.application.port.in.support.SearchAuditLog;
import org.hexmall.domain.support.AgentAction;

/**
 * {@code /admin/audit}: supervisors read every agent's actions, filtered by agent, customer, action and days, a page at
 * a time; {@code /admin/audit.csv} downloads what the filter selects, for Excel.
 */
public final class AuditLogController {

    static final String AUDIT = "/admin/audit";

    private final SearchAuditLog searchAuditLog;
    private final ManageAgents manageAgents;
    private final PageRenderer pages;
    private final AuditSubjects auditSubjects;
    private final DisplayTime displayTime;

    public AuditLogController(SearchAuditLog searchAuditLog, ManageAgents manageAgents, PageRenderer pages,
                              DisplayTime displayTime) {
        this.searchAuditLog = searchAuditLog;
        this.manageAgents = manageAgents;
        this.pages = pages;
        this.auditSubjects = new AuditSubjects(pages.messages());
        this.displayTime = displayTime;
    }

    public void register(RoutesConfig routes) {
        routes.get(AUDIT, this::page);
        routes.get(AUDIT + ".csv", this::export);
    }

    /** The filter as typed, to fill the form again and to carry into the paging and download links. */
    public record Filter(String agent, String customer, String action, String from, String to) {
    }

    private Filter typed(Context ctx) {
        return new Filter(text(ctx.queryParam("agent")), text(ctx.queryParam("customer")),
                text(ctx.queryParam("action")), text(ctx.queryParam("from")), text(ctx.queryParam("to")));
    }

    private void page(Context ctx) {
        Filter filter = typed(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("filter", filter);
        model.put("auditSubjects", auditSubjects);
        model.put("actions", AgentAction.values());
        model.put("agents", manageAgents.list(AgentAccess.agentOf(ctx)));
        try {
            AuditLogQuery query = query(filter);
            model.put("log", searchAuditLog.search(AgentAccess.agentOf(ctx), query, pageNumber(ctx)));
            model.put("errors", Map.of());
            pages.render(ctx, 200, "admin/audit", model);
        } catch (InvalidCommandException invalid) {
            model.put("log", null);
            model.put("errors", FormErrors.localize(invalid.errors(), pages.messages(), pages.locale(ctx)));
            pages.render(ctx, 422, "admin/audit", model);
        }
    }

    private void export(Context ctx) {
        AuditLogQuery query;
        try {
            query = query(typed(ctx));
        } catch (InvalidCommandException invalid) {
            // The page shows the same filter with what to fix beside each field.
            page(ctx);
            return;
        }
        Locale locale = pages.locale(ctx);
        var csv = new CsvDownload(ctx, List.of(pages.message(ctx, "console.audit-log.time"),
                pages.message(ctx, "console.audit-log.agent"), pages.message(ctx, "console.audit-log.action"),
                pages.message(ctx, "console.audit-log.target"), pages.message(ctx, "console.audit-log.target-id"),
                pages.message(ctx, "console.audit-log.subject"), pages.message(ctx, "console.audit-log.reason")));
        searchAuditLog.export(AgentAccess.agentOf(ctx), query, entry -> csv.row(List.of(
                displayTime.format(entry.at()), entry.agentUsername(),
                pages.messages().get(locale, "console.audit-action." + entry.action().name()),
                pages.messages().get(locale, "console.audit-target." + entry.target().name()),
                entry.targetId(), entry.subject(), entry.reason())));
        csv.finish();
    }

    /**
     * The file, written to the response as the entries come, so that a log of any length downloads in the same
     * memory. Nothing is sent before the first line: a reader who may not export gets the error page, not a file.
     */
    private static final class CsvDownload {

        private final Context ctx;
        private final List<String> heading;
        private Writer out;

        CsvDownload(Context ctx, List<String> heading) {
            this.ctx = ctx;
            this.heading = heading;
        }

        void row(List<String> cells) {
            try {
                open();
                write(cells);
            } catch (IOException failed) {
                throw new UncheckedIOException("the audit log download was cut off", failed);
            }
        }

        /** Sends what is left: the heading alone when no entry matched. */
        void finish() {
            try {
                open();
                out.flush();
            } catch (IOException failed) {
                throw new UncheckedIOException("the audit log download was cut off", failed);
            }
        }

        private void open() throws IOException {
            if (out != null) {
                return;
            }
            ctx.header("Content-Disposition", "attachment; filename=\"hexmall-audit-log.csv\"");
            ctx.contentType("text/csv; charset=UTF-8");
            out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
            out.write("\uFEFF");
            write(heading);
        }

        /** One line of the file: every cell quoted, so commas, quotes and line breaks stay in their cell. */
        private void write(List<String> cells) throws IOException {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write('"');
                out.write(CsvCells.neutralized(cells.get(i)).replace("\"", "\"\""));
                out.write('"');
            }
            out.write("\r\n");
        }
    }

    private static AuditLogQuery query(Filter filter) {
        return AuditLogQuery.fromForm(filter.agent(), filter.customer(), filter.action(), filter.from(),
                filter.to());
    }

    private static int pageNumber(Context ctx) {
        String typed = ctx.queryParam("page");
        if (typed == null || !typed.matches("\\d{1,6}")) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(typed));
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }
}
