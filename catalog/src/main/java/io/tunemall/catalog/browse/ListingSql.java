package io.tunemall.catalog.browse;

import io.tunemall.platform.db.DbTime;
import io.tunemall.catalog.api.ListingQuery;
import io.tunemall.catalog.api.ListingSort;
import io.tunemall.catalog.product.ProductStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of a listing: which of the category's products a query keeps, and in what order. Every condition starts
 * from {@code category_id} and {@code status}, the leading columns of the listing indexes (V3, V6), so a category's
 * products are read from an index and never from a scan of the whole product table.
 */
final class ListingSql {

    static final String LISTED = "p.status IN ('" + ProductStatus.ON_SALE + "', '" + ProductStatus.SOLD_OUT + "')";

    /**
     * The price in force at {@code :now}. The same rule as {@code Product.priceAt} and {@code Pricing.priceAt}, written
     * in SQL so listings sort and filter by what shoppers pay; PricingRuleTest keeps the three in step.
     */
    static final String PRICE_NOW = "(CASE WHEN p.sale_price IS NOT NULL"
            + " AND (p.sale_starts_at IS NULL OR p.sale_starts_at <= :now)"
            + " AND (p.sale_ends_at IS NULL OR p.sale_ends_at > :now) THEN p.sale_price ELSE p.price END)";

    /**
     * Can be bought now: on sale, and some variant has stock (a product without variants is sold as it is). One probe
     * of (product_id, stock) per product: the largest stock is the last entry of the product's range in that index.
     */
    static final String IN_STOCK = "(p.status = '" + ProductStatus.ON_SALE + "'"
            + " AND COALESCE((SELECT MAX(v.stock) FROM product_variant v WHERE v.product_id = p.id), 1) > 0)";

    private final StringBuilder where = new StringBuilder(LISTED);
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    private ListingSql(Instant now) {
        params.addValue("now", DbTime.param(now));
    }

    /** The category's listed products, unfiltered: what facets count. */
    static ListingSql category(List<Long> categoryIds, Instant now) {
        ListingSql sql = new ListingSql(now);
        sql.inCategories(categoryIds);
        return sql;
    }

    /** The products a query keeps. */
    static ListingSql of(ListingQuery query, List<Long> categoryIds, Instant now) {
        ListingSql sql = new ListingSql(now);
        sql.inCategories(categoryIds);
        if (!query.brands().isEmpty()) {
            sql.and("p.brand_id IN (SELECT b.id FROM brand b WHERE b.slug IN (:brands))");
            sql.params.addValue("brands", List.copyOf(query.brands()));
        }
        if (query.price() != null && query.price().min() != null) {
            sql.and(PRICE_NOW + " >= :priceMin");
            sql.params.addValue("priceMin", query.price().min().won());
        }
        if (query.price() != null && query.price().max() != null) {
            sql.and(PRICE_NOW + " < :priceMax");
            sql.params.addValue("priceMax", query.price().max().won());
        }
        int axis = 0;
        for (Map.Entry<String, SortedSet<String>> option : query.options().entrySet()) {
            sql.and("EXISTS (SELECT 1 FROM product_option o WHERE o.product_id = p.id AND o.axis = :axis" + axis
                    + " AND o.option_value IN (:values" + axis + "))");
            sql.params.addValue("axis" + axis, option.getKey());
            sql.params.addValue("values" + axis, List.copyOf(option.getValue()));
            axis++;
        }
        if (query.inStockOnly()) {
            sql.and(IN_STOCK);
        }
        return sql;
    }

    private void inCategories(List<Long> categoryIds) {
        if (categoryIds != null) {
            and("p.category_id IN (:categories)");
            params.addValue("categories", categoryIds);
        }
    }

    private void and(String condition) {
        where.append(" AND ").append(condition);
    }

    String where() {
        return where.toString();
    }

    MapSqlParameterSource params() {
        return params;
    }

    /** Whether sale windows decide what a query returns: a price order or a price band. */
    static boolean dependsOnSalePrices(ListingQuery query) {
        return query.price() != null || query.sort() == ListingSort.PRICE_ASC || query.sort() == ListingSort.PRICE_DESC;
    }

    /** Ties are broken by id, so paging never repeats or skips a product. */
    static String orderBy(ListingSort sort) {
        return switch (sort) {
            case NEW -> "p.created_at DESC, p.id DESC";
            case POPULAR -> "p.popularity DESC, p.id DESC";
            case PRICE_ASC -> PRICE_NOW + " ASC, p.id ASC";
            case PRICE_DESC -> PRICE_NOW + " DESC, p.id DESC";
        };
    }
}
