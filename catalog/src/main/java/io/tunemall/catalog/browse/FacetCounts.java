package io.tunemall.catalog.browse;

import io.tunemall.catalog.api.Facets;
import io.tunemall.catalog.api.Facets.BrandCount;
import io.tunemall.catalog.api.Facets.OptionAxisCounts;
import io.tunemall.catalog.api.Facets.PriceBandCount;
import io.tunemall.catalog.api.Facets.ValueCount;
import io.tunemall.catalog.cache.CatalogCaches;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts a category's facets with one GROUP BY per kind over the category's listed products, read from the listing
 * indexes (brand, price, option values) rather than from the product rows.
 */
@Component
class FacetCounts {

    /** A brand facet longer than this is no help to a shopper on a phone; the search finds the others. */
    static final int BRANDS_SHOWN = 30;

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate readOnly;

    FacetCounts(NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /**
     * Everything but the price bands, which alone depend on the moment (sale windows): cached until the catalog
     * changes, so a category's option and brand counts are read once, not once a minute.
     *
     * @param categoryIds the category with its shown sub-categories
     */
    @Cacheable(value = CatalogCaches.LISTING, key = "'facets:' + #p0")
    public Facets count(long categoryId, List<Long> categoryIds) {
        return readOnly.execute(status -> {
            ListingSql sql = ListingSql.category(categoryIds, Instant.EPOCH);
            Long total = jdbc.queryForObject("SELECT COUNT(*) FROM product p WHERE " + sql.where(), sql.params(), Long.class);
            return new Facets(total == null ? 0 : total, brands(sql), List.of(), options(sql));
        });
    }

    /**
     * @param pricesAt the moment sale prices are judged at, to the minute (part of the cache key)
     */
    @Cacheable(value = CatalogCaches.LISTING, key = "'price-bands:' + #p0 + '@' + #p2")
    public List<PriceBandCount> priceBands(long categoryId, List<Long> categoryIds, Instant pricesAt) {
        return readOnly.execute(status -> prices(ListingSql.category(categoryIds, pricesAt)));
    }

    private List<BrandCount> brands(ListingSql sql) {
        return jdbc.query("SELECT b.slug, b.name, c.n FROM (SELECT p.brand_id, COUNT(*) AS n FROM product p WHERE "
                + sql.where() + " AND p.brand_id IS NOT NULL GROUP BY p.brand_id) c JOIN brand b ON b.id = c.brand_id"
                + " ORDER BY c.n DESC, b.name LIMIT " + BRANDS_SHOWN, sql.params(),
                (row, i) -> new BrandCount(row.getString("slug"), row.getString("name"), row.getLong("n")));
    }

    private List<PriceBandCount> prices(ListingSql sql) {
        return jdbc.query("SELECT x.band, COUNT(*) AS n FROM (SELECT " + PriceBands.bandOf(ListingSql.PRICE_NOW)
                + " AS band FROM product p WHERE " + sql.where() + ") x GROUP BY x.band ORDER BY x.band", sql.params(),
                (row, i) -> new PriceBandCount(PriceBands.range(row.getInt("band")), row.getLong("n")));
    }

    /** Axes and values in the owner's order: by the earliest position any product gives them. */
    private List<OptionAxisCounts> options(ListingSql sql) {
        Map<String, List<ValueCount>> byAxis = new LinkedHashMap<>();
        Map<String, Integer> axisPosition = new LinkedHashMap<>();
        jdbc.query("SELECT o.axis, o.option_value, COUNT(*) AS n, MIN(o.sort_order) AS pos FROM product p"
                + " JOIN product_option o ON o.product_id = p.id WHERE " + sql.where()
                + " GROUP BY o.axis, o.option_value ORDER BY pos, o.option_value", sql.params(), row -> {
                    String axis = row.getString("axis");
                    axisPosition.putIfAbsent(axis, row.getInt("pos"));
                    byAxis.computeIfAbsent(axis, k -> new ArrayList<>())
                            .add(new ValueCount(row.getString("option_value"), row.getLong("n")));
                });
        return axisPosition.keySet().stream().map(axis -> new OptionAxisCounts(axis, byAxis.get(axis))).toList();
    }
}
