package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hexmall.adapter.in.web.api.ProblemAssertions.assertProblem;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.hexmall.domain.catalog.Category;
import org.hexmall.domain.catalog.Product;
import org.hexmall.domain.catalog.ProductId;
import org.hexmall.domain.catalog.SearchTerms;
import org.hexmall.domain.shared.Money;
import org.hexmall.domain.shared.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProductsResourceTest {

    private final ApiTestServer api = new ApiTestServer();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void theCatalogIsOpenToEveryoneWithMoneyInWholeFenAndAsShown() {
        api.fakes.browseCatalog = category -> List.of(Fixtures.PHONE, Fixtures.TEA);

        ApiTestServer.Reply reply = api.get("/api/v1/products");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode phone = reply.json().path("items").get(0);
        assertThat(phone.toString()).isEqualTo("{\"id\":\"ELEC-0001\",\"nameEn\":\"Smartphone\",\"nameZh\":\"智能手机\","
                + "\"category\":\"ELECTRONICS\",\"price\":{\"fen\":123450,\"display\":\"¥1,234.50\"}}");
        assertThat(phone.path("price").path("fen").isIntegralNumber()).as("never a floating-point number").isTrue();
        assertThat(reply.json().path("total").asInt()).isEqualTo(2);
    }

    @Test
    void aCategoryNarrowsTheCatalog() {
        AtomicReference<Optional<Category>> asked = new AtomicReference<>();
        api.fakes.browseCatalog = category -> {
            asked.set(category);
            return List.of(Fixtures.TEA);
        };

        assertThat(api.get("/api/v1/products?category=GROCERIES").status()).isEqualTo(200);
        assertThat(asked).hasValue(Optional.of(Category.GROCERIES));
    }

    @Test
    void theCatalogComesInPages() {
        List<Product> thirty = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            thirty.add(new Product(new ProductId("BOOK-%04d".formatted(i)), "Book " + i, "书 " + i, Category.BOOKS,
                    Money.ofFen(100L * i)));
        }
        api.fakes.browseCatalog = category -> thirty;

        JsonNode page = api.get("/api/v1/products?page=3&size=12").json();

        assertThat(page.path("items")).hasSize(6);
        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo("BOOK-0025");
        assertThat(page.path("page").asInt()).isEqualTo(3);
        assertThat(page.path("size").asInt()).isEqualTo(12);
        assertThat(page.path("total").asInt()).isEqualTo(30);
        assertThat(page.path("pageCount").asInt()).isEqualTo(3);
        assertThat(api.get("/api/v1/products?page=9").json().path("items")).isEmpty();
    }

    @Test
    void badQueryParametersAreA400ProblemNamingEach() {
        String path = "/api/v1/products?category=TOYS&page=0&size=x";

        JsonNode problem = assertProblem(api.get(path), 400, "invalid-request", "/api/v1/products");

        assertThat(problem.path("errors").toString()).isEqualTo("[{\"field\":\"category\",\"code\":\"category.unknown\"},"
                + "{\"field\":\"page\",\"code\":\"range\"},{\"field\":\"size\",\"code\":\"type.integer\"}]");
    }

    @Test
    void oneProductByItsId() {
        api.fakes.viewProduct = id -> id.equals(Fixtures.PHONE.id()) ? Optional.of(Fixtures.PHONE) : Optional.empty();

        ApiTestServer.Reply reply = api.get("/api/v1/products/ELEC-0001");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("nameZh").asText()).isEqualTo("智能手机");
    }

    @Test
    void anUnknownOrMalformedProductIdIsA404Problem() {
        assertProblem(api.get("/api/v1/products/ELEC-9999"), 404, "product-not-found", "/api/v1/products/ELEC-9999");
        assertProblem(api.get("/api/v1/products/not-an-id"), 404, "product-not-found", "/api/v1/products/not-an-id");
    }

    @Test
    void aSearchAsksForItsWordsAndPage_andAnswersThePageTheSearchFound() {
        AtomicReference<SearchTerms> asked = new AtomicReference<>();
        api.fakes.searchCatalog = (terms, page, size) -> {
            asked.set(terms);
            return new Page<>(List.of(Fixtures.TEA), page, size, 41);
        };

        JsonNode page = api.get("/api/v1/products?q=Jasmine%20%E8%8C%B6&page=3&size=20").json();

        assertThat(asked.get().words()).containsExactly("jasmine", "茶");
        assertThat(page.path("items").get(0).path("id").asText()).isEqualTo(Fixtures.TEA.id().value());
        assertThat(page.path("page").asInt()).isEqualTo(3);
        assertThat(page.path("total").asInt()).isEqualTo(41);
    }

    @Test
    void aSearchOfNothingOrTooMuchIsA400ProblemWithItsCode() {
        assertThat(assertProblem(api.get("/api/v1/products?q=%20%20"), 400, "invalid-request", "/api/v1/products")
                .path("errors").toString()).isEqualTo("[{\"field\":\"q\",\"code\":\"search.empty\"}]");
        assertThat(assertProblem(api.get("/api/v1/products?q=" + "x".repeat(SearchTerms.MAX_LENGTH + 1)), 400, "invalid-request",
                "/api/v1/products").path("errors").toString())
                .isEqualTo("[{\"field\":\"q\",\"code\":\"search.too-long\"}]");
        assertThat(assertProblem(api.get("/api/v1/products?q=tea&category=BOOKS"), 400, "invalid-request",
                "/api/v1/products").path("errors").toString())
                .isEqualTo("[{\"field\":\"q\",\"code\":\"search.with-category\"}]");
    }
}
