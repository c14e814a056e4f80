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
    void stock_has_scopes_of_its_own_even_under_a_product() {
        assertThat(rules.scopeFor("GET", "/api/v1/admin/products/12/stock")).contains("stock:read");
        assertThat(rules.scopeFor("POST", "/api/v1/admin/stock/adjustments")).contains("stock:write");
        assertThat(rules.scopeFor("PATCH", "/api/v1/admin/products/12")).contains("products:write");
        assertThat(rules.scopeFor("GET", "/api/v1/admin/products/12/images")).contains("products:read");
    }

    @Test
    void staff_only_areas_are_closed_to_every_app() {
        assertThat(rules.scopeFor("GET", "/api/v1/admin/staff")).isEmpty();
        assertThat(rules.scopeFor("GET", "/api/v1/admin/audit")).isEmpty();
        assertThat(rules.scopeFor("POST", "/api/v1/admin/members/3/unmask/phone")).isEmpty();
        assertThat(rules.scopeFor("DELETE", "/api/v1/admin/members/3")).isEmpty();
    }
}
