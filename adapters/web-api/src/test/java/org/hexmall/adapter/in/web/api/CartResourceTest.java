package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hexmall.application.port.in.checkout.CartChange;
import org.hexmall.application.port.in.checkout.CartItem;
import org.hexmall.application.port.in.checkout.CartView;
import org.hexmall.domain.shared.DomainException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CartResourceTest {

    private static final String PHONE = "/api/v1/cart/items/ELEC-0001";

    private final ApiTestServer api = new ApiTestServer();
    private final List<CartChange> changes = new CopyOnWriteArrayList<>();
    private String bearer;

    @BeforeEach
    void logIn() {
        bearer = "Bearer " + api.fakes.loggedIn(Fixtures.LI_LEI).id().value();
        api.fakes.changeCart = changes::add;
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theCartShowsEachLineAndTheTotalInFen() {
        api.fakes.viewCart = customer -> new CartView(List.of(new CartItem(Fixtures.PHONE, 2),
                new CartItem(Fixtures.TEA, 1)));

        JsonNode cart = api.get("/api/v1/cart", "Authorization", bearer).json();

        assertThat(cart.path("itemCount").asInt()).isEqualTo(3);
        assertThat(cart.path("total").toString()).isEqualTo("{\"fen\":249899,\"display\":\"¥2,498.99\"}");
        assertThat(cart.path("items").get(0).path("unitPrice").path("fen").asLong()).isEqualTo(123_450);
        assertThat(cart.path("items").get(0).path("total").path("display").asText()).isEqualTo("¥2,469.00");
    }

    @Test
    void putSetsTheQuantityWhetherOrNotTheProductIsInTheCartYet_inOneChange() {
        ApiTestServer.Reply reply = api.send("PUT", PHONE, "{\"quantity\":3}", "Authorization", bearer);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().has("total")).as("answers the cart").isTrue();
        assertThat(changes).containsExactly(new CartChange.Put(Fixtures.LI_LEI, Fixtures.PHONE.id(), 3));
    }

    @Test
    void putZero_takesTheProductOut() {
        assertThat(api.send("PUT", PHONE, "{\"quantity\":0}", "Authorization", bearer).status()).isEqualTo(200);
        assertThat(changes).containsExactly(new CartChange.Put(Fixtures.LI_LEI, Fixtures.PHONE.id(), 0));
    }

    @Test
    void putOfAProductNotOnSaleIsA404Problem() {
        api.fakes.changeCart = change -> {
            throw new DomainException("cart.unknown-product");
        };

        assertProblem(api.send("PUT", PHONE, "{\"quantity\":1}", "Authorization", bearer), 404, "product-not-found",
                PHONE);
        assertProblem(api.send("PUT", "/api/v1/cart/items/phone", "{\"quantity\":1}", "Authorization", bearer), 404,
                "product-not-found", "/api/v1/cart/items/phone");
    }

    @Test
    void aQuantityOutsideTheCartsRuleIsA422ValidationProblem() {
        JsonNode problem = assertProblem(api.send("PUT", PHONE, "{\"quantity\":100}", "Authorization", bearer), 422,
                "validation-failed", PHONE);

        assertThat(problem.path("errors").toString()).isEqualTo("[{\"field\":\"quantity\",\"code\":\"cart.quantity\"}]");
        assertThat(changes).isEmpty();
    }

    @Test
    void aQuantityThatIsNoWholeNumberIsA400Problem() {
        for (String body : new String[]{"{\"quantity\":\"2\"}", "{\"quantity\":2.5}", "{\"quantity\":1e40}",
                "{\"quantity\":99999999999}", "{}", "{\"quantity\":null}"}) {
            JsonNode problem = assertProblem(api.send("PUT", PHONE, body, "Authorization", bearer), 400,
                    "invalid-request", PHONE);
            assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("quantity");
        }
        assertThat(changes).isEmpty();
    }

    @Test
    void aRuleOfTheCartThatRefusesIsA422ProblemWithTheRulesCode() {
        api.fakes.changeCart = change -> {
            throw new DomainException("cart.full", 50);
        };

        JsonNode problem = assertProblem(api.send("PUT", PHONE, "{\"quantity\":1}", "Authorization", bearer), 422,
                "cart.full", PHONE);

        assertThat(problem.path("arguments").toString()).isEqualTo("[\"50\"]");
    }

    @Test
    void deleteTakesTheProductOut() {
        ApiTestServer.Reply reply = api.send("DELETE", PHONE, null, "Authorization", bearer);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(changes).containsExactly(new CartChange.Remove(Fixtures.LI_LEI, Fixtures.PHONE.id()));
    }
}
