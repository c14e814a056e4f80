package io.tunemall.catalog.browse;

import io.tunemall.platform.db.DbTime;
import io.tunemall.catalog.api.ListedProduct;
import io.tunemall.catalog.api.ListingPage;
import io.tunemall.catalog.api.ListingQuery;
import io.tunemall.catalog.api.Pricing;
import io.tunemall.catalog.cache.CatalogCaches;
import io.tunemall.catalog.product.ProductStatus;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.sdk.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads one page of a listing: the ids of the page in order, the number of matches, then the cards of the page's
 * products in four set-based queries (never one per product).
 */
@Component
class ListingPages {

    static final String NO_IMAGE = "/img/no-image.svg";

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final MediaStore media;

    ListingPages(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, MediaStore media) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.media = media;
    }

    /**
     * @param categoryIds the category with its shown sub-categories, or null for the whole catalog
     * @param pricesAt the moment sale prices are judged at, to the minute
     * @param saleClock part of the cache key: {@code pricesAt} for queries that sort or filter by price, so a sale
     *     that starts or ends reorders them within a minute; a constant for the others, which sales do not change
     */
    @Cacheable(value = CatalogCaches.LISTING, key = "'page:' + #p0 + '@' + #p3")
    public ListingPage page(ListingQuery query, List<Long> categoryIds, Instant pricesAt, String saleClock) {
        return readOnly.execute(status -> {
            ListingSql sql = ListingSql.of(query, categoryIds, pricesAt);
            Long total = jdbc.queryForObject("SELECT COUNT(*) FROM product p WHERE " + sql.where(), sql.params(), Long.class);
            if (total == null || total <= query.offset()) {
                return new ListingPage(List.of(), query.page(), query.size(), total == null ? 0 : total);
            }
            MapSqlParameterSource params = sql.params()
                    .addValue("limit", query.size())
                    .addValue("offset", query.offset());
            List<Long> ids = jdbc.queryForList("SELECT p.id FROM product p WHERE " + sql.where()
                    + " ORDER BY " + ListingSql.orderBy(query.sort()) + " LIMIT :limit OFFSET :offset", params, Long.class);
            return new ListingPage(products(ids), query.page(), query.size(), total);
        });
    }

    /** The listed products with these ids, in the same order. */
    List<ListedProduct> products(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource params = new MapSqlParameterSource("ids", ids);
        Map<Long, String> images = new HashMap<>();
        jdbc.query("SELECT i.product_id, i.path FROM product_image i WHERE i.product_id IN (:ids)"
                + " ORDER BY i.product_id, i.sort_order, i.id", params, row -> {
                    images.putIfAbsent(row.getLong("product_id"), media.url(row.getString("path")));
                });
        Map<Long, Boolean> anyStock = new HashMap<>();
        jdbc.query("SELECT v.product_id, MAX(v.stock) AS most FROM product_variant v WHERE v.product_id IN (:ids)"
                + " GROUP BY v.product_id", params, row -> {
                    anyStock.put(row.getLong("product_id"), row.getInt("most") > 0);
                });
        Map<Long, List<String>> tags = new HashMap<>();
        jdbc.query("SELECT t.product_id, t.tag FROM product_tag t WHERE t.product_id IN (:ids) ORDER BY t.product_id, t.tag",
                params, row -> {
                    tags.computeIfAbsent(row.getLong("product_id"), k -> new ArrayList<>()).add(row.getString("tag"));
                });
        Map<Long, ListedProduct> byId = new HashMap<>();
        jdbc.query("SELECT p.id, p.name, p.slug, p.category_id, b.slug AS brand_slug, p.price, p.list_price, p.sale_price,"
                + " p.sale_starts_at, p.sale_ends_at, p.status FROM product p LEFT JOIN brand b ON b.id = p.brand_id"
                + " WHERE p.id IN (:ids)", params, row -> {
                    long id = row.getLong("id");
                    boolean soldOut = ProductStatus.SOLD_OUT.name().equals(row.getString("status"))
                            || !anyStock.getOrDefault(id, true);
                    byId.put(id, new ListedProduct(id, row.getString("name"), row.getString("slug"),
                            row.getLong("category_id"), row.getString("brand_slug"), pricing(row),
                            images.getOrDefault(id, NO_IMAGE), soldOut, tags.getOrDefault(id, List.of())));
                });
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    static Pricing pricing(ResultSet row) throws SQLException {
        long sale = row.getLong("sale_price");
        Money salePrice = row.wasNull() ? null : Money.won(sale);
        return new Pricing(Money.won(row.getLong("price")), Money.won(row.getLong("list_price")), salePrice,
                DbTime.read(row, "sale_starts_at"), DbTime.read(row, "sale_ends_at"));
    }
}
