package io.tunemall.catalog.manage;

import io.tunemall.catalog.api.PageSpec;
import io.tunemall.catalog.api.ProductFilter;
import io.tunemall.catalog.api.ProductPage;
import io.tunemall.catalog.api.ProductRow;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.catalog.api.StockLevel;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.sdk.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The admin product list, in plain SQL because its filters span products, variants and categories. One query picks
 * the page's ids (the sort can use an index), a second fetches stock figures and thumbnails for those ids only, so a
 * page costs the same with 30 products or 500,000.
 */
@Component
class ProductList {

    private static final String ROWS = """
            select p.id, p.name, p.slug, p.status, p.price, p.list_price, p.updated_at, c.name as category_name,
                   b.name as brand_name,
                   (select count(*) from product_variant v where v.product_id = p.id) as variants,
                   (select coalesce(sum(v.stock), 0) from product_variant v where v.product_id = p.id) as total_stock,
                   (select coalesce(min(v.stock), 0) from product_variant v where v.product_id = p.id) as lowest_stock,
                   (select coalesce(i.card_path, i.path) from product_image i where i.product_id = p.id
                     order by i.sort_order, i.id limit 1) as thumbnail
              from product p
              left join category c on c.id = p.category_id
              left join brand b on b.id = p.brand_id
             where p.id in (:ids)
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final MediaStore media;

    ProductList(NamedParameterJdbcTemplate jdbc, MediaStore media) {
        this.jdbc = jdbc;
        this.media = media;
    }

    ProductPage find(ProductFilter filter, PageSpec page) {
        MapSqlParameterSource parameters = new MapSqlParameterSource();
        String where = where(filter, parameters);
        Long total = jdbc.queryForObject("select count(*) from product p" + where, parameters, Long.class);
        parameters.addValue("limit", page.size()).addValue("offset", page.offset());
        List<Long> ids = jdbc.queryForList("select p.id from product p" + where + " order by " + order(page)
                + " limit :limit offset :offset", parameters, Long.class);
        if (ids.isEmpty()) {
            return new ProductPage(List.of(), page, total == null ? 0 : total);
        }
        Map<Long, Integer> position = new HashMap<>();
        ids.forEach(id -> position.put(id, position.size()));
        List<ProductRow> rows = new ArrayList<>(jdbc.query(ROWS, new MapSqlParameterSource("ids", ids), this::row));
        rows.sort(Comparator.comparing(row -> position.get(row.id())));
        return new ProductPage(List.copyOf(rows), page, total == null ? 0 : total);
    }

    private String where(ProductFilter filter, MapSqlParameterSource parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.text() != null && !filter.text().isBlank()) {
            // Part of the name, or the start of a SKU: a prefix can use the SKU index, a substring could not.
            String text = escapeLike(filter.text().strip());
            parameters.addValue("name", "%" + text + "%").addValue("sku", text + "%");
            conditions.add("(p.name like :name escape '!' or p.id in (select v.product_id from product_variant v"
                    + " where v.sku like :sku escape '!'))");
        }
        if (filter.categoryId() != null) {
            parameters.addValue("categories", withDescendants(filter.categoryId()));
            conditions.add("p.category_id in (:categories)");
        }
        if (filter.brandId() != null) {
            parameters.addValue("brand", filter.brandId());
            conditions.add("p.brand_id = :brand");
        }
        if (filter.status() != null) {
            parameters.addValue("status", filter.status().name());
            conditions.add("p.status = :status");
        }
        if (filter.stock() != null) {
            parameters.addValue("low", StockLevel.LOW_STOCK_THRESHOLD);
            String inStock = "exists (select 1 from product_variant v where v.product_id = p.id and v.stock > 0)";
            conditions.add(switch (filter.stock()) {
                case IN_STOCK -> inStock;
                case SOLD_OUT -> "not " + inStock;
                case LOW -> inStock
                        + " and exists (select 1 from product_variant v where v.product_id = p.id and v.stock <= :low)";
            });
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String order(PageSpec page) {
        return switch (page.sort()) {
            case NEWEST -> "p.created_at desc, p.id desc";
            case OLDEST -> "p.created_at asc, p.id asc";
            case RECENTLY_UPDATED -> "p.updated_at desc, p.id desc";
            case NAME -> "p.name asc, p.id asc";
            case PRICE_LOW -> "p.price asc, p.id asc";
            case PRICE_HIGH -> "p.price desc, p.id desc";
        };
    }

    /** The category and everything below it: a filter on 아우터 finds the coats filed under 아우터 > 코트. */
    private Set<Long> withDescendants(long root) {
        Map<Long, List<Long>> children = new HashMap<>();
        jdbc.query("select id, parent_id from category where parent_id is not null", rs -> {
            children.computeIfAbsent(rs.getLong("parent_id"), k -> new ArrayList<>()).add(rs.getLong("id"));
        });
        Set<Long> found = new HashSet<>();
        List<Long> queue = new ArrayList<>(List.of(root));
        while (!queue.isEmpty()) {
            Long next = queue.remove(queue.size() - 1);
            if (found.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return found;
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private ProductRow row(ResultSet rs, int rowNumber) throws SQLException {
        String thumbnail = rs.getString("thumbnail");
        // Stored in UTC (hibernate.jdbc.time_zone), read back the same way whatever the JVM's zone.
        LocalDateTime updated = rs.getObject("updated_at", LocalDateTime.class);
        return new ProductRow(rs.getLong("id"), rs.getString("name"), rs.getString("slug"),
                rs.getString("category_name"), rs.getString("brand_name"), SaleStatus.valueOf(rs.getString("status")),
                Money.won(rs.getLong("price")), Money.won(rs.getLong("list_price")), rs.getInt("variants"),
                rs.getLong("total_stock"), rs.getInt("lowest_stock"), thumbnail == null ? null : media.url(thumbnail),
                updated == null ? null : updated.toInstant(ZoneOffset.UTC));
    }
}
