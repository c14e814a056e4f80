package io.tunemall.catalog.api;

/** Which products an export holds; a null field does not filter. */
public record ProductExportFilter(String categorySlug, String status) {

    public static ProductExportFilter everything() {
        return new ProductExportFilter(null, null);
    }
}
