package io.tunemall.catalog.api;

/** What an import does when some rows are bad. */
public enum ProductImportMode {
    /** Any bad row and nothing is written. */
    ALL_OR_NOTHING,
    /** Good products are written, bad ones reported and left out; a product is written whole or not at all. */
    PARTIAL
}
