package io.tunemall.catalog.stock;

import io.tunemall.catalog.api.Pricing;
import io.tunemall.catalog.api.Purchasable;
import io.tunemall.catalog.api.Purchasables;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.sdk.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/** Variants with their product's prices and status and their stock, in two indexed queries. */
@Service
class VariantPurchasables implements Purchasables {

    private final NamedParameterJdbcTemplate jdbc;
    private final MediaStore media;

    VariantPurchasables(NamedParameterJdbcTemplate jdbc, MediaStore media) {
        this.jdbc = jdbc;
        this.media = media;
    }

    private record Row(long variantId, String sku, long productId, String name, String slug, String optionText,
            long categoryId, Long brandId, Pricing pricing, Money priceDifference, int stock, SaleStatus status,
            boolean taxFree) {
    }

    private record Picture(String optionValue, String url) {
    }

    @Override
    public Map<Long, Purchasable> byVariantIds(Collection<Long> variantIds) {
        if (variantIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Purchasable> found = new LinkedHashMap<>();
        where("v.id IN (:ids)", variantIds).forEach(variant -> found.put(variant.variantId(), variant));
        return found;
    }

    @Override
    public Map<String, Purchasable> bySkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<String, Purchasable> found = new LinkedHashMap<>();
        where("v.sku IN (:ids)", skus).forEach(variant -> found.put(variant.sku(), variant));
        return found;
    }

    private List<Purchasable> where(String condition, Collection<?> ids) {
        List<Row> rows = jdbc.query("SELECT v.id, v.sku, v.option_values, v.price_delta, v.stock, p.id AS product_id,"
                + " p.name, p.slug, p.category_id, p.brand_id, p.price, p.list_price, p.sale_price, p.sale_starts_at,"
                + " p.sale_ends_at, p.status, p.tax_free FROM product_variant v JOIN product p ON p.id = v.product_id"
                + " WHERE " + condition, new MapSqlParameterSource("ids", ids), VariantPurchasables::row);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Picture>> pictures = pictures(rows.stream().map(Row::productId).distinct().toList());
        List<Purchasable> found = new ArrayList<>();
        for (Row row : rows) {
            found.add(new Purchasable(row.variantId(), row.sku(), row.productId(), row.name(), row.slug(),
                    row.optionText(), row.categoryId(), row.brandId(), row.pricing(), row.priceDifference(), row.stock(),
                    row.status(), picture(pictures.getOrDefault(row.productId(), List.of()), row.optionText()),
                    row.taxFree()));
        }
        return found;
    }

    private Map<Long, List<Picture>> pictures(List<Long> productIds) {
        Map<Long, List<Picture>> byProduct = new HashMap<>();
        jdbc.query("SELECT i.product_id, i.option_value, COALESCE(i.card_path, i.path) AS path FROM product_image i"
                + " WHERE i.product_id IN (:ids) ORDER BY i.product_id, i.sort_order, i.id",
                new MapSqlParameterSource("ids", productIds), row -> {
                    byProduct.computeIfAbsent(row.getLong("product_id"), id -> new ArrayList<>())
                            .add(new Picture(row.getString("option_value"), media.url(row.getString("path"))));
                });
        return byProduct;
    }

    /** The first image of one of the variant's option values (its colour), else the product's first image. */
    private static String picture(List<Picture> pictures, String optionText) {
        List<String> values = Arrays.asList(optionText.split(" / "));
        return pictures.stream().filter(p -> p.optionValue() != null && values.contains(p.optionValue()))
                .findFirst().or(() -> pictures.stream().findFirst()).map(Picture::url).orElse(null);
    }

    private static Row row(ResultSet row, int index) throws SQLException {
        long sale = row.getLong("sale_price");
        Money salePrice = row.wasNull() ? null : Money.won(sale);
        Pricing pricing = new Pricing(Money.won(row.getLong("price")), Money.won(row.getLong("list_price")), salePrice,
                moment(row, "sale_starts_at"), moment(row, "sale_ends_at"));
        long brand = row.getLong("brand_id");
        Long brandId = row.wasNull() ? null : brand;
        return new Row(row.getLong("id"), row.getString("sku"), row.getLong("product_id"), row.getString("name"),
                row.getString("slug"), row.getString("option_values"), row.getLong("category_id"), brandId, pricing,
                Money.won(row.getLong("price_delta")), row.getInt("stock"), SaleStatus.valueOf(row.getString("status")),
                row.getBoolean("tax_free"));
    }

    /** Moments are stored as UTC wall-clock time (hibernate.jdbc.time_zone: UTC), as Hibernate writes them. */
    private static Instant moment(ResultSet row, String column) throws SQLException {
        LocalDateTime utc = row.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
