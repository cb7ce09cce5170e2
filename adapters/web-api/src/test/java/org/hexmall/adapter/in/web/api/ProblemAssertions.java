package org.hexmall.adapter.in.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** The shape every problem has, whatever went wrong (RFC 9457 plus a stable {@code code}). */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    static JsonNode assertProblem(ApiTestServer.Reply reply, int status, String code, String path) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.path("type").asText()).isEqualTo("https://hexmall.example/problems/" + code);
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("status").isInt()).isTrue();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("instance").asText()).isEqualTo(path);
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(reply.body()).doesNotContain("Exception", "\tat ", "org.hexmall");
        return problem;
    }
}
