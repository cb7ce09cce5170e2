package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.bootstrap.PersistencePorts;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.account.PhoneNumber;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentUsername;
import org.hexmall.domain.support.Compensation;
import org.hexmall.domain.support.CompensationId;
import org.junit.jupiter.api.Test;

/**
 * An agent compensates a customer from the console: within the agent's daily limit (¥50) the customer has it at
 * once, above it the compensation waits in the supervisors' queue with its age until a supervisor approves or
 * rejects it; the customer reads the agent's reason in "My points" or "My coupons". In English and in Chinese.
 */
@BrowserFlowTest
class CompensationConsoleTest {

    private static final String SUPERVISOR = "supervisor";
    private static final String SUPERVISOR_PASSWORD = "supervisor-pass-1";

    @Test
    void pointsAboveTheLimit_waitForASupervisor_thenTheCustomerReadsThemWithTheReason(Page page,
                                                                                       MovableClock clock) {
        String lost = "Parcel lost by the courier " + UUID.randomUUID().toString().substring(0, 6);
        NewCustomer shopper = NewCustomer.unique();
        Storefront.alreadyRegistered(page, shopper);
        SupportConsole.onCustomerPage(page, shopper.phone(), shopper.name());
        page.getByRole(AriaRole.LINK, namedExactly("Compensate this customer (coupon or points)")).click();
        assertThat(page).hasTitle("Compensate " + shopper.name() + " · hexmall console");

        page.getByLabel("Points (when giving points)").fill("1000");
        page.getByLabel("Reason").fill("Late delivery");
        page.getByRole(AriaRole.BUTTON, namedExactly("Give")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(
                "Given: the customer sees it now in My coupons or My points, with your reason.");

        page.getByLabel("Points (when giving points)").fill("6000");
        page.getByRole(AriaRole.BUTTON, namedExactly("Give")).click();
        assertThat(page.getByLabel("Reason")).hasAccessibleDescription("Say why: the reason goes into the audit log.");
        assertThat(page.getByLabel("Points (when giving points)")).hasValue("6000");
        page.getByLabel("Reason").fill(lost);
        page.getByRole(AriaRole.BUTTON, namedExactly("Give")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("It is above your daily limit, so it now waits for a "
                + "supervisor. The customer gets it once approved.");
        Locator history = dataRows(page.locator("#compensation-history-table"));
        assertThat(history).hasCount(2);
        assertThat(history.first()).containsText("6,000 points");
        assertThat(history.first()).containsText("¥60.00");
        assertThat(history.first()).containsText("Waiting for a supervisor");
        assertThat(history.nth(1)).containsText("Given");
        assertThat(page.locator("#compensation-points-balance")).hasText("Balance: 1,000 points");
        assertThat(dataRows(page.locator("#compensation-points-table")).first()).containsText("Late delivery");

        clock.moveOn(Duration.ofHours(2));
        page.context().clearCookies();
        SupportConsole.alreadyLoggedIn(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.navigate("/admin/compensations");
        assertThat(page).hasTitle("Compensation requests · hexmall console");
        Locator request = dataRows(page.locator("#compensation-queue"))
                .filter(new Locator.FilterOptions().setHasText(lost));
        assertThat(request).containsText("2 hours");
        assertThat(request).containsText("6,000 points");
        assertThat(request).containsText(SupportConsole.AGENT);
        request.getByRole(AriaRole.BUTTON, namedExactlyWithin("Approve")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Say why: the reason goes into the audit log.");
        request = dataRows(page.locator("#compensation-queue")).filter(new Locator.FilterOptions().setHasText(lost));
        request.getByLabel("Reason for your decision").fill("Courier confirmed the loss");
        request.getByRole(AriaRole.BUTTON, namedExactlyWithin("Approve")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(
                "Approved: the customer has it now, with the agent's reason.");
        assertThat(page.getByText(lost)).hasCount(0);

        page.context().clearCookies();
        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        page.navigate("/account/points");
        assertThat(page.getByText("7,000 points", new Page.GetByTextOptions().setExact(true))).isVisible();
        Locator ledger = dataRows(page.getByRole(AriaRole.TABLE));
        assertThat(ledger.first()).containsText(lost);
        assertThat(ledger.nth(1)).containsText("Late delivery");
    }

    @Test
    void 超出额度的补偿被主管驳回_额度内的优惠券顾客随即可见(Page page) {
        String reason = "屏幕有划痕 " + UUID.randomUUID().toString().substring(0, 6);
        NewCustomer shopper = NewCustomer.unique();
        Storefront.alreadyRegistered(page, shopper);
        SupportConsole.onCustomerPage(page, shopper.phone(), shopper.name());
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        page.getByRole(AriaRole.LINK, namedExactly("补偿该顾客（优惠券或积分）")).click();
        assertThat(page).hasTitle("补偿 " + shopper.name() + " · hexmall 客服后台");

        page.getByLabel("积分数（发放积分时填写）").fill("9000");
        page.getByLabel("原因", new Page.GetByLabelOptions().setExact(true)).fill("想要更多补偿");
        page.getByRole(AriaRole.BUTTON, namedExactly("发放")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("超出您的每日额度，已提交主管审批。批准后顾客才会收到。");

        page.getByLabel("优惠券", new Page.GetByLabelOptions().setExact(true)).check();
        Locator campaigns = page.getByLabel("优惠券（发放优惠券时填写）");
        campaigns.selectOption(campaigns.locator("option").filter(new Locator.FilterOptions()
                .setHasText("京东支付数码专享券")).getAttribute("value"));
        page.getByLabel("原因", new Page.GetByLabelOptions().setExact(true)).fill(reason);
        page.getByRole(AriaRole.BUTTON, namedExactly("发放")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(
                "已发放：顾客现在可在“我的优惠券”或“我的积分”中看到，并附有您填写的原因。");
        assertThat(dataRows(page.locator("#compensation-history-table")).first()).containsText("京东支付数码专享券");
        Locator heldCoupon = dataRows(page.locator("#compensation-coupons-table")).first();
        assertThat(heldCoupon).containsText("补偿");
        assertThat(heldCoupon).containsText(reason);
        assertThat(heldCoupon).containsText("可用");

        page.context().clearCookies();
        SupportConsole.alreadyLoggedInOnTheConsole(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        page.navigate("/admin/compensations");
        Locator request = dataRows(page.locator("#compensation-queue"))
                .filter(new Locator.FilterOptions().setHasText("想要更多补偿"));
        request.getByLabel("审批原因").fill("常规补偿 ¥20 以内即可");
        request.getByRole(AriaRole.BUTTON, namedExactlyWithin("驳回")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("已驳回：顾客不会收到任何补偿。您的原因已记入审计日志。");

        page.context().clearCookies();
        Storefront.alreadyLoggedIn(page, shopper.phone(), shopper.password());
        page.navigate("/account/points");
        assertThat(page.getByText("0 points", new Page.GetByTextOptions().setExact(true))).isVisible();
        page.navigate("/account/coupons");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        Locator coupon = dataRows(page.getByRole(AriaRole.TABLE)).first();
        assertThat(coupon).containsText("客服补偿");
        assertThat(coupon).containsText("原因：" + reason);
    }

    @Test
    void aPlainAgentCannotOpenTheQueueOrDecide_andBadInputIsRefusedSayingWhy(Page page) {
        NewCustomer shopper = NewCustomer.unique();
        Storefront.alreadyRegistered(page, shopper);
        SupportConsole.onCustomerPage(page, shopper.phone(), shopper.name());
        page.getByRole(AriaRole.LINK, namedExactly("Compensate this customer (coupon or points)")).click();
        String form = page.url();
        String csrf = page.locator("input[name=_csrf]").first().inputValue();
        String key = "key=" + page.locator("input[name=key]").inputValue() + "&";

        for (String[] refusal : new String[][] {
                {form, key + "kind=POINTS&points=-5&reason=x", "422"},
                {form, key + "kind=GIFT&reason=x", "422"},
                {form, key + "kind=COUPON&campaign=6f1c2a3e-0000-4000-8000-000000000401&reason=x", "409"},
                {form, key + "kind=POINTS&points=10&reason=" + "x".repeat(501), "422"},
                {form, "kind=POINTS&points=10&reason=x", "422"},
                {form, "key=not-the-pages-key&kind=POINTS&points=10&reason=x", "422"},
                {"/admin/customers/not-a-customer/compensation", key + "kind=POINTS&points=10&reason=x", "404"},
                {"/admin/customers/6f1c2a3e-0000-4000-8000-000000000401/compensation",
                        key + "kind=POINTS&points=1&reason=x", "404"},
                {"/admin/compensations/6f1c2a3e-0000-4000-8000-000000000401/approve", "reason=x", "403"},
                {"/admin/compensations/not-an-id/reject", "reason=x", "404"}}) {
            APIResponse reply = page.request().post(refusal[0], RequestOptions.create().setMaxRedirects(0)
                    .setHeader("Content-Type", "application/x-www-form-urlencoded")
                    .setData("_csrf=" + csrf + "&" + refusal[1]));
            assertEquals(Integer.parseInt(refusal[2]), reply.status(), refusal[0] + " " + refusal[1]);
        }
        assertEquals(200, page.request().get(form + "?page=999999&done=nonsense").status());
        page.navigate(form);
        assertThat(page.getByText("This customer has not been compensated yet.")).isVisible();
        page.navigate("/admin/compensations");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Not for your role"))).isVisible();
    }

    @Test
    void onePoint_readsAsOnePoint_inTheCustomersCompensations_andInTheQueue_inEnglishAndChinese(
            Page page, MovableClock clock, HexmallApplication hexmall) {
        NewCustomer shopper = NewCustomer.unique();
        Storefront.alreadyRegistered(page, shopper);
        PersistencePorts storage = hexmall.storage();
        CustomerId customer = storage.customers().findByPhone(new PhoneNumber(shopper.phone())).orElseThrow().id();
        Agent agent = storage.agents().findByUsername(new AgentUsername(SupportConsole.AGENT)).orElseThrow();
        String asked = "One more point " + UUID.randomUUID().toString().substring(0, 6);
        storage.compensations().add(Compensation.points(new CompensationId(UUID.randomUUID()), customer, 1, asked,
                agent, clock.instant().minus(Duration.ofMinutes(5))).requested(), UUID.randomUUID().toString());

        SupportConsole.onCustomerPage(page, shopper.phone(), shopper.name());
        page.getByRole(AriaRole.LINK, namedExactly("Compensate this customer (coupon or points)")).click();
        page.getByLabel("Points (when giving points)").fill("1");
        page.getByLabel("Reason").fill("Rounding");
        page.getByRole(AriaRole.BUTTON, namedExactly("Give")).click();

        Locator history = dataRows(page.locator("#compensation-history-table"));
        assertThat(history).hasCount(2);
        assertThat(history.first().getByRole(AriaRole.CELL).nth(1)).hasText("1 point");
        assertThat(history.nth(1).getByRole(AriaRole.CELL).nth(1)).hasText("1 point");
        assertThat(page.locator("#compensation-points-balance")).hasText("Balance: 1 point");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(dataRows(page.locator("#compensation-history-table")).first().getByRole(AriaRole.CELL).nth(1))
                .hasText("1 积分");

        page.context().clearCookies();
        SupportConsole.alreadyLoggedIn(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.navigate("/admin/compensations");
        Locator request = dataRows(page.locator("#compensation-queue"))
                .filter(new Locator.FilterOptions().setHasText(asked));
        assertThat(request.getByRole(AriaRole.CELL).nth(1)).hasText("1 point");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(request.getByRole(AriaRole.CELL).nth(1)).hasText("1 积分");
    }

    @Test
    void theFormSentTwice_orThreeTimesAtOnce_givesOneCompensationEachTime(Page page) throws Exception {
        NewCustomer shopper = NewCustomer.unique();
        Storefront.alreadyRegistered(page, shopper);
        SupportConsole.onCustomerPage(page, shopper.phone(), shopper.name());
        page.getByRole(AriaRole.LINK, namedExactly("Compensate this customer (coupon or points)")).click();
        String form = page.url();
        String given = new URI(form).getPath() + "?done=granted";
        // Small amounts, well within the daily limit that this class's tests share as one agent.
        String sent = "_csrf=" + page.locator("input[name=_csrf]").first().inputValue()
                + "&key=" + page.locator("input[name=key]").inputValue()
                + "&kind=POINTS&points=100&reason=sorry+for+the+delay";

        for (int send = 1; send <= 2; send++) {
            APIResponse reply = page.request().post(form, RequestOptions.create().setMaxRedirects(0)
                    .setHeader("Content-Type", "application/x-www-form-urlencoded").setData(sent));
            assertEquals(302, reply.status(), "sending " + send);
            assertEquals(given, reply.headers().get("location"), "sending " + send);
        }
        page.reload();
        String nextForm = "_csrf=" + page.locator("input[name=_csrf]").first().inputValue()
                + "&key=" + page.locator("input[name=key]").inputValue()
                + "&kind=POINTS&points=200&reason=second+parcel+late";
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        String cookies = page.context().cookies().stream().map(cookie -> cookie.name + "=" + cookie.value)
                .collect(Collectors.joining("; "));
        List<CompletableFuture<HttpResponse<String>>> atOnce = new ArrayList<>();
        for (int click = 0; click < 3; click++) {
            atOnce.add(browser.sendAsync(HttpRequest.newBuilder(URI.create(form))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                    .POST(HttpRequest.BodyPublishers.ofString(nextForm)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> reply : atOnce) {
            assertEquals(302, reply.get().statusCode());
            assertEquals(Optional.of(given), reply.get().headers().firstValue("Location"));
        }

        page.reload();
        Locator history = dataRows(page.locator("#compensation-history-table"));
        assertThat(history).hasCount(2);
        assertThat(history.first()).containsText("200 points");
        assertThat(history.first()).containsText("Given");
        assertThat(history.nth(1)).containsText("100 points");
        assertThat(page.locator("#compensation-points-balance")).hasText("Balance: 300 points");
    }
}
