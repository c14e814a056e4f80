package io.tunemall.catalog.api;

/**
 * What the owner narrows the admin product list to; every criterion is optional (null means any).
 *
 * @param text part of the product name, or the beginning of one of its SKUs
 * @param categoryId products in this category or one of its sub-categories
 */
public record ProductFilter(String text, Long categoryId, Long brandId, SaleStatus status, StockLevel stock) {

    public static ProductFilter any() {
        return new ProductFilter(null, null, null, null, null);
    }
}
