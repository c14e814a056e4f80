package io.tunemall.apps.api;

import java.util.List;

/** The scopes an app may be granted. Keys are stored with apps and sent by apps: never rename one. */
public final class AppScopes {

    public static final String PRODUCTS_READ = "products:read";
    public static final String PRODUCTS_WRITE = "products:write";
    public static final String ORDERS_READ = "orders:read";
    public static final String ORDERS_WRITE = "orders:write";
    public static final String MEMBERS_READ = "members:read";
    public static final String COUPONS_READ = "coupons:read";
    public static final String COUPONS_WRITE = "coupons:write";
    public static final String WEBHOOKS_MANAGE = "webhooks:manage";
    public static final String STOCK_READ = "stock:read";
    public static final String STOCK_WRITE = "stock:write";

    public static final List<String> ALL = List.of(PRODUCTS_READ, PRODUCTS_WRITE, ORDERS_READ, ORDERS_WRITE,
            MEMBERS_READ, COUPONS_READ, COUPONS_WRITE, WEBHOOKS_MANAGE, STOCK_READ, STOCK_WRITE);

    private AppScopes() {
    }
}
