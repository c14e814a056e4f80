package io.tunemall.catalog.transfer;

import io.tunemall.catalog.product.ProductStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads products with their variants, options, tags and images in a handful of queries per batch, for an import to
 * compare against and for an export to write out. Plain JDBC: a batch of 500 products is five queries, not 2,500.
 */
@Component
class StoredProducts {

    private static final String PRODUCT_COLUMNS = "SELECT id, slug, name, category_id, brand_id, status, price, "
            + "list_price, sale_price, sale_starts_at, sale_ends_at, summary FROM product ";

    private final NamedParameterJdbcTemplate jdbc;

    StoredProducts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The products with these slugs, by slug; {@code lock} holds them against other writers until commit. */
    Map<String, StoredProduct> bySlugs(Collection<String> slugs, boolean lock) {
        if (slugs.isEmpty()) {
            return Map.of();
        }
        List<Row> rows;
        if (!lock) {
            rows = jdbc.query(PRODUCT_COLUMNS + "WHERE slug IN (:slugs)", new MapSqlParameterSource("slugs", slugs),
                    StoredProducts::row);
        } else {
            // Lock by primary key, not by slug: a locking read of slugs that do not exist yet would take gap locks
            // on the slug index and hold up unrelated products being created or edited.
            List<Long> ids = jdbc.queryForList("SELECT id FROM product WHERE slug IN (:slugs)",
                    new MapSqlParameterSource("slugs", slugs), Long.class);
            rows = ids.isEmpty() ? List.of() : jdbc.query(PRODUCT_COLUMNS + "WHERE id IN (:ids) ORDER BY id FOR UPDATE",
                    new MapSqlParameterSource("ids", ids), StoredProducts::row);
        }
        Map<String, StoredProduct> bySlug = new HashMap<>();
        complete(rows).forEach(product -> bySlug.put(product.fields().slug(), product));
        return bySlug;
    }

    /** One page of products in id order after {@code afterId}, optionally of one category and one status. */
    List<StoredProduct> page(long afterId, Long categoryId, ProductStatus status, int size) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("after", afterId).addValue("size", size);
        StringBuilder sql = new StringBuilder(PRODUCT_COLUMNS).append("WHERE id > :after");
        if (categoryId != null) {
            sql.append(" AND category_id = :category");
            parameters.addValue("category", categoryId);
        }
        if (status != null) {
            sql.append(" AND status = :status");
            parameters.addValue("status", status.name());
        }
        sql.append(" ORDER BY id LIMIT :size");
        return complete(jdbc.query(sql.toString(), parameters, StoredProducts::row));
    }

    /** Which product (by slug) each of these SKUs belongs to now. */
    Map<String, String> skuOwners(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<String, String> owners = new HashMap<>();
        jdbc.query("SELECT v.sku, p.slug FROM product_variant v JOIN product p ON p.id = v.product_id "
                        + "WHERE v.sku IN (:skus)", new MapSqlParameterSource("skus", skus),
                result -> {
                    owners.put(result.getString(1), result.getString(2));
                });
        return owners;
    }

    private record Row(long id, ProductFields fields) {
    }

    private List<StoredProduct> complete(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids", rows.stream().map(Row::id).toList());
        Map<Long, List<StoredProduct.Option>> options = new HashMap<>();
        jdbc.query("SELECT product_id, axis, option_value, sort_order FROM product_option WHERE product_id IN (:ids) "
                + "ORDER BY product_id, sort_order, id", ids, result -> {
                    options.computeIfAbsent(result.getLong(1), k -> new ArrayList<>()).add(
                            new StoredProduct.Option(result.getString(2), result.getString(3), result.getInt(4)));
                });
        Map<Long, List<String[]>> variants = new HashMap<>();
        jdbc.query("SELECT product_id, id, sku, option_values, price_delta, stock, barcode, sort_order "
                + "FROM product_variant WHERE product_id IN (:ids) ORDER BY product_id, sort_order, id", ids, result -> {
                    variants.computeIfAbsent(result.getLong(1), k -> new ArrayList<>()).add(new String[] {
                            result.getString(2), result.getString(3), result.getString(4), result.getString(5),
                            result.getString(6), result.getString(7), result.getString(8)});
                });
        Map<Long, TreeSet<String>> tags = new HashMap<>();
        jdbc.query("SELECT product_id, tag FROM product_tag WHERE product_id IN (:ids)", ids, result -> {
            tags.computeIfAbsent(result.getLong(1), k -> new TreeSet<>()).add(result.getString(2));
        });
        Map<Long, Map<String, List<String>>> images = new HashMap<>();
        jdbc.query("SELECT product_id, option_value, path FROM product_image WHERE product_id IN (:ids) "
                + "ORDER BY product_id, sort_order, id", ids, result -> {
                    images.computeIfAbsent(result.getLong(1), k -> new LinkedHashMap<>())
                            .computeIfAbsent(result.getString(2) == null ? "" : result.getString(2),
                                    k -> new ArrayList<>())
                            .add(result.getString(3));
                });
        List<StoredProduct> products = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<StoredProduct.Option> productOptions = options.getOrDefault(row.id(), List.of());
            List<String> axes = List.copyOf(new LinkedHashSet<>(
                    productOptions.stream().map(StoredProduct.Option::axis).toList()));
            Map<String, List<String>> productImages = new LinkedHashMap<>(images.getOrDefault(row.id(), Map.of()));
            List<String> ownImages = productImages.remove("");
            ProductFields fields = new ProductFields(row.fields().slug(), row.fields().name(),
                    row.fields().categoryId(), row.fields().brandId(), row.fields().status(), row.fields().price(),
                    row.fields().listPrice(), row.fields().salePrice(), row.fields().saleStartsAt(),
                    row.fields().saleEndsAt(), row.fields().summary(),
                    List.copyOf(tags.getOrDefault(row.id(), new TreeSet<>())),
                    ownImages == null ? List.of() : List.copyOf(ownImages), axes);
            List<StoredProduct.Variant> productVariants = variants.getOrDefault(row.id(), List.of()).stream()
                    .map(v -> new StoredProduct.Variant(Long.parseLong(v[0]), new VariantFields(v[1],
                            values(v[2], axes.size()), Long.parseLong(v[3]), Integer.parseInt(v[4]), v[5]),
                            Integer.parseInt(v[6])))
                    .toList();
            products.add(new StoredProduct(row.id(), fields, productVariants, productOptions, productImages));
        }
        return products;
    }

    /** A variant's option values, one per axis; a string that does not split into the axes stays whole. */
    private static List<String> values(String joined, int axes) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        List<String> parts = Arrays.asList(joined.split(ProductRules.VALUE_SEPARATOR, -1));
        return parts.size() == axes ? List.copyOf(parts) : Collections.singletonList(joined);
    }

    private static Row row(ResultSet result, int index) throws SQLException {
        long id = result.getLong("id");
        long brand = result.getLong("brand_id");
        Long brandId = result.wasNull() ? null : brand;
        long sale = result.getLong("sale_price");
        Long salePrice = result.wasNull() ? null : sale;
        return new Row(id, new ProductFields(result.getString("slug"), result.getString("name"),
                result.getLong("category_id"), brandId, ProductStatus.valueOf(result.getString("status")),
                result.getLong("price"), result.getLong("list_price"), salePrice,
                ShopMoments.seconds(instant(result, "sale_starts_at")),
                ShopMoments.seconds(instant(result, "sale_ends_at")), blankToNull(result.getString("summary")), List.of(),
                List.of(), List.of()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Instants are stored as UTC wall-clock times (hibernate.jdbc.time_zone=UTC); read them the same way. */
    static Instant instant(ResultSet result, String column) throws SQLException {
        LocalDateTime stored = result.getObject(column, LocalDateTime.class);
        return stored == null ? null : stored.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime utc(Instant moment) {
        return moment == null ? null : LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }
}
