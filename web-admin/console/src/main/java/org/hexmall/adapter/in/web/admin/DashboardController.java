package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.support.Dashboard;
import org.hexmall.application.port.in.support.ViewDashboard;
import org.hexmall.domain.wallet.WalletProvider;

/**
 * The console's home: the customer search at the top, then the dashboard's charts, each with the table of the same
 * numbers behind it.
 */
public final class DashboardController {

    /** Each wallet's colour in the charts, close to its own brand's; the tables carry the numbers for everyone. */
    private static final Map<WalletProvider, String> WALLET_COLOURS = Map.of(
            WalletProvider.WECHAT_PAY, "#1a7f37",
            WalletProvider.ALIPAY, "#0969da",
            WalletProvider.JD_PAY, "#cf222e",
            WalletProvider.UNIONPAY_QUICKPASS, "#9a6700");
    private static final String OTHER_COLOUR = "#6e7781";
    private static final String FAILURE_COLOUR = "#cf222e";
    private static final String REFUND_COLOUR = "#8250df";
    private static final String FUNNEL_COLOUR = "#0969da";
    private static final String ALERT_COLOUR = "#bc4c00";
    private static final List<String> FUNNEL_STEPS = List.of("started", "code-confirmed", "approved", "bound");

    private final ViewDashboard viewDashboard;
    private final PageRenderer pages;

    public DashboardController(ViewDashboard viewDashboard, PageRenderer pages) {
        this.viewDashboard = viewDashboard;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get(AgentAccess.CONSOLE, this::home);
    }

    /** One provider's binding funnel and its chart. */
    public record FunnelChart(Dashboard.BindingFunnel funnel, BarListChart chart) {
    }

    private void home(Context ctx) {
        Optional<Dashboard> dashboard = viewDashboard.view(AgentAccess.agentOf(ctx));
        Map<String, Object> model = new HashMap<>();
        model.put("q", "");
        dashboard.ifPresent(figures -> {
            model.put("dashboard", figures);
            model.put("paymentsChart", paymentsChart(figures));
            model.put("successChart", successChart(figures));
            model.put("failuresChart", failuresChart(figures));
            model.put("funnelCharts", funnelCharts(figures));
            model.put("refundsChart", refundsChart(figures));
            model.put("alertsChart", alertsChart(figures));
        });
        pages.render(ctx, "admin/home", model);
    }

    private static DayBarChart paymentsChart(Dashboard figures) {
        List<DayBarChart.Series> series = figures.wallets().stream()
                .map(wallet -> new DayBarChart.Series(walletKey(wallet), colourOf(wallet),
                        figures.paymentsPerDay().stream().map(day -> day.of(wallet)).toList()))
                .toList();
        return DayBarChart.of(days(figures), series);
    }

    private static BarListChart successChart(Dashboard figures) {
        return BarListChart.of(figures.successRates().stream()
                .map(rate -> BarListChart.Entry.of(walletKey(rate.wallet()), rate.perMille().orElse(0L),
                        percent(rate), colourOf(rate.wallet())))
                .toList(), 1000);
    }

    private static BarListChart failuresChart(Dashboard figures) {
        return BarListChart.of(figures.failureReasons().stream()
                .map(reason -> BarListChart.Entry.of("console.payment-failure." + reason.reason().name(),
                        reason.count(), Long.toString(reason.count()), FAILURE_COLOUR))
                .toList());
    }

    private static List<FunnelChart> funnelCharts(Dashboard figures) {
        List<FunnelChart> charts = new ArrayList<>();
        for (Dashboard.BindingFunnel funnel : figures.bindingFunnels()) {
            List<BarListChart.Entry> steps = new ArrayList<>();
            for (int step = 0; step < FUNNEL_STEPS.size(); step++) {
                long count = funnel.steps().get(step);
                steps.add(BarListChart.Entry.of("console.dashboard.funnel." + FUNNEL_STEPS.get(step), count,
                        Long.toString(count), FUNNEL_COLOUR));
            }
            charts.add(new FunnelChart(funnel, BarListChart.of(steps, funnel.started())));
        }
        return charts;
    }

    private static DayBarChart refundsChart(Dashboard figures) {
        return DayBarChart.of(days(figures), List.of(new DayBarChart.Series("console.dashboard.refunds.count",
                REFUND_COLOUR, figures.refundsPerDay().stream().map(Dashboard.DayOfRefunds::count).toList())));
    }

    private static BarListChart alertsChart(Dashboard figures) {
        return BarListChart.of(figures.openAlerts().stream()
                .map(rule -> BarListChart.Entry.of("console.alert-rule." + rule.rule().name(), rule.count(),
                        Long.toString(rule.count()), ALERT_COLOUR))
                .toList());
    }

    /** A success rate as the chart and the table write it: "87.5%", or a dash when no payment has finished. */
    private static String percent(Dashboard.WalletSuccess rate) {
        return rate.perMille().map(perMille -> perMille / 10 + "." + perMille % 10 + "%").orElse("—");
    }

    private static List<String> days(Dashboard figures) {
        return figures.days().stream().map(Object::toString).toList();
    }

    private static String walletKey(WalletProvider wallet) {
        return "wallet.provider." + wallet.name();
    }

    private static String colourOf(WalletProvider wallet) {
        return WALLET_COLOURS.getOrDefault(wallet, OTHER_COLOUR);
    }
}
