package io.tunemall.catalog.transfer;

import io.tunemall.catalog.api.ProductExportFilter;
import io.tunemall.catalog.api.ProductFileFormat;
import io.tunemall.catalog.api.ProductTransfer;
import io.tunemall.catalog.product.ProductStatus;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes products in the import format, one row per variant (a product without variants gets one row without a
 * SKU), reading them 500 at a time in id order so memory does not grow with the catalog.
 */
@Component
class ProductExport {

    private static final int PAGE = 500;

    private static final List<TransferColumn> PRODUCT_COLUMNS = List.of(TransferColumn.PRODUCT_KEY,
            TransferColumn.NAME, TransferColumn.CATEGORY, TransferColumn.BRAND, TransferColumn.STATUS,
            TransferColumn.PRICE, TransferColumn.LIST_PRICE, TransferColumn.SALE_PRICE, TransferColumn.SALE_STARTS_AT,
            TransferColumn.SALE_ENDS_AT, TransferColumn.SUMMARY, TransferColumn.TAGS, TransferColumn.IMAGES);
    private static final List<TransferColumn> VARIANT_COLUMNS = List.of(TransferColumn.SKU,
            TransferColumn.PRICE_DIFFERENCE, TransferColumn.STOCK, TransferColumn.BARCODE,
            TransferColumn.OPTION_IMAGES);

    private final StoredProducts stored;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final ShopClock clock;

    ProductExport(StoredProducts stored, JdbcTemplate jdbc, NamedParameterJdbcTemplate named, ShopClock clock) {
        this.stored = stored;
        this.jdbc = jdbc;
        this.named = named;
        this.clock = clock;
    }

    ProductTransfer.ProductExportWriter prepare(ProductExportFilter filter, ProductFileFormat format) {
        CatalogLookup lookup = CatalogLookup.load(jdbc);
        Long categoryId = filter.categorySlug() == null || filter.categorySlug().isBlank() ? null
                : lookup.category(filter.categorySlug()).orElseThrow(() -> ShopException.invalid("unknown-category",
                        "No category has the slug " + filter.categorySlug()));
        ProductStatus status = filter.status() == null || filter.status().isBlank() ? null
                : StatusNames.parse(filter.status()).orElseThrow(() -> ShopException.invalid("unknown-status",
                        "No product status is called " + filter.status()));
        return out -> write(lookup, categoryId, status, format, out);
    }

    private void write(CatalogLookup lookup, Long categoryId, ProductStatus status, ProductFileFormat format,
            OutputStream out) throws IOException {
        List<String> axes = axes(categoryId, status);
        ShopMoments moments = new ShopMoments(clock.zone());
        try (SheetWriter sheet = SheetWriter.open(out, format)) {
            sheet.row(header(axes));
            long after = 0;
            List<StoredProduct> page;
            do {
                page = stored.page(after, categoryId, status, PAGE);
                for (StoredProduct product : page) {
                    for (List<Object> row : rows(product, axes, lookup, moments)) {
                        sheet.row(row);
                    }
                    after = product.id();
                }
            } while (page.size() == PAGE);
        }
    }

    private static List<Object> header(List<String> axes) {
        List<Object> header = new ArrayList<>();
        PRODUCT_COLUMNS.forEach(column -> header.add(column.key()));
        axes.forEach(axis -> header.add(TransferColumn.OPTION_PREFIX + axis));
        VARIANT_COLUMNS.forEach(column -> header.add(column.key()));
        return header;
    }

    /** Every option axis of the exported products, first axes first (colour before size). */
    private List<String> axes(Long categoryId, ProductStatus status) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        StringBuilder sql = new StringBuilder("SELECT o.axis FROM product_option o JOIN product p ON p.id = o.product_id"
                + " WHERE 1 = 1");
        if (categoryId != null) {
            sql.append(" AND p.category_id = :category");
            parameters.addValue("category", categoryId);
        }
        if (status != null) {
            sql.append(" AND p.status = :status");
            parameters.addValue("status", status.name());
        }
        sql.append(" GROUP BY o.axis ORDER BY MIN(o.sort_order), COUNT(*) DESC, o.axis");
        return named.queryForList(sql.toString(), parameters, String.class);
    }

    private static List<List<Object>> rows(StoredProduct product, List<String> axes, CatalogLookup lookup,
            ShopMoments moments) {
        ProductFields f = product.fields();
        List<Object> common = new ArrayList<>(List.of(f.slug(), f.name(), lookup.categorySlug(f.categoryId()),
                lookup.brandName(f.brandId()), f.status().name(), f.price(), f.listPrice(),
                f.salePrice() == null ? "" : f.salePrice(), moments.format(f.saleStartsAt()),
                moments.format(f.saleEndsAt()), f.summary() == null ? "" : f.summary(),
                String.join(TransferColumn.LIST_SEPARATOR, f.tags()),
                String.join(TransferColumn.LIST_SEPARATOR, f.images())));
        // The file's first axis of this product is its first in header order: an import reads option images by it.
        String firstAxis = axes.stream().filter(f.axes()::contains).findFirst().orElse(null);
        List<List<Object>> rows = new ArrayList<>();
        for (StoredProduct.Variant variant : product.variants()) {
            List<Object> row = new ArrayList<>(common);
            List<String> values = variant.fields().values();
            for (String axis : axes) {
                int index = f.axes().indexOf(axis);
                row.add(index >= 0 && index < values.size() && values.size() == f.axes().size() ? values.get(index) : "");
            }
            String firstValue = firstAxis == null || values.size() != f.axes().size() ? null
                    : values.get(f.axes().indexOf(firstAxis));
            row.add(variant.fields().sku());
            row.add(variant.fields().priceDifference());
            row.add((long) variant.fields().stock());
            row.add(variant.fields().barcode() == null ? "" : variant.fields().barcode());
            row.add(firstValue == null ? "" : String.join(TransferColumn.LIST_SEPARATOR,
                    product.optionImages().getOrDefault(firstValue, List.of())));
            rows.add(row);
        }
        if (rows.isEmpty()) {
            List<Object> row = new ArrayList<>(common);
            axes.forEach(axis -> row.add(""));
            VARIANT_COLUMNS.forEach(column -> row.add(""));
            rows.add(row);
        }
        return rows;
    }
}
