package io.tunemall.catalog.transfer;

import io.tunemall.catalog.product.ProductStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What one product is, apart from its variants, as the import format holds it: the same on every row of the
 * product. {@code axes} are the option axes its variants have values on, in order.
 */
record ProductFields(String slug, String name, long categoryId, Long brandId, ProductStatus status, long price,
        long listPrice, Long salePrice, Instant saleStartsAt, Instant saleEndsAt, String summary, List<String> tags,
        List<String> images, List<String> axes) {

    /** The columns in which two rows of one product disagree. */
    List<String> differences(ProductFields other) {
        List<String> columns = new ArrayList<>();
        compare(columns, TransferColumn.NAME, name, other.name);
        compare(columns, TransferColumn.CATEGORY, categoryId, other.categoryId);
        compare(columns, TransferColumn.BRAND, brandId, other.brandId);
        compare(columns, TransferColumn.STATUS, status, other.status);
        compare(columns, TransferColumn.PRICE, price, other.price);
        compare(columns, TransferColumn.LIST_PRICE, listPrice, other.listPrice);
        compare(columns, TransferColumn.SALE_PRICE, salePrice, other.salePrice);
        compare(columns, TransferColumn.SALE_STARTS_AT, saleStartsAt, other.saleStartsAt);
        compare(columns, TransferColumn.SALE_ENDS_AT, saleEndsAt, other.saleEndsAt);
        compare(columns, TransferColumn.SUMMARY, summary, other.summary);
        compare(columns, TransferColumn.TAGS, tags, other.tags);
        compare(columns, TransferColumn.IMAGES, images, other.images);
        if (!axes.equals(other.axes)) {
            columns.add(TransferColumn.OPTION_PREFIX + String.join(",", axes));
        }
        return columns;
    }

    /** Whether the columns of the product table itself (not tags, images or options) are the same. */
    boolean sameRowAs(ProductFields other) {
        return name.equals(other.name) && categoryId == other.categoryId && Objects.equals(brandId, other.brandId)
                && status == other.status && price == other.price && listPrice == other.listPrice
                && Objects.equals(salePrice, other.salePrice) && Objects.equals(saleStartsAt, other.saleStartsAt)
                && Objects.equals(saleEndsAt, other.saleEndsAt) && Objects.equals(summary, other.summary);
    }

    private static void compare(List<String> columns, TransferColumn column, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            columns.add(column.key());
        }
    }

    /**
     * These fields with every optional column the file left out taken from the stored product, so that a file
     * without, say, a brand column leaves brands alone.
     */
    ProductFields over(ProductFields stored, SheetHeader header) {
        return new ProductFields(slug, name, categoryId,
                header.has(TransferColumn.BRAND) ? brandId : stored.brandId, status, price, listPrice,
                header.has(TransferColumn.SALE_PRICE) ? salePrice : stored.salePrice,
                header.has(TransferColumn.SALE_STARTS_AT) ? saleStartsAt : stored.saleStartsAt,
                header.has(TransferColumn.SALE_ENDS_AT) ? saleEndsAt : stored.saleEndsAt,
                header.has(TransferColumn.SUMMARY) ? summary : stored.summary,
                header.has(TransferColumn.TAGS) ? tags : stored.tags,
                header.has(TransferColumn.IMAGES) ? images : stored.images,
                axes);
    }

    ProductFields withAxes(List<String> ordered) {
        return new ProductFields(slug, name, categoryId, brandId, status, price, listPrice, salePrice, saleStartsAt,
                saleEndsAt, summary, tags, images, ordered);
    }
}
