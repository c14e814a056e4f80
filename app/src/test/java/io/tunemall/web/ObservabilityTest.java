package io.tunemall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void health_is_up_with_the_database_and_redis() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components.db.status").value("UP"))
                .andExpect(jsonPath("$.components.redis.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void metrics_are_published_for_prometheus() throws Exception {
        mvc.perform(get("/"));
        mvc.perform(get("/actuator/prometheus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("http_server_requests_seconds_count")))
                .andExpect(content().string(containsString("hikaricp_connections")))
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void every_response_carries_a_fresh_request_id() throws Exception {
        mvc.perform(get("/"))
                .andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
    }

    @Test
    void a_request_id_from_the_load_balancer_is_kept_but_garbage_is_replaced() throws Exception {
        mvc.perform(get("/").header("X-Request-Id", "lb-4f2a9c11")).andExpect(header().string("X-Request-Id", "lb-4f2a9c11"));
        mvc.perform(get("/").header("X-Request-Id", "<script>"))
                .andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
    }

    @Test
    void log_lines_written_while_serving_a_request_carry_its_id(CapturedOutput output) throws Exception {
        mvc.perform(get("/api/v1/storefront/test-probe/crash").header("X-Request-Id", "trace-me-12345"));

        assertThat(output.getOut().lines().filter(line -> line.contains("Unexpected failure serving")))
                .singleElement()
                .satisfies(line -> assertThat(line).contains("[trace-me-12345]"));
    }
}
