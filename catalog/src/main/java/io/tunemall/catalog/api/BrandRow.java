package io.tunemall.catalog.api;

/** A brand as the admin list shows it, with the number of its products. */
public record BrandRow(long id, String name, String slug, long products) {
}
