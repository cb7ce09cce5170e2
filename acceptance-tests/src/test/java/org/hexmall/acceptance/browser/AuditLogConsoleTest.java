package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.dataRows;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A supervisor reads the audit log: filters it by action, agent and day, and downloads what the filter shows as a CSV
 * file that Excel opens as UTF-8 and in which no reason runs as a formula.
 */
@BrowserFlowTest
class AuditLogConsoleTest {

    private static final String SUPERVISOR = "supervisor";
    private static final String SUPERVISOR_PASSWORD = "supervisor-pass-1";
    private static final String FORMULA_REASON = "=HYPERLINK(\"http://evil.example\",\"click\")";

    @Test
    void aSupervisorFiltersTheLog_andDownloadsWhatTheFilterShows(Page page, MovableClock clock) throws IOException {
        String username = "sun.li." + UUID.randomUUID().toString().substring(0, 6);
        String today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).toString();
        SupportConsole.alreadyLoggedInOnTheConsole(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("Agents")).click();
        page.getByLabel("Username").fill(username);
        page.getByLabel("Display name").fill("孙丽");
        page.getByLabel("First password (the agent must change it)").fill("welcome-to-hexmall-7");
        page.getByLabel("First password again").fill("welcome-to-hexmall-7");
        page.getByRole(AriaRole.BUTTON, namedExactly("Create agent")).click();
        Locator disable = page.getByRole(AriaRole.REGION, named("Disable this agent"));
        disable.getByLabel("Reason (goes into the audit log)").fill(FORMULA_REASON);
        disable.getByRole(AriaRole.BUTTON, namedExactlyWithin("Disable agent")).click();
        assertThat(page.locator("#agent-status")).hasText("Disabled");

        page.getByRole(AriaRole.LINK, namedExactly("Audit log")).click();
        assertThat(dataRows(page.locator("#audit-entries")).first()).containsText("Disabled an agent");
        page.getByLabel("Action").selectOption("DISABLE_AGENT");
        page.getByLabel("Agent", new Page.GetByLabelOptions().setExact(true)).selectOption(
                new SelectOption().setLabel("Zhang Wei (supervisor)"));
        page.getByLabel("From (day)").fill(today);
        page.getByLabel("To (day, included)").fill(today);
        page.getByRole(AriaRole.BUTTON, namedExactly("Show")).click();

        Locator rows = dataRows(page.locator("#audit-entries"));
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("supervisor");
        assertThat(rows.first()).containsText("Disabled an agent");
        assertThat(rows.first()).containsText(username);
        assertThat(rows.first()).containsText(FORMULA_REASON);

        Download download = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, namedExactly("Download as CSV")).click());
        byte[] file = Files.readAllBytes(download.path());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(file, 3),
                "starts with the UTF-8 byte order mark Excel looks for");
        String[] lines = new String(file, 3, file.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertEquals(2, lines.length, String.join("\n", lines));
        assertEquals("\"Time\",\"Agent\",\"Action\",\"About\",\"Id\",\"What\",\"Reason\"", lines[0]);
        assertTrue(lines[1].contains("\"supervisor\",\"Disabled an agent\",\"Agent\","), lines[1]);
        assertTrue(lines[1].contains("\"" + username + "\""), lines[1]);
        assertTrue(lines[1].endsWith(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\""), lines[1]);

        page.getByLabel("Customer id").fill("not-an-id");
        page.getByRole(AriaRole.BUTTON, namedExactly("Show")).click();
        assertThat(page.getByLabel("Customer id")).hasAccessibleDescription(
                "Paste a customer id as the customer's page shows it, like 3f2b8c1e-0d4a-4e6b-9a57-1c2d3e4f5a6b.");

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page).hasTitle("审计日志 · hexmall 客服后台");
        assertThat(page.getByLabel("客户 ID")).hasAccessibleDescription(
                "请粘贴客户页面上显示的客户 ID，例如 3f2b8c1e-0d4a-4e6b-9a57-1c2d3e4f5a6b。");
        page.getByLabel("客户 ID").fill("");
        page.getByRole(AriaRole.BUTTON, namedExactly("查询")).click();
        assertThat(dataRows(page.locator("#audit-entries")).first()).containsText("停用了客服");
        Download chinese = page.waitForDownload(() ->
                page.getByRole(AriaRole.LINK, namedExactly("下载 CSV")).click());
        String text = new String(Files.readAllBytes(chinese.path()), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF\"时间\",\"客服\",\"操作\",\"对象\""), text);
        assertTrue(text.contains("\"停用了客服\""), text);
    }

    @Test
    void theCustomerIdTheCustomersPageShows_filtersTheLogToThatCustomer(Page page) {
        NewCustomer customer = NewCustomer.unique();
        Storefront.alreadyRegistered(page, customer);
        SupportConsole.alreadyLoggedInOnTheConsole(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.getByLabel("Find a customer").fill(customer.phone());
        page.getByRole(AriaRole.BUTTON, named("Search")).click();
        page.getByRole(AriaRole.LINK, namedExactly(customer.name())).click();
        page.getByLabel("Reason for freezing the account").fill("Customer called: phone lost");
        page.getByRole(AriaRole.BUTTON, namedExactly("Freeze the account")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The account is frozen");
        String customerId = page.locator("#customer-id").textContent();
        assertTrue(page.url().contains("/admin/customers/" + customerId), page.url());

        page.getByRole(AriaRole.LINK, namedExactly("Audit log")).click();
        page.getByLabel("Customer id").fill(customerId);
        page.getByRole(AriaRole.BUTTON, namedExactly("Show")).click();

        Locator rows = dataRows(page.locator("#audit-entries"));
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Froze the account");
        assertThat(rows.first()).containsText("Customer called: phone lost");
    }
}
