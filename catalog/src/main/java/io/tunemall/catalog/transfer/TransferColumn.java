package io.tunemall.catalog.transfer;

import java.util.Locale;
import java.util.Optional;

/**
 * The fixed columns of the import/export format (docs/catalog-import.md), besides one {@code option:<axis>} column
 * per option axis. A header cell may use the key or the Korean label. A column left out of the header leaves that
 * field of existing products as it is; a column present with an empty cell clears the field.
 */
enum TransferColumn {
    PRODUCT_KEY("product_key", "상품키", Level.PRODUCT, true),
    NAME("name", "상품명", Level.PRODUCT, true),
    CATEGORY("category", "카테고리", Level.PRODUCT, true),
    BRAND("brand", "브랜드", Level.PRODUCT, false),
    STATUS("status", "상태", Level.PRODUCT, true),
    PRICE("price", "판매가", Level.PRODUCT, true),
    LIST_PRICE("list_price", "정가", Level.PRODUCT, true),
    SALE_PRICE("sale_price", "할인가", Level.PRODUCT, false),
    SALE_STARTS_AT("sale_starts_at", "할인시작", Level.PRODUCT, false),
    SALE_ENDS_AT("sale_ends_at", "할인종료", Level.PRODUCT, false),
    SUMMARY("summary", "요약설명", Level.PRODUCT, false),
    TAGS("tags", "태그", Level.PRODUCT, false),
    IMAGES("images", "상품이미지", Level.PRODUCT, false),
    SKU("sku", "SKU", Level.VARIANT, true),
    PRICE_DIFFERENCE("price_difference", "옵션추가금", Level.VARIANT, false),
    STOCK("stock", "재고", Level.VARIANT, true),
    BARCODE("barcode", "바코드", Level.VARIANT, false),
    OPTION_IMAGES("option_images", "옵션이미지", Level.VARIANT, false);

    /** Product columns must agree on every row of one product; variant columns belong to their row. */
    enum Level { PRODUCT, VARIANT }

    /** Header prefixes of an option axis column: {@code option:색상} or {@code 옵션:색상}. */
    static final String OPTION_PREFIX = "option:";
    static final String OPTION_PREFIX_KO = "옵션:";

    /** Separates several tags or image paths in one cell. */
    static final String LIST_SEPARATOR = "|";

    private final String key;
    private final String label;
    private final Level level;
    private final boolean required;

    TransferColumn(String key, String label, Level level, boolean required) {
        this.key = key;
        this.label = label;
        this.level = level;
        this.required = required;
    }

    String key() {
        return key;
    }

    Level level() {
        return level;
    }

    /** Required columns must be in the header and have a value on every row. */
    boolean required() {
        return required;
    }

    static Optional<TransferColumn> byHeader(String header) {
        String wanted = header.trim();
        for (TransferColumn column : values()) {
            if (column.key.equalsIgnoreCase(wanted) || column.label.equals(wanted)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** The axis an option column names, or empty when the header is no option column. */
    static Optional<String> optionAxis(String header) {
        String trimmed = header.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith(OPTION_PREFIX)) {
            return Optional.of(trimmed.substring(OPTION_PREFIX.length()).trim());
        }
        if (trimmed.startsWith(OPTION_PREFIX_KO)) {
            return Optional.of(trimmed.substring(OPTION_PREFIX_KO.length()).trim());
        }
        return Optional.empty();
    }
}
