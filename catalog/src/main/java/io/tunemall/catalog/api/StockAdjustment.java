package io.tunemall.catalog.api;

/**
 * A correction of one SKU's stock: either by {@code delta} units (negative takes away) or to exactly {@code setTo}
 * units, never both.
 *
 * @param reason why, in the owner's words; kept in the audit log
 */
public record StockAdjustment(String sku, Integer delta, Integer setTo, String reason) {
}
