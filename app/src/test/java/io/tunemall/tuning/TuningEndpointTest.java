package io.tunemall.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.platform.tuning.HookChains;
import io.tunemall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class TuningEndpointTest {

    @Autowired
    HookChains chains;
    @Autowired
    MockMvc mvc;

    @Test
    void hook_beans_are_resolved_into_an_ordered_chain_at_startup() {
        assertThat(chains.chain(ProbeHooks.LABEL).collect(label -> label.apply("sale"))).containsExactly("sale!", "SALE");
    }

    @Test
    void the_tuning_endpoint_lists_each_point_with_its_chain_owners_and_timings() throws Exception {
        chains.chain(ProbeHooks.LABEL).collect(label -> label.apply("x"));

        mvc.perform(get("/actuator/tuning"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.point == 'test.label')].chain[0].module").value("test.exclaim"))
                .andExpect(jsonPath("$[?(@.point == 'test.label')].chain[1].module").value("test.shout"))
                .andExpect(jsonPath("$[?(@.point == 'test.label')].onFailure").value("SKIP_AND_LOG"))
                .andExpect(jsonPath("$[?(@.point == 'test.label')].chain[0].enabled").value(true));
    }
}
