package io.tunemall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.support.IntegrationTest;
import io.tunemall.support.RealHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiProblemsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RealHttp http;

    @Test
    void the_admin_api_without_credentials_is_a_401_problem() throws Exception {
        mvc.perform(get("/api/v1/admin/members"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/unauthorized"))
                .andExpect(jsonPath("$.instance").value("/api/v1/admin/members"));
    }

    @Test
    void an_unknown_api_path_is_a_404_problem_not_an_html_page() {
        HttpResponse<String> response = http.get("/api/v1/storefront/no-such-thing");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"detail\":\"No API resource at /api/v1/storefront/no-such-thing\"",
                "\"type\":\"https://tunemall.io/problems/not-found\"");
    }

    @Test
    void invalid_fields_are_listed_one_by_one() throws Exception {
        mvc.perform(post("/api/v1/storefront/test-probe/lines").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"\",\"quantity\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/invalid-input"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'quantity')].message").exists());
    }

    @Test
    void malformed_json_is_a_400_problem() throws Exception {
        mvc.perform(post("/api/v1/storefront/test-probe/lines").contentType(MediaType.APPLICATION_JSON).content("{oops"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        HttpResponse<String> response = http.get("/api/v1/storefront/test-probe/lines");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("\"type\":\"https://tunemall.io/problems/method-not-allowed\"");
    }

    @Test
    void a_shop_failure_keeps_its_status_and_says_what_went_wrong() throws Exception {
        mvc.perform(post("/api/v1/storefront/test-probe/lines").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sku\":\"TEE-BLK-M\",\"quantity\":2}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/out-of-stock"))
                .andExpect(jsonPath("$.detail").value("SKU TEE-BLK-M: 2 requested, 1 left"));
    }

    @Test
    void an_unexpected_failure_names_the_request_but_never_the_internals() throws Exception {
        mvc.perform(get("/api/v1/storefront/test-probe/crash").header("X-Request-Id", "probe-request-0001"))
                .andExpect(status().isInternalServerError())
                .andExpect(header().string("X-Request-Id", "probe-request-0001"))
                .andExpect(jsonPath("$.requestId").value("probe-request-0001"))
                .andExpect(content().string(not(containsString("secret internal detail"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))));
    }
}
