package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.checkout.CartItem;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.domain.account.CustomerId;
import org.hexmall.domain.security.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CustomerAuthenticationTest {

    private static final String CART = "/api/v1/cart";
    private static final String ITEM = "/api/v1/cart/items/ELEC-0001";

    private final ApiTestServer api = new ApiTestServer();
    private final AtomicReference<CustomerId> cartOwner = new AtomicReference<>();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void withoutCredentialsTheAnswerIsA401ProblemThatNamesTheBearerScheme() {
        ApiTestServer.Reply reply = api.get(CART);

        assertProblem(reply, 401, "unauthenticated", CART);
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(api.fakes.sessionsStarted).as("no session is started for a caller without one").hasValue(0);
    }

    @Test
    void aBearerTokenActsForItsCustomer() {
        Session session = api.fakes.loggedIn(Fixtures.LI_LEI);
        api.fakes.viewCart = customer -> {
            cartOwner.set(customer);
            return new CartView(List.of(new CartItem(Fixtures.PHONE, 1)));
        };

        ApiTestServer.Reply reply = api.get(CART, "Authorization", "Bearer " + session.id().value());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(cartOwner).hasValue(Fixtures.LI_LEI);
    }

    @Test
    void theSchemeNameIsCaseInsensitive() {
        Session session = api.fakes.loggedIn(Fixtures.LI_LEI);

        assertThat(api.get(CART, "Authorization", "bearer " + session.id().value()).status()).isEqualTo(200);
    }

    @Test
    void anUnknownOrEndedTokenIsRefusedEvenWithAGoodCookie() {
        Session cookieSession = api.fakes.loggedIn(Fixtures.LI_LEI);

        ApiTestServer.Reply reply = api.get(CART, "Authorization", "Bearer " + FakeInPorts.randomId(),
                "Cookie", FakeInPorts.SESSION_COOKIE + "=" + cookieSession.id().value());

        assertProblem(reply, 401, "unauthenticated", CART);
    }

    @Test
    void otherAuthorizationSchemesAreRefused() {
        assertProblem(api.get(CART, "Authorization", "Basic dXNlcjpwYXNz"), 401, "unauthenticated", CART);
    }

    @Test
    void aSessionThatIsNotACustomersIsRefused() {
        Session agent = api.fakes.agentSession();
        Session visitor = api.fakes.anonymousSession();

        assertProblem(api.get(CART, "Authorization", "Bearer " + agent.id().value()), 401, "unauthenticated", CART);
        assertProblem(api.get(CART, "Cookie", FakeInPorts.SESSION_COOKIE + "=" + visitor.id().value()), 401,
                "unauthenticated", CART);
    }

    @Test
    void theShopsSessionCookieWorksForReading() {
        Session session = api.fakes.loggedIn(Fixtures.LI_LEI);

        ApiTestServer.Reply reply = api.get(CART, "Cookie", FakeInPorts.SESSION_COOKIE + "=" + session.id().value());

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void aCookieRequestThatChangesSomethingNeedsTheFormTokenInAHeader() {
        Session session = api.fakes.loggedIn(Fixtures.LI_LEI);
        String cookie = FakeInPorts.SESSION_COOKIE + "=" + session.id().value();
        AtomicReference<CartChange> change = new AtomicReference<>();
        api.fakes.changeCart = change::set;

        assertProblem(api.send("PUT", ITEM, "{\"quantity\":2}", "Cookie", cookie), 403, "csrf-token-invalid", ITEM);
        assertProblem(api.send("DELETE", ITEM, null, "Cookie", cookie, "X-CSRF-Token", "wrong"), 403,
                "csrf-token-invalid", ITEM);
        assertThat(change).as("nothing changed").hasValue(null);

        ApiTestServer.Reply reply = api.send("PUT", ITEM, "{\"quantity\":2}", "Cookie", cookie,
                "X-CSRF-Token", session.csrfToken());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(change.get()).isEqualTo(new CartChange.Put(Fixtures.LI_LEI, Fixtures.PHONE.id(), 2));
    }

    @Test
    void aBearerRequestThatChangesSomethingNeedsNoFormToken() {
        Session session = api.fakes.loggedIn(Fixtures.LI_LEI);

        ApiTestServer.Reply reply = api.send("DELETE", ITEM, null, "Authorization", "Bearer " + session.id().value());

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void callersAreCheckedBeforeTheirInputSoStrangersLearnNothing() {
        String path = "/api/v1/orders/not-an-id";

        assertProblem(api.get(path), 401, "unauthenticated", path);
    }
}
