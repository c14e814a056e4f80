package io.tunemall.platform.security.access;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The permissions of the platform's own admin console and admin API. Keys are stored in roles: never rename one. */
@Component
@Order(0)
public class PlatformPermissions implements PermissionSource {

    public static final String CATALOG_READ = "catalog:read";
    public static final String CATALOG_WRITE = "catalog:write";
    public static final String MEMBERS_READ = "members:read";
    public static final String MEMBERS_WRITE = "members:write";
    /** Seeing a member's name, email, phone or address unmasked; every use is written to the audit log. */
    public static final String MEMBERS_PII_UNMASK = "members:pii-unmask";
    public static final String ORDERS_READ = "orders:read";
    public static final String ORDERS_WRITE = "orders:write";
    public static final String PROMOTIONS_READ = "promotions:read";
    public static final String PROMOTIONS_WRITE = "promotions:write";
    public static final String SETTINGS_READ = "settings:read";
    public static final String SETTINGS_WRITE = "settings:write";
    public static final String TUNING_MANAGE = "tuning:manage";
    /** Staff accounts and roles: who may do what. */
    public static final String STAFF_MANAGE = "staff:manage";
    public static final String AUDIT_READ = "audit:read";

    @Override
    public List<Permission> permissions() {
        return List.of(CATALOG_READ, CATALOG_WRITE, MEMBERS_READ, MEMBERS_WRITE, MEMBERS_PII_UNMASK, ORDERS_READ,
                ORDERS_WRITE, PROMOTIONS_READ, PROMOTIONS_WRITE, SETTINGS_READ, SETTINGS_WRITE, TUNING_MANAGE,
                STAFF_MANAGE, AUDIT_READ).stream().map(Permission::new).toList();
    }
}
