package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.exactly;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactly;
import static org.hexmall.acceptance.browser.AccessibleNames.namedExactlyWithin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.UUID;
import java.util.regex.Pattern;
import org.hexmall.bootstrap.HexmallApplication;
import org.junit.jupiter.api.Test;

/**
 * A supervisor manages the console's agents: creates one, who logs in, must choose their own password first and then
 * works as an agent; disables one, whose open session ends at once. A plain agent neither sees nor reaches any of it.
 * The header says who is logged in, in both languages.
 */
@BrowserFlowTest
class AgentManagementConsoleTest {

    private static final String SUPERVISOR = "supervisor";
    private static final String SUPERVISOR_PASSWORD = "supervisor-pass-1";
    private static final String FIRST_PASSWORD = "welcome-to-hexmall-7";
    private static final String OWN_PASSWORD = "my-own-secret-42";

    @Test
    void aSupervisorCreatesAnAgent_whoLogsIn_choosesTheirOwnPassword_andWorksAsAnAgent(Page page) {
        String username = "li.na." + suffix();
        SupportConsole.alreadyLoggedInOnTheConsole(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        assertThat(page.locator("#signed-in-agent")).hasText("Logged in as Zhang Wei (Supervisor)");
        page.getByRole(AriaRole.LINK, namedExactly("Agents")).click();
        assertThat(page).hasTitle("Agents · hexmall console");

        page.getByLabel("Username").fill(username);
        page.getByLabel("Display name").fill("李娜");
        page.getByLabel("Role").selectOption("AGENT");
        page.getByLabel("First password (the agent must change it)").fill("12345678");
        page.getByLabel("First password again").fill("12345678");
        page.getByRole(AriaRole.BUTTON, namedExactly("Create agent")).click();
        assertThat(page.getByLabel("First password (the agent must change it)")).hasAccessibleDescription(
                "This password is one of the most common ones and easy to guess. Choose another.");
        assertThat(page.getByLabel("Username")).hasValue(username);
        assertThat(page.getByLabel("First password (the agent must change it)")).hasValue("");
        page.getByLabel("First password (the agent must change it)").fill(FIRST_PASSWORD);
        page.getByLabel("First password again").fill(FIRST_PASSWORD);
        page.getByRole(AriaRole.BUTTON, namedExactly("Create agent")).click();

        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("李娜 (" + username + ")"))).isVisible();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The agent is created.");
        assertThat(page.locator("#agent-status")).hasText("Must choose a new password");
        assertThat(page).hasTitle(username + " · hexmall console");
        assertThat(page.getByText(FIRST_PASSWORD)).hasCount(0);
        page.getByRole(AriaRole.BUTTON, namedExactly("Log out")).click();

        SupportConsole.logIn(page, username, FIRST_PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/admin/password$"));
        assertThat(page.locator("#password-must-change")).hasText(
                "A supervisor chose your password: choose your own before you go on.");
        page.navigate("/admin/customers");
        assertThat(page).hasURL(Pattern.compile("/admin/password$"));
        // The form works by keyboard alone: type, move on with Tab, send with Enter.
        page.getByLabel("Current password").focus();
        page.keyboard().type("not-the-first-one");
        page.keyboard().press("Tab");
        page.keyboard().type(OWN_PASSWORD);
        page.keyboard().press("Tab");
        page.keyboard().type(OWN_PASSWORD);
        page.keyboard().press("Enter");
        assertThat(page.getByLabel("Current password")).hasAccessibleDescription(
                "This is not your current password.");
        page.getByLabel("Current password").fill(FIRST_PASSWORD);
        page.getByLabel("New password", exactly()).fill(OWN_PASSWORD);
        page.getByLabel("New password again").fill(OWN_PASSWORD);
        page.getByLabel("New password again").press("Enter");

        assertThat(page.locator("#password-changed")).hasText("Your password is changed. Use it from your next login.");
        assertThat(page.locator("#signed-in-agent")).hasText("Logged in as 李娜 (Agent)");
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Agents"))).hasCount(0);
        page.getByRole(AriaRole.LINK, namedExactly("Customers")).click();
        assertThat(page).hasURL(Pattern.compile("/admin/customers$"));
        page.getByRole(AriaRole.BUTTON, namedExactly("Log out")).click();
        SupportConsole.logIn(page, username, OWN_PASSWORD);
        assertThat(page.locator("#signed-in-agent")).hasText("Logged in as 李娜 (Agent)");
    }

    @Test
    void 主管停用客服后该客服的会话立即结束且无法再登录(Page page, HexmallApplication hexmall) {
        String username = "zhao.lei." + suffix();
        SupportConsole.alreadyLoggedInOnTheConsole(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page.locator("#signed-in-agent")).hasText("当前登录：Zhang Wei（客服主管）");
        page.getByRole(AriaRole.LINK, namedExactly("客服账号")).click();
        assertThat(page).hasTitle("客服账号 · hexmall 客服后台");
        page.getByLabel("用户名").fill(username);
        page.getByLabel("显示名称").fill("赵磊");
        page.getByLabel("初始密码（客服须自行修改）").fill(FIRST_PASSWORD);
        page.getByLabel("再次输入初始密码").fill(FIRST_PASSWORD);
        page.getByRole(AriaRole.BUTTON, namedExactly("创建客服")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("赵磊（" + username + "）"))).isVisible();
        String agentPage = page.url().replaceAll("\\?.*", "");

        try (BrowserContext elsewhere = page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(hexmall.baseUrl()).setLocale("en-US"))) {
            Page agent = elsewhere.newPage();
            SupportConsole.logIn(agent, username, FIRST_PASSWORD);
            Locator form = agent.locator("form[action='/admin/password']");
            form.getByLabel("Current password").fill(FIRST_PASSWORD);
            form.getByLabel("New password", new Locator.GetByLabelOptions().setExact(true)).fill(OWN_PASSWORD);
            form.getByLabel("New password again").fill(OWN_PASSWORD);
            form.getByRole(AriaRole.BUTTON, namedExactlyWithin("Change password")).click();
            agent.getByRole(AriaRole.LINK, namedExactly("Customers")).click();
            assertThat(agent).hasURL(Pattern.compile("/admin/customers$"));

            page.navigate(agentPage);
            Locator disable = page.getByRole(AriaRole.REGION, named("停用该客服"));
            disable.getByRole(AriaRole.BUTTON, namedExactlyWithin("停用客服")).click();
            assertThat(disable.getByLabel("原因（将记入审计日志）")).hasAccessibleDescription("请填写原因：原因会记入审计日志。");
            disable.getByLabel("原因（将记入审计日志）").fill("已离职");
            disable.getByRole(AriaRole.BUTTON, namedExactlyWithin("停用客服")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).hasText(
                    "该客服已停用，其打开的会话已结束。您填写的原因已记入审计日志。");
            assertThat(page.locator("#agent-status")).hasText("已停用");

            agent.reload();
            assertThat(agent).hasURL(Pattern.compile("/admin/login"));
            assertThat(agent.getByRole(AriaRole.STATUS)).containsText("a supervisor disabled your login");
            SupportConsole.logIn(agent, username, OWN_PASSWORD);
            assertThat(agent.getByRole(AriaRole.ALERT)).hasText(
                    "This login is disabled. Ask a supervisor to enable it again.");
        }

        page.getByRole(AriaRole.LINK, namedExactly("全部客服账号")).click();
        assertThat(page.locator("[id='agent-" + username + "']")).containsText("已停用");
        page.getByRole(AriaRole.LINK, namedExactly("supervisor")).click();
        assertThat(page.getByText("您不能停用自己，请联系其他主管。")).isVisible();
        assertThat(page.getByRole(AriaRole.BUTTON, namedExactly("停用客服"))).hasCount(0);
    }

    @Test
    void aSupervisorResetsAForgottenPassword_theAgentsSessionEnds_andTheyMustChooseANewOne(Page page,
                                                                                       HexmallApplication hexmall) {
        String username = "qian.yu." + suffix();
        SupportConsole.alreadyLoggedIn(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        page.navigate("/admin/agents");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Display name").fill("钱雨");
        page.getByLabel("First password (the agent must change it)").fill(FIRST_PASSWORD);
        page.getByLabel("First password again").fill(FIRST_PASSWORD);
        page.getByRole(AriaRole.BUTTON, namedExactly("Create agent")).click();
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("钱雨 (" + username + ")"))).isVisible();

        try (BrowserContext elsewhere = page.context().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(hexmall.baseUrl()).setLocale("en-US"))) {
            Page agent = elsewhere.newPage();
            SupportConsole.logIn(agent, username, FIRST_PASSWORD);
            agent.getByLabel("Current password").fill(FIRST_PASSWORD);
            agent.getByLabel("New password", exactly()).fill(OWN_PASSWORD);
            agent.getByLabel("New password again").fill(OWN_PASSWORD);
            agent.getByRole(AriaRole.BUTTON, namedExactly("Change password")).click();
            assertThat(agent.locator("#password-changed")).isVisible();
            try (BrowserContext guesser = page.context().browser().newContext(new Browser.NewContextOptions()
                    .setBaseURL(hexmall.baseUrl()).setLocale("en-US"))) {
                Page guessing = guesser.newPage();
                for (int attempt = 1; attempt <= 5; attempt++) {
                    SupportConsole.logIn(guessing, username, "not-the-password-" + attempt);
                }
                assertThat(guessing.getByRole(AriaRole.ALERT)).containsText("ask a supervisor");
            }
            page.reload();
            assertThat(page.locator("#agent-status")).containsText("Locked until ");
            assertThat(page.locator("#agent-lock")).containsText("Resetting the password lifts the lock at once.");
            page.navigate("/admin/agents");
            assertThat(page.locator("[id='agent-" + username + "'] td").nth(3))
                    .containsText("Locked until ");
            page.goBack();

            Locator reset = page.getByRole(AriaRole.REGION, named("Reset password"));
            reset.getByLabel("New password", new Locator.GetByLabelOptions().setExact(true)).fill("temporary-pass-9");
            reset.getByLabel("New password again").fill("temporary-pass-8");
            reset.getByLabel("Reason (goes into the audit log)").fill("Forgot it after the holiday");
            reset.getByRole(AriaRole.BUTTON, namedExactlyWithin("Reset password")).click();
            assertThat(reset.getByLabel("New password again")).hasAccessibleDescription(
                    "The two passwords are not the same. Type the same password twice.");
            assertThat(reset.getByLabel("Reason (goes into the audit log)")).hasValue("Forgot it after the holiday");
            assertThat(page.locator("#signed-in-agent")).hasText("Logged in as Zhang Wei (Supervisor)");
            reset.getByLabel("New password", new Locator.GetByLabelOptions().setExact(true)).fill("temporary-pass-9");
            reset.getByLabel("New password again").fill("temporary-pass-9");
            reset.getByRole(AriaRole.BUTTON, namedExactlyWithin("Reset password")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("The password is reset");
            assertThat(page.locator("#agent-status")).hasText("Must choose a new password");
            assertThat(page.locator("#agent-lock")).hasCount(0);

            agent.reload();
            assertThat(agent).hasURL(Pattern.compile("/admin/login"));
            SupportConsole.logIn(agent, username, OWN_PASSWORD);
            assertThat(agent.getByRole(AriaRole.ALERT)).hasText("The username or password is not correct.");
            SupportConsole.logIn(agent, username, "temporary-pass-9");
            assertThat(agent).hasURL(Pattern.compile("/admin/password$"));
            assertThat(agent.locator("#password-must-change")).isVisible();
        }
    }

    @Test
    void aPlainAgent_neitherSeesNorReachesAgentManagementOrTheAuditLog(Page page) {
        SupportConsole.alreadyLoggedInOnTheConsole(page, SupportConsole.AGENT, SupportConsole.AGENT_PASSWORD);
        assertThat(page.locator("#signed-in-agent")).hasText("Logged in as Wang Fang (Agent)");
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Agents"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, namedExactly("Audit log"))).hasCount(0);

        for (String path : new String[] {"/admin/agents", "/admin/audit", "/admin/audit.csv"}) {
            APIResponse refused = page.request().get(path);
            assertEquals(403, refused.status(), path);
            assertTrue(refused.text().contains("Your role may not do this, so nothing was changed."), path);
        }
        page.navigate("/admin/agents");
        assertThat(page).hasTitle("Not allowed for your role · hexmall console");
        assertThat(page.getByRole(AriaRole.HEADING, namedExactly("Not allowed for your role"))).isVisible();

        String csrf = page.locator("input[name=_csrf]").first().inputValue();
        APIResponse posted = page.request().post("/admin/agents", RequestOptions.create().setForm(FormData.create()
                .set("_csrf", csrf).set("username", "sneaky." + suffix()).set("displayName", "Sneaky")
                .set("role", "SUPERVISOR").set("password", FIRST_PASSWORD).set("passwordRepeated", FIRST_PASSWORD)));
        assertEquals(403, posted.status());

        page.getByRole(AriaRole.LINK, namedExactly("中文")).click();
        assertThat(page).hasTitle("您的角色无此权限 · hexmall 客服后台");
        assertThat(page.locator("#signed-in-agent")).hasText("当前登录：Wang Fang（客服）");
    }

    @Test
    void everyConsolePage_hasItsOwnTitle_andTheSkipLinkLeadsToItsContent(Page page) {
        SupportConsole.alreadyLoggedIn(page, SUPERVISOR, SUPERVISOR_PASSWORD);
        String[][] pages = {
                {"/admin", "Dashboard · hexmall console"},
                {"/admin/help", "Help · hexmall console"},
                {"/admin/approvals", "Refunds awaiting approval · hexmall console"},
                {"/admin/after-sales", "After-sales requests · hexmall console"},
                {"/admin/compensations", "Compensation requests · hexmall console"},
                {"/admin/customers", "Customers · hexmall console"},
                {"/admin/alerts", "Risk alerts · hexmall console"},
                {"/admin/campaigns", "Campaigns · hexmall console"},
                {"/admin/agents", "Agents · hexmall console"},
                {"/admin/audit", "Audit log · hexmall console"},
                {"/admin/password", "Change your password · hexmall console"}};
        for (String[] expected : pages) {
            page.navigate(expected[0]);
            assertThat(page).hasTitle(expected[1]);
        }

        page.keyboard().press("Tab");
        Locator skip = page.getByRole(AriaRole.LINK, namedExactly("Skip to content"));
        assertThat(skip).isFocused();
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("#content$"));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 6);
    }
}
