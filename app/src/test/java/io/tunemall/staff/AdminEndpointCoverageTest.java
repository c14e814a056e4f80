package io.tunemall.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.platform.security.access.AccessRules;
import io.tunemall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.tunemall.member.api.StaffAdministration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every admin page and admin API endpoint the running app maps must have an access rule; a new controller without one
 * fails here (and is refused at run time, since no rule means no access).
 */
@IntegrationTest
class AdminEndpointCoverageTest {

    static final List<String> ALL_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE");

    @Autowired
    List<RequestMappingInfoHandlerMapping> handlerMappings;
    @Autowired
    AccessRules rules;
    @Autowired
    MockMvc mvc;
    @Autowired
    StaffAdministration administration;

    @Test
    void every_registered_admin_handler_mapping_has_an_access_rule() {
        List<RequestMappingInfo> admin = handlerMappings.stream()
                .flatMap(mapping -> mapping.getHandlerMethods().keySet().stream())
                .filter(info -> patterns(info).stream().anyMatch(AdminEndpointCoverageTest::isAdmin))
                .toList();

        assertThat(admin).as("admin endpoints found").hasSizeGreaterThan(40);
        assertThat(uncovered(admin)).isEmpty();
    }

    @Test
    void the_check_reports_an_admin_endpoint_that_nobody_wrote_a_rule_for() {
        RequestMappingInfo forgotten = RequestMappingInfo.paths("/admin/loyalty-programs/{id}/payout")
                .methods(RequestMethod.POST).build();
        RequestMappingInfo forgottenApi = RequestMappingInfo.paths("/api/v1/admin/reports").build();

        assertThat(uncovered(List.of(forgotten, forgottenApi))).containsExactlyInAnyOrder(
                "POST /admin/loyalty-programs/{id}/payout", "GET /api/v1/admin/reports", "HEAD /api/v1/admin/reports",
                "POST /api/v1/admin/reports", "PUT /api/v1/admin/reports", "PATCH /api/v1/admin/reports",
                "DELETE /api/v1/admin/reports");
    }

    @Test
    void an_admin_url_without_a_rule_is_refused_even_to_the_owner() throws Exception {
        mvc.perform(get("/admin/loyalty-programs").cookie(new StaffFixture(administration, mvc).owner())).andExpect(status().isForbidden());
    }

    private List<String> uncovered(Collection<RequestMappingInfo> infos) {
        List<String> missing = new ArrayList<>();
        for (RequestMappingInfo info : infos) {
            Set<String> methods = info.getMethodsCondition().getMethods().stream().map(RequestMethod::name)
                    .collect(Collectors.toSet());
            for (String pattern : patterns(info)) {
                if (!isAdmin(pattern)) {
                    continue;
                }
                for (String method : methods.isEmpty() ? ALL_METHODS : methods) {
                    if (rules.find(method, sample(pattern)).isEmpty()) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        return missing;
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPatternValues();
    }

    private static boolean isAdmin(String pattern) {
        return pattern.equals("/admin") || pattern.startsWith("/admin/") || pattern.startsWith("/api/v1/admin");
    }

    /** A concrete path for a pattern: each variable becomes "1", each wildcard a segment. */
    static String sample(String pattern) {
        return pattern.replaceAll("\\{[^}]*}", "1").replace("**", "x").replace("*", "x");
    }
}
