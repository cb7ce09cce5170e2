package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hexmall.application.port.out.persistence.PromotionBudgets;
import org.hexmall.application.port.out.persistence.PromotionBudgets.Claim;
import org.hexmall.bootstrap.HexmallApplication;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.payment.PaymentId;
import org.hexmall.domain.promotion.Benefit;
import org.hexmall.domain.promotion.Campaign;
import org.hexmall.domain.promotion.CampaignId;
import org.hexmall.domain.promotion.CampaignKind;
import org.hexmall.domain.promotion.CampaignWindow;
import org.hexmall.domain.promotion.Conditions;
import org.hexmall.domain.promotion.StackingGroup;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.support.Agent;
import org.hexmall.domain.support.AgentAction;
import org.hexmall.domain.support.AgentUsername;
import org.hexmall.domain.support.CampaignAuditEntry;
import org.hexmall.domain.wallet.WalletProvider;
import org.junit.jupiter.api.Test;

/**
 * A supervisor creates a wallet campaign in the console, finds it on the list, pauses it with a reason and resumes
 * it, and reads on its page what it spent per day as a chart; a plain agent sees the campaigns but no action, and is
 * refused when posting one anyway. The demo's campaigns show every status.
 */
@BrowserFlowTest
class CampaignsConsoleTest {

    private static final String SUPERVISOR = "supervisor";
    private static final String SUPERVISOR_PASSWORD = "supervisor-pass-1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aSupervisorCreatesPausesAndResumesACampaign_andReadsItsSpendingPerDay(Page page, MovableClock clock,
                                                                               PromotionBudgets budgets) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String name = "Weekend festival " + suffix;
        LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        SupportConsole.alreadyLoggedInOnTheConsole(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("Campaigns")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Wallet promotions"))).isVisible();
        assertThat(page.getByText("Windows are in the store’s time zone, Asia/Shanghai.")).isVisible();
        page.getByRole(AriaRole.LINK, namedExactly("New campaign")).click();
        assertThat(page.locator("input[name=nameEn]")).hasCount(1);

        page.getByLabel("Name in English").fill(name);
        page.getByLabel("Name in Chinese").fill("周末大促" + suffix);
        page.getByLabel("Alipay", exactly()).check();
        page.getByLabel("Minimum spend").fill("300");
        page.getByLabel("Amount off (yuan)").fill("50");
        page.getByLabel("Starts").fill(today.minusDays(2) + "T00:00");
        page.getByLabel("Ends (not included)").fill(today.plusDays(10) + "T00:00");
        page.getByLabel("Stacking group").fill("festival");
        page.getByLabel("Budget", exactly()).fill("fifty thousand");
        page.getByRole(AriaRole.BUTTON, namedExactly("Create the campaign")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Fix the 2 fields marked below; nothing was saved.");
        assertThat(page.getByLabel("Budget", exactly()))
                .hasAccessibleDescription("Enter an amount in yuan, such as 50 or 49.90.");
        assertThat(page.getByLabel("Reason (goes into the audit log)"))
                .hasAccessibleDescription("Say why: the reason goes into the audit log.");
        assertThat(page.getByLabel("Name in English")).hasValue(name);
        page.getByLabel("Budget", exactly()).fill("50000");
        page.getByLabel("Reason (goes into the audit log)").fill("Weekend push for Alipay payers");
        page.getByLabel("Product ids").fill("NOPE-0001");
        page.getByRole(AriaRole.BUTTON, namedExactly("Create the campaign")).click();

        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Fix the field marked below; nothing was saved.");
        assertThat(page.getByLabel("Product ids"))
                .hasAccessibleDescription("The catalog has no product NOPE-0001: check the ids, or leave them out.");
        page.getByLabel("Product ids").fill("");
        page.getByRole(AriaRole.BUTTON, namedExactly("Create the campaign")).click();

        assertThat(page.getByRole(AriaRole.HEADING, named(name))).isVisible();
        assertThat(page.locator("#campaign-status")).hasText("Running");
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(
                "The campaign is created. Your reason is in the audit log.");
        assertThat(page.locator("#campaign-offer")).hasText(name + ", Alipay: ¥50.00 off orders over ¥300.00");
        CampaignId id = CampaignId.parse(page.url().replaceAll(".*/admin/campaigns/([^?]+).*", "$1")).orElseThrow();

        page.getByRole(AriaRole.LINK, namedExactly("Wallet promotions")).click();
        Locator listed = dataRows(page.getByRole(AriaRole.TABLE)).filter(new Locator.FilterOptions().setHasText(name));
        assertThat(listed).containsText("Festival");
        assertThat(listed).containsText("Running");
        assertThat(listed).containsText("¥0.00 of ¥50,000.00 used");
        listed.getByRole(AriaRole.LINK).click();

        Locator pause = page.locator("#pause-form");
        pause.getByLabel("Reason (goes into the audit log)").fill("Budget check before the weekend");
        pause.getByRole(AriaRole.BUTTON, namedExactlyWithin("Pause")).click();
        assertThat(page.locator("#campaign-status")).hasText("Paused");
        assertThat(dataRows(page.locator("#campaign-audit")).first())
                .hasText(Pattern.compile("supervisor\\s*Paused the campaign\\s*Budget check before the weekend"));
        Locator resume = page.locator("#resume-form");
        resume.getByLabel("Reason (goes into the audit log)").fill("Budget confirmed");
        resume.getByRole(AriaRole.BUTTON, namedExactlyWithin("Resume")).click();
        assertThat(page.locator("#campaign-status")).hasText("Running");
        assertThat(dataRows(page.locator("#campaign-audit")))
                .hasCount(3);
        // The creation names the campaign's kind as the console does elsewhere, not by its code.
        assertThat(dataRows(page.locator("#campaign-audit")).last())
                .hasText(Pattern.compile("supervisor\\s*Created the campaign\\s*Festival\\s*Weekend push for Alipay"));

        spent(budgets, id, Money.ofYuan(50, 0), clock.instant().minus(Duration.ofDays(1)));
        spent(budgets, id, Money.ofYuan(30, 0), clock.instant());
        page.reload();

        Locator chart = page.getByRole(AriaRole.IMG, namedExactly("What " + name + " spent per day"));
        assertThat(chart).isVisible();
        assertThat(chart).hasAccessibleDescription(Pattern.compile(
                "from " + today.minusDays(2) + " to " + today + ".*¥80.00 in all"));
        assertThat(chart).containsText("¥80.00");
        assertThat(chart).containsText(today.toString());
        assertThat(dataRows(page.locator("#redemptions"))).hasCount(2);
        assertThat(dataRows(page.locator("#redemptions")).first()).containsText("¥30.00");
        assertThat(page.locator("#campaign-budget")).containsText("¥80.00 of ¥50,000.00 used");

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.locator("#campaign-status")).hasText("进行中");
        assertThat(page.getByRole(AriaRole.IMG, namedExactly("周末大促" + suffix + " 每日花费"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("退款冲回"))).isVisible();
        assertThat(page.locator("#pause-form").getByRole(AriaRole.BUTTON, namedExactlyWithin("暂停"))).isVisible();
    }

    @Test
    void aPlainAgentSeesTheCampaignsButNoAction_andIsRefusedWhenPostingOne(Page page) {
        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("Campaigns")).click();
        Locator rows = dataRows(page.getByRole(AriaRole.TABLE));
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Double 11 encore"))).containsText("Running");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("New Year goods warm-up")))
                .containsText("Scheduled");
        assertThat(rows.filter(new Locator.FilterOptions().setHasText("Mid-Autumn mooncake offer")))
                .containsText("Ended");
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("New campaign"))).hasCount(0);
        page.getByRole(AriaRole.LINK, namedExactly("Double 11 encore")).click();

        assertThat(page.locator("#campaign-offer")).hasText("Double 11 encore, Alipay: ¥50.00 off orders over ¥300.00");
        assertThat(page.getByText("Only supervisors create and change campaigns.")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("Pause"))).hasCount(0);
        String campaignPage = page.url();
        FormData pause = FormData.create()
                .set("_csrf", page.locator("input[name=_csrf]").first().inputValue())
                .set("reason", "Trying without the role");
        APIResponse refused = page.request().post(campaignPage + "/pause",
                RequestOptions.create().setForm(pause).setMaxRedirects(0));

        assertEquals(403, refused.status(), "a plain agent's pause is refused");
        assertTrue(refused.text().contains("Only supervisors create and change campaigns."), refused::text);
        page.reload();
        assertThat(page.locator("#campaign-status")).hasText("Running");
        assertThat(page.getByText("Trying without the role")).hasCount(0);

        page.navigate("/admin/campaigns/new");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Supervisors only"))).isVisible();
    }

    @Test
    void badValuesOfASupervisorAreRefusedSayingWhy_neverWithAServerError(Page page) {
        SupportConsole.alreadyLoggedIn(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.navigate("/admin/campaigns");
        page.getByRole(AriaRole.LINK, namedExactly("Double 11 encore")).click();
        String encore = page.url();
        String csrf = page.locator("input[name=_csrf]").first().inputValue();
        String unknown = "/admin/campaigns/6f1c2a3e-0000-4000-8000-000000000401";
        List<String[]> refusals = List.of(
                new String[] {"/admin/campaigns", "kind=NONE&wallets=PAYPAL&benefit=X&budget=99999999999&startsAt=x"
                        + "&usesPerCustomer=-1&stackingGroup=" + "a".repeat(40) + "&reason=" + "x".repeat(501), "422"},
                new String[] {encore + "/budget", "budget=0&reason=x", "422"},
                new String[] {encore + "/budget", "budget=1e9&reason=x", "422"},
                new String[] {encore + "/uses", "usesPerCustomer=1001&reason=x", "422"},
                new String[] {encore + "/window", "startsAt=2026-02-30T00:00&endsAt=&reason=x", "422"},
                new String[] {encore + "/resume", "reason=Not paused at all", "409"},
                new String[] {encore + "/pause", "reason=", "422"},
                new String[] {unknown + "/pause", "reason=x", "404"},
                new String[] {"/admin/campaigns/not-a-campaign/end", "reason=x", "404"});
        for (String[] refusal : refusals) {
            APIResponse reply = page.request().post(refusal[0], RequestOptions.create().setMaxRedirects(0)
                    .setHeader("Content-Type", "application/x-www-form-urlencoded")
                    .setData("_csrf=" + csrf + "&" + refusal[1]));
            assertEquals(Integer.parseInt(refusal[2]), reply.status(), refusal[0] + " " + refusal[1]);
        }
        for (String path : List.of("/admin/campaigns?page=999999", "/admin/campaigns?page=-3",
                encore + "?redemptions=0&reversals=999999&done=nonsense")) {
            assertEquals(200, page.request().get(path).status(), path);
        }
        assertEquals(404, page.request().get(unknown).status());
        page.reload();
        assertThat(page.locator("#campaign-status")).hasText("Running");
        assertThat(page.locator("#campaign-budget")).containsText("of ¥50,000.00 used");
    }

    @Test
    void theBudgetMeter_saysThePercentUsed_alsoAsItsText(Page page, MovableClock clock, PromotionBudgets budgets,
                                                         HexmallApplication hexmall) {
        Campaign campaign = storedCampaign(hexmall, clock, "Budget meter");
        spent(budgets, campaign.id(), Money.ofYuan(30, 0), clock.instant());

        SupportConsole.alreadyLoggedInOnTheConsole(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("Campaigns")).click();
        Locator listed = dataRows(page.getByRole(AriaRole.TABLE))
                .filter(new Locator.FilterOptions().setHasText(campaign.nameEn()));
        assertThat(listed).containsText("¥30.00 of ¥40.00 used");
        assertThat(listed.locator("meter")).hasText("75 %");
        assertThat(listed.locator("meter")).hasAttribute("title", "75 %");
        listed.getByRole(AriaRole.LINK, namedExactlyWithin(campaign.nameEn())).click();
        assertThat(page.locator("#campaign-budget meter")).hasText("75 %");
        assertThat(page.locator("#campaign-budget meter")).hasAccessibleName("75 % of the budget used");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.locator("#campaign-budget meter")).hasText("75%");
    }

    @Test
    void everyChangeInACampaignsAuditLog_readsInTheConsolesLanguage_thoseKeptBeforeToo(Page page, MovableClock clock,
                                                                                      HexmallApplication hexmall) {
        Campaign campaign = storedCampaign(hexmall, clock, "Audit words");
        Agent supervisor = hexmall.storage().agents().findByUsername(new AgentUsername(SUPERVISOR)).orElseThrow();
        hexmall.storage().auditLog().append(new CampaignAuditEntry(clock.instant().minusSeconds(60), supervisor.id(),
                SUPERVISOR, campaign.id(), AgentAction.CHANGE_CAMPAIGN, "uses per customer 1 -> 3", "Kept before"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);
        DateTimeFormatter minute = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
        String startedAt = minute.format(LocalDateTime.ofInstant(campaign.window().startsAt(), SHANGHAI));
        String endedAt = minute.format(LocalDateTime.ofInstant(campaign.window().endsAt(), SHANGHAI));
        SupportConsole.alreadyLoggedIn(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.navigate("/admin/campaigns/" + campaign.id());

        Locator budget = page.locator("#budget-form");
        budget.getByLabel("New budget (yuan)").fill("30");
        budget.getByLabel("Reason (goes into the audit log)").fill("Half the month is over");
        budget.getByRole(AriaRole.BUTTON, namedExactlyWithin("Change the budget")).click();
        Locator uses = page.locator("#uses-form");
        uses.getByLabel("Uses per customer").fill("10");
        uses.getByLabel("Reason (goes into the audit log)").fill("Regulars asked for more");
        uses.getByRole(AriaRole.BUTTON, namedExactlyWithin("Change the uses per customer")).click();
        Locator window = page.locator("#window-form");
        window.getByLabel("Starts").fill(today.minusDays(1) + "T00:00");
        window.getByLabel("Ends (not included)").fill(today.plusDays(10) + "T00:00");
        window.getByLabel("Reason (goes into the audit log)").fill("Runs to the end of the sale");
        window.getByRole(AriaRole.BUTTON, namedExactlyWithin("Change the window")).click();
        assertThat(page.locator("#campaign-uses")).hasText("10");

        Locator changes = dataRows(page.locator("#campaign-audit"));
        assertThat(changes).hasCount(4);
        String moved = startedAt + " to " + endedAt + " → " + today.minusDays(1) + " 00:00 to " + today.plusDays(10)
                + " 00:00 (Asia/Shanghai)";
        assertThat(changes.nth(0).getByRole(AriaRole.CELL).nth(3)).hasText("Window " + moved);
        assertThat(changes.nth(1).getByRole(AriaRole.CELL).nth(3)).hasText("Uses per customer 3 → 10");
        assertThat(changes.nth(2).getByRole(AriaRole.CELL).nth(3)).hasText("Budget ¥40.00 → ¥30.00");
        assertThat(changes.nth(3).getByRole(AriaRole.CELL).nth(3)).hasText("Uses per customer 1 → 3");
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(changes.nth(0).getByRole(AriaRole.CELL).nth(3)).hasText("活动时间 " + startedAt + " 至 " + endedAt
                + " → " + today.minusDays(1) + " 00:00 至 " + today.plusDays(10) + " 00:00（Asia/Shanghai）");
        assertThat(changes.nth(1).getByRole(AriaRole.CELL).nth(3)).hasText("每位顾客可用次数 3 → 10");
        assertThat(changes.nth(2).getByRole(AriaRole.CELL).nth(3)).hasText("预算 ¥40.00 → ¥30.00");
        assertThat(changes.nth(3).getByRole(AriaRole.CELL).nth(3)).hasText("每位顾客可用次数 1 → 3");
    }

    /**
     * A running Alipay festival campaign with a budget of ¥40 and 3 uses per customer, as a supervisor would have
     * created it just now.
     */
    private static Campaign storedCampaign(HexmallApplication hexmall, MovableClock clock, String name) {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        Instant now = clock.instant();
        Campaign campaign = Campaign.create(new CampaignId(UUID.randomUUID()), name + " " + suffix,
                "预算" + suffix, CampaignKind.FESTIVAL, Conditions.none().withWallets(Set.of(WalletProvider.ALIPAY)),
                new Benefit.AmountOff(Money.ofYuan(10, 0)), new StackingGroup("meter-" + suffix), 0,
                new CampaignWindow(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(7))),
                Money.ofYuan(40, 0), 3);
        hexmall.storage().campaigns().add(campaign, now);
        return campaign;
    }

    /** What a payment's success would have spent of the campaign at {@code at}, by a customer of its own. */
    private static void spent(PromotionBudgets budgets, CampaignId campaign, Money amount, Instant at) {
        PaymentId payment = new PaymentId(UUID.randomUUID());
        var reserved = budgets.reserve(payment, new CustomerId(UUID.randomUUID()),
                List.of(new Claim(campaign, amount, 1)), at.minusSeconds(30));
        assertTrue(reserved.isReserved(), () -> "the campaign should have taken " + amount + ": " + reserved);
        budgets.commit(payment, at);
    }
}
