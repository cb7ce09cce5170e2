package org.hexmall.adapter.in.web.admin;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hexmall.adapter.in.web.common.PageRenderer;
import org.hexmall.application.port.in.support.CustomerSearchQuery;
import org.hexmall.application.port.in.support.CustomerSearchResults;
import org.hexmall.application.port.in.support.CustomerSummary;
import org.hexmall.application.port.in.support.FindCustomersByWalletAccount;
import org.hexmall.application.port.in.support.FindOrderByNumber;
import org.hexmall.application.port.in.support.OrderSummary;
import org.hexmall.application.port.in.support.SearchCustomers;
import org.hexmall.domain.account.CustomerId;

/** The customer search (an order number leads to the order's page) and a customer's page. */
public final class CustomerLookupController {

    private final SearchCustomers searchCustomers;
    private final FindCustomersByWalletAccount findByWalletAccount;
    private final FindOrderByNumber findOrderByNumber;
    private final CustomerPage customerPage;
    private final PageRenderer pages;

    public CustomerLookupController(SearchCustomers searchCustomers, FindCustomersByWalletAccount findByWalletAccount,
                                    FindOrderByNumber findOrderByNumber, CustomerPage customerPage,
                                    PageRenderer pages) {
        this.searchCustomers = searchCustomers;
        this.findByWalletAccount = findByWalletAccount;
        this.findOrderByNumber = findOrderByNumber;
        this.customerPage = customerPage;
        this.pages = pages;
    }

    public void register(RoutesConfig routes) {
        routes.get("/admin/customers", this::search);
        routes.get("/admin/customers/{id}", this::customer);
    }

    private void search(Context ctx) {
        CustomerSearchQuery query = CustomerSearchQuery.of(ctx.queryParam("q"), ctx.queryParam("page"));
        CustomerSearchResults results = searchCustomers.search(query);
        // Owners of that exact wallet account whom the ordinary search did not list already.
        List<CustomerSummary> walletOwners = query.text().isBlank() ? List.of()
                : findByWalletAccount.find(query.text()).stream()
                        .filter(owner -> results.items().stream().noneMatch(listed -> listed.id().equals(owner.id())))
                        .toList();
        Optional<OrderSummary> order = query.text().isBlank() ? Optional.empty() : findOrderByNumber.find(query.text());
        if (order.isPresent() && results.total() == 0 && walletOwners.isEmpty()) {
            // The caller read out an order number and nothing else matches: straight to the order.
            ctx.redirect("/admin/orders/" + order.get().id());
            return;
        }
        pages.render(ctx, "admin/customers", Map.of("q", query.text(), "results", results, "walletOwners", walletOwners,
                "order", order));
    }

    private void customer(Context ctx) {
        Optional<CustomerId> customerId = CustomerId.parse(ctx.pathParam("id"));
        if (customerId.isEmpty()) {
            ctx.status(404);
            return;
        }
        if (ctx.queryParam(CustomerPage.REFUSED) != null) {
            customerPage.renderRefused(ctx, customerId.get(), AgentAccess.agentOf(ctx));
            return;
        }
        customerPage.render(ctx, customerId.get(), Map.ofEntries(
                Map.entry("unbound", ctx.queryParam("unbound") != null),
                Map.entry("notUnbound", ctx.queryParam("not-unbound") != null),
                Map.entry("lockCleared", ctx.queryParam("lock-cleared") != null),
                Map.entry("lockNotCleared", ctx.queryParam("lock-not-cleared") != null),
                Map.entry("holdLifted", ctx.queryParam("hold-lifted") != null),
                Map.entry("holdNotLifted", ctx.queryParam("hold-not-lifted") != null),
                Map.entry("frozenNow", ctx.queryParam("frozen") != null),
                Map.entry("unfrozenNow", ctx.queryParam("unfrozen") != null),
                Map.entry("statusUnchanged", ctx.queryParam("status-unchanged") != null),
                Map.entry("deviceRevoked", ctx.queryParam("device-revoked") != null),
                Map.entry("deviceNotRevoked", ctx.queryParam("device-not-revoked") != null),
                Map.entry("noteAdded", ctx.queryParam("note-added") != null),
                Map.entry("noteNotAllowed", ctx.queryParam("note-not-allowed") != null)));
    }
}
