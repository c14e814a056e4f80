package io.tunemall.admin.access;

import static io.tunemall.platform.security.access.PlatformPermissions.AUDIT_READ;
import static io.tunemall.platform.security.access.PlatformPermissions.CATALOG_READ;
import static io.tunemall.platform.security.access.PlatformPermissions.CATALOG_WRITE;
import static io.tunemall.platform.security.access.PlatformPermissions.MEMBERS_PII_UNMASK;
import static io.tunemall.platform.security.access.PlatformPermissions.MEMBERS_READ;
import static io.tunemall.platform.security.access.PlatformPermissions.MEMBERS_WRITE;
import static io.tunemall.platform.security.access.PlatformPermissions.ORDERS_READ;
import static io.tunemall.platform.security.access.PlatformPermissions.ORDERS_WRITE;
import static io.tunemall.platform.security.access.PlatformPermissions.PROMOTIONS_READ;
import static io.tunemall.platform.security.access.PlatformPermissions.PROMOTIONS_WRITE;
import static io.tunemall.platform.security.access.PlatformPermissions.SETTINGS_READ;
import static io.tunemall.platform.security.access.PlatformPermissions.SETTINGS_WRITE;
import static io.tunemall.platform.security.access.PlatformPermissions.STAFF_MANAGE;
import static io.tunemall.platform.security.access.PlatformPermissions.TUNING_MANAGE;

import io.tunemall.platform.security.access.AccessRule;
import io.tunemall.platform.security.access.AccessRuleSource;
import io.tunemall.platform.security.access.Requirement;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Which permission each admin page and admin API needs: the one place to read it. A URL group is read with its
 * {@code :read} permission and changed (POST, PUT, PATCH, DELETE) with its {@code :write} permission; a rule must come
 * before a broader one it narrows. An admin endpoint that no rule covers is refused, and AdminEndpointCoverageTest
 * fails until it has one.
 */
@Component
@Order(100)
class AdminAccessRules implements AccessRuleSource {

    @Override
    public List<AccessRule> accessRules() {
        List<AccessRule> rules = new ArrayList<>();
        // Signing in: open, or in the middle of the login (password checked, second factor or enrolment to come).
        rules.add(AccessRule.any("/admin/login", Requirement.open()));
        rules.add(AccessRule.any("/admin/assets/**", Requirement.open()));
        rules.add(AccessRule.any("/admin/login/code", Requirement.loginStep()));
        rules.add(AccessRule.any("/admin/account/mfa", Requirement.loginStep()));
        // Every staff member: the dashboard and their own account.
        rules.add(AccessRule.any("/admin", Requirement.signedIn()));
        rules.add(AccessRule.any("/admin/", Requirement.signedIn()));
        rules.add(AccessRule.any("/admin/account/**", Requirement.signedIn()));

        // Stock is part of the catalog for staff; apps get it with scopes of its own (stock:read, stock:write).
        both(rules, CATALOG_READ, CATALOG_WRITE, "/admin/products/**", "/admin/categories/**", "/admin/brands/**",
                "/api/v1/admin/products/**", "/api/v1/admin/categories/**", "/api/v1/admin/brands/**",
                "/api/v1/admin/stock/**");

        // Seeing personal data unmasked is its own permission (and every use is audited by the member module).
        rules.add(AccessRule.any("/admin/members/{id}/unmask/**", Requirement.permission(MEMBERS_PII_UNMASK)));
        rules.add(AccessRule.any("/api/v1/admin/members/{id}/unmask/**", Requirement.permission(MEMBERS_PII_UNMASK)));
        // Member settings (under-14 rule, consent texts) are the shop's settings, not member records.
        both(rules, SETTINGS_READ, SETTINGS_WRITE, "/admin/members/settings/**");
        both(rules, MEMBERS_READ, MEMBERS_WRITE, "/admin/members/**", "/admin/points/**",
                "/api/v1/admin/members/**", "/api/v1/admin/points/**");

        both(rules, ORDERS_READ, ORDERS_WRITE, "/admin/orders/**", "/admin/claims/**", "/admin/payments/**",
                "/admin/shipping/**", "/api/v1/admin/orders/**", "/api/v1/admin/claims/**",
                "/api/v1/admin/payments/**", "/api/v1/admin/shipping/**");

        // Grade tiers and re-grading set what every member gets, like coupons: promotions, not member records.
        both(rules, PROMOTIONS_READ, PROMOTIONS_WRITE, "/admin/coupons/**", "/admin/gift-cards/**", "/admin/grades/**",
                "/api/v1/admin/coupons/**", "/api/v1/admin/gift-cards/**", "/api/v1/admin/grades/**");

        both(rules, SETTINGS_READ, SETTINGS_WRITE, "/admin/search-index/**", "/admin/settings/**", "/admin/apps/**",
                "/admin/webhooks/**", "/admin/app-store/**",
                "/api/v1/admin/settings/**", "/api/v1/admin/apps/**");

        rules.add(AccessRule.any("/admin/tuning/**", Requirement.permission(TUNING_MANAGE)));
        // Tuning modules' own admin pages: the chain asks ModuleRouteAccess, which applies each route's declared
        // permission; this rule only records that staff must be signed in.
        rules.add(AccessRule.any("/admin/t/**", Requirement.signedIn()));
        rules.add(AccessRule.any("/api/v1/admin/tuning/**", Requirement.permission(TUNING_MANAGE)));
        rules.add(AccessRule.any("/admin/staff/**", Requirement.permission(STAFF_MANAGE)));
        rules.add(AccessRule.any("/api/v1/admin/staff/**", Requirement.permission(STAFF_MANAGE)));
        rules.add(AccessRule.read("/admin/audit/**", AUDIT_READ));
        rules.add(AccessRule.read("/api/v1/admin/audit/**", AUDIT_READ));
        return rules;
    }

    private static void both(List<AccessRule> rules, String read, String write, String... patterns) {
        for (String pattern : patterns) {
            rules.add(AccessRule.read(pattern, read));
            rules.add(AccessRule.write(pattern, write));
        }
    }
}
