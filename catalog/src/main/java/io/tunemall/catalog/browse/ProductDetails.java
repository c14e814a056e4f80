package io.tunemall.catalog.browse;

import io.tunemall.platform.db.DbTime;
import io.tunemall.catalog.api.Pricing;
import io.tunemall.catalog.api.ProductDetail;
import io.tunemall.catalog.api.ProductDetail.BrandSummary;
import io.tunemall.catalog.api.ProductDetail.Image;
import io.tunemall.catalog.api.ProductDetail.OptionAxis;
import io.tunemall.catalog.api.ProductDetail.Variant;
import io.tunemall.catalog.api.ProductLink;
import io.tunemall.catalog.cache.CatalogCaches;
import io.tunemall.catalog.category.CategoryTrees;
import io.tunemall.catalog.product.ProductStatus;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.sdk.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Reads a product page in five indexed queries: the product with its brand, options, variants, images and tags. */
@Component
class ProductDetails {

    private static final String COLUMNS = "p.id, p.category_id, p.name, p.slug, p.summary, p.description, p.price,"
            + " p.list_price, p.sale_price, p.sale_starts_at, p.sale_ends_at, p.status, p.updated_at,"
            + " b.id AS brand_id, b.name AS brand_name, b.slug AS brand_slug";
    private static final String FROM = " FROM product p LEFT JOIN brand b ON b.id = p.brand_id WHERE " + ListingSql.LISTED;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final CategoryTrees trees;
    private final MediaStore media;

    ProductDetails(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, CategoryTrees trees,
            MediaStore media) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.trees = trees;
        this.media = media;
    }

    /** Empty results are cached too ({@code Optional.empty()} is stored as null), so unknown slugs cost one query. */
    @Cacheable(value = CatalogCaches.PRODUCT, key = "#p0")
    public Optional<ProductDetail> find(String idOrSlug) {
        return readOnly.execute(status -> {
            List<ProductRow> found = jdbc.query("SELECT " + COLUMNS + FROM + " AND p.slug = :slug",
                    new MapSqlParameterSource("slug", idOrSlug), ProductDetails::row);
            if (found.isEmpty() && idOrSlug.matches("\\d{1,18}")) {
                found = jdbc.query("SELECT " + COLUMNS + FROM + " AND p.id = :id",
                        new MapSqlParameterSource("id", Long.parseLong(idOrSlug)), ProductDetails::row);
            }
            return found.stream().findFirst().map(this::detail);
        });
    }

    /** The product's own columns, read before its options, variants and images. */
    private record ProductRow(long id, long categoryId, String name, String slug, String summary, String description,
            Pricing pricing, boolean markedSoldOut, Instant updatedAt, BrandSummary brand) {
    }

    private static ProductRow row(ResultSet row, int rowNumber) throws SQLException {
        long brandId = row.getLong("brand_id");
        BrandSummary brand = row.wasNull() ? null
                : new BrandSummary(brandId, row.getString("brand_name"), row.getString("brand_slug"));
        return new ProductRow(row.getLong("id"), row.getLong("category_id"), row.getString("name"), row.getString("slug"),
                row.getString("summary"), row.getString("description"), ListingPages.pricing(row),
                ProductStatus.SOLD_OUT.name().equals(row.getString("status")), DbTime.read(row, "updated_at"), brand);
    }

    private ProductDetail detail(ProductRow product) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", product.id());
        List<Variant> variants = variants(params, product.markedSoldOut());
        boolean soldOut = product.markedSoldOut()
                || (!variants.isEmpty() && variants.stream().noneMatch(variant -> variant.stock() > 0));
        return new ProductDetail(product.id(), product.name(), product.slug(), product.summary(), product.description(),
                product.pricing(), product.brand(), product.categoryId(), trees.tree().breadcrumbs(product.categoryId()),
                tags(params), axes(params), variants, images(params), soldOut, product.updatedAt());
    }

    private List<OptionAxis> axes(MapSqlParameterSource params) {
        Map<String, List<String>> byAxis = new LinkedHashMap<>();
        jdbc.query("SELECT o.axis, o.option_value FROM product_option o WHERE o.product_id = :id ORDER BY o.sort_order, o.id",
                params, row -> {
                    byAxis.computeIfAbsent(row.getString("axis"), k -> new ArrayList<>()).add(row.getString("option_value"));
                });
        return byAxis.entrySet().stream().map(axis -> new OptionAxis(axis.getKey(), axis.getValue())).toList();
    }

    private List<Variant> variants(MapSqlParameterSource params, boolean markedSoldOut) {
        return jdbc.query("SELECT v.id, v.sku, v.option_values, v.price_delta, v.stock, v.barcode FROM product_variant v"
                + " WHERE v.product_id = :id ORDER BY v.sort_order, v.id", params, (row, i) -> {
                    int stock = row.getInt("stock");
                    // The variant's option values are stored in axis order, joined by " / " (ProductVariant).
                    List<String> values = Arrays.asList(row.getString("option_values").split(" / "));
                    return new Variant(row.getLong("id"), row.getString("sku"), values,
                            Money.won(row.getLong("price_delta")), stock, stock > 0 && !markedSoldOut,
                            row.getString("barcode"));
                });
    }

    private List<Image> images(MapSqlParameterSource params) {
        return jdbc.query("SELECT i.option_value, i.path, i.alt_text FROM product_image i WHERE i.product_id = :id"
                + " ORDER BY i.sort_order, i.id", params,
                (row, i) -> new Image(media.url(row.getString("path")), row.getString("alt_text"), row.getString("option_value")));
    }

    private List<String> tags(MapSqlParameterSource params) {
        return jdbc.queryForList("SELECT t.tag FROM product_tag t WHERE t.product_id = :id ORDER BY t.tag", params, String.class);
    }

    /** Used by sitemaps; not cached, a crawler reads each file rarely. */
    List<ProductLink> links(long afterId, long upToId, int limit) {
        return jdbc.query("SELECT p.id, p.slug, p.updated_at FROM product p WHERE p.id > :after AND p.id <= :upTo AND "
                + ListingSql.LISTED + " ORDER BY p.id LIMIT :limit",
                new MapSqlParameterSource("after", afterId).addValue("upTo", upToId).addValue("limit", limit),
                (row, i) -> new ProductLink(row.getLong("id"), row.getString("slug"),
                        DbTime.read(row, "updated_at")));
    }

    long highestId() {
        Long highest = jdbc.getJdbcOperations().queryForObject("SELECT COALESCE(MAX(id), 0) FROM product", Long.class);
        return highest == null ? 0 : highest;
    }
}
