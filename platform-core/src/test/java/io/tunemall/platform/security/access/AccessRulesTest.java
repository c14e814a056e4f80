package io.tunemall.platform.security.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessRulesTest {

    static final PermissionCatalog CATALOG = new PermissionCatalog(List.of(new PlatformPermissions(),
            () -> List.of(new Permission("acme.loyalty:manage"))));

    @Test
    void the_first_matching_rule_decides_and_reads_and_writes_need_different_permissions() {
        AccessRules rules = new AccessRules(List.of(() -> List.of(
                AccessRule.any("/admin/members/{id}/unmask/**", Requirement.permission("members:pii-unmask")),
                AccessRule.read("/admin/members/**", "members:read"),
                AccessRule.write("/admin/members/**", "members:write"))), CATALOG);

        assertThat(rules.find("GET", "/admin/members").map(AccessRule::requirement))
                .contains(Requirement.permission("members:read"));
        assertThat(rules.find("GET", "/admin/members/7/edit").map(AccessRule::requirement))
                .contains(Requirement.permission("members:read"));
        assertThat(rules.find("POST", "/admin/members/7").map(AccessRule::requirement))
                .contains(Requirement.permission("members:write"));
        assertThat(rules.find("POST", "/admin/members/7/unmask").map(AccessRule::requirement))
                .contains(Requirement.permission("members:pii-unmask"));
        assertThat(rules.find("GET", "/admin/membership")).isEmpty();
    }

    @Test
    void modules_contribute_permissions_and_rules_and_a_rule_may_not_name_an_undeclared_permission() {
        assertThat(CATALOG.knows("acme.loyalty:manage")).isTrue();
        assertThat(CATALOG.byGroup()).containsKey("acme.loyalty");
        assertThat(new AccessRules(List.of(() -> List.of(AccessRule.any("/admin/acme/**",
                Requirement.permission("acme.loyalty:manage")))), CATALOG).find("DELETE", "/admin/acme/x")).isPresent();

        assertThatThrownBy(() -> new AccessRules(List.of(() -> List.of(AccessRule.read("/admin/x/**", "x:read"))), CATALOG))
                .hasMessageContaining("'x:read', which no PermissionSource declares");
        assertThatThrownBy(() -> new Permission("Catalog Read")).isInstanceOf(IllegalArgumentException.class);
    }
}
