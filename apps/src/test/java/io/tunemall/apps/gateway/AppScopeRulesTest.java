package io.tunemall.apps.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AppScopeRulesTest {

    private final AppScopeRules rules = new AppScopeRules();

    @Test
    void reads_need_the_read_scope_and_writes_the_write_scope() {
        assertThat(rules.scopeFor("GET", "/api/v1/admin/products")).contains("products:read");
        assertThat(rules.scopeFor("GET", "/api/v1/admin/products/12")).contains("products:read");
        assertThat(rules.scopeFor("PUT", "/api/v1/admin/products/12")).contains("products:write");
        assertThat(rules.scopeFor("POST", "/api/v1/admin/orders")).contains("orders:write");
    }

    @Test
    void staff_only_areas_are_closed_to_every_app() {
        assertThat(rules.scopeFor("GET", "/api/v1/admin/staff")).isEmpty();
        assertThat(rules.scopeFor("GET", "/api/v1/admin/audit")).isEmpty();
        assertThat(rules.scopeFor("POST", "/api/v1/admin/members/3/unmask/phone")).isEmpty();
        assertThat(rules.scopeFor("DELETE", "/api/v1/admin/members/3")).isEmpty();
    }
}
