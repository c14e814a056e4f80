package io.tunemall.catalog.api;

/**
 * How much of a product is left, as the admin product list filters it. The sets overlap: a product with one size
 * sold out and the others plentiful is both {@link #IN_STOCK} and {@link #LOW}.
 */
public enum StockLevel {
    /** At least one variant can still be sold. */
    IN_STOCK,
    /** Something is left, but at least one variant is at or below {@link #LOW_STOCK_THRESHOLD} units. */
    LOW,
    /** No variant has stock left. */
    SOLD_OUT;

    /** Units at or below which a variant counts as running low. */
    public static final int LOW_STOCK_THRESHOLD = 5;
}
