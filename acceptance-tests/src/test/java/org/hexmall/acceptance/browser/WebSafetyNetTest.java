package org.hexmall.acceptance.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.hexmall.acceptance.browser.AccessibleNames.named;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What protects shoppers and operators when something arrives that hexmall did not expect. */
@BrowserFlowTest
class WebSafetyNetTest {

    @Test
    void aFormSentWithoutTheSessionsTokenIsRefusedAndChangesNothing(Page page) {
        page.navigate("/login");

        APIResponse forged = page.request().post("/login", RequestOptions.create()
                .setForm(FormData.create().set("login", Storefront.LI_LEI_PHONE).set("password", Storefront.LI_LEI_PASSWORD))
                .setMaxRedirects(0));

        assertEquals(403, forged.status());
        page.navigate("/account");
        assertThat(page).hasURL(Pattern.compile("/login"));
    }

    @Test
    void theHealthCheckAnswersOk(Page page) {
        APIResponse health = page.request().get("/health");

        assertEquals(200, health.status());
    }

    @Test
    void anUnknownAddressShowsAFriendlyNotFoundPageWithoutInternals(Page page) {
        Response response = page.navigate("/no-such-page");

        assertEquals(404, response.status());
        assertThat(page.getByRole(AriaRole.HEADING, named("Page not found"))).isVisible();
        assertThat(page.getByRole(AriaRole.LINK, named("Go to the home page"))).isVisible();
        assertThat(page.locator("body")).not().containsText("Exception");
    }
}
