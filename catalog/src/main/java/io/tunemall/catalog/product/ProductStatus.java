package io.tunemall.catalog.product;

/** Where a product is in its life: only ON_SALE and SOLD_OUT products are shown to shoppers. */
public enum ProductStatus {
    DRAFT,
    ON_SALE,
    SOLD_OUT,
    HIDDEN
}
