package io.tunemall.catalog.api;

/** Where a product is in its life, as the owner sets it: only ON_SALE and SOLD_OUT products are shown to shoppers. */
public enum SaleStatus {
    DRAFT,
    ON_SALE,
    SOLD_OUT,
    HIDDEN
}
