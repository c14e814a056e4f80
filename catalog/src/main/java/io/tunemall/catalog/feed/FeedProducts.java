package io.tunemall.catalog.feed;

import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.platform.db.DbTime;
import io.tunemall.sdk.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads products for the feeds in batches: one query per batch, whatever its size. */
@Component
class FeedProducts {

    private final JdbcTemplate jdbc;

    FeedProducts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Product ids after {@code afterId}, in id order, for walking the whole catalog. */
    List<Long> idsAfter(long afterId, int limit) {
        return jdbc.queryForList("SELECT id FROM product WHERE id > ? ORDER BY id LIMIT ?", Long.class, afterId, limit);
    }

    /** Products whose timed sale started or ended in the window, so their price changed without an edit. */
    List<Long> saleBoundariesBetween(Instant from, Instant to) {
        return jdbc.queryForList("SELECT id FROM product WHERE (sale_starts_at > ? AND sale_starts_at <= ?)"
                + " OR (sale_ends_at > ? AND sale_ends_at <= ?)", Long.class, DbTime.param(from), DbTime.param(to),
                DbTime.param(from), DbTime.param(to));
    }

    List<FeedProduct> read(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> paths = categoryPaths();
        String marks = String.join(",", Collections.nCopies(ids.size(), "?"));
        return jdbc.query("SELECT p.id, p.name, p.summary, p.slug, p.price, p.list_price, p.sale_price,"
                + " p.sale_starts_at, p.sale_ends_at, p.status, p.category_id, b.name AS brand_name,"
                + " (SELECT COALESCE(SUM(v.stock), 0) FROM product_variant v WHERE v.product_id = p.id) AS stock,"
                + " (SELECT i.path FROM product_image i WHERE i.product_id = p.id ORDER BY i.sort_order, i.id"
                + " LIMIT 1) AS image_path"
                + " FROM product p LEFT JOIN brand b ON b.id = p.brand_id WHERE p.id IN (" + marks + ") ORDER BY p.id",
                (row, i) -> product(row, paths, now), ids.toArray());
    }

    private static FeedProduct product(ResultSet row, Map<Long, List<String>> paths, Instant now) throws SQLException {
        Money regular = Money.won(row.getLong("price"));
        Money price = regular;
        long salePrice = row.getLong("sale_price");
        if (!row.wasNull() && saleRuns(DbTime.read(row, "sale_starts_at"), DbTime.read(row, "sale_ends_at"), now)) {
            price = Money.won(salePrice);
        }
        Money list = Money.won(row.getLong("list_price"));
        SaleStatus status = SaleStatus.valueOf(row.getString("status"));
        return new FeedProduct(row.getLong("id"), row.getString("name"), row.getString("summary"),
                row.getString("slug"), price, list.isGreaterThan(regular) ? list : regular, row.getString("brand_name"),
                paths.getOrDefault(row.getLong("category_id"), List.of()), row.getString("image_path"),
                status == SaleStatus.ON_SALE && row.getLong("stock") > 0,
                status == SaleStatus.ON_SALE || status == SaleStatus.SOLD_OUT);
    }

    private static boolean saleRuns(Instant starts, Instant ends, Instant now) {
        return (starts == null || !now.isBefore(starts)) && (ends == null || now.isBefore(ends));
    }

    /** Every category's names from the top, at most four levels (what the shopping sites take). */
    private Map<Long, List<String>> categoryPaths() {
        Map<Long, Long> parents = new HashMap<>();
        Map<Long, String> names = new HashMap<>();
        jdbc.query("SELECT id, parent_id, name FROM category", row -> {
            long id = row.getLong("id");
            long parent = row.getLong("parent_id");
            parents.put(id, row.wasNull() ? null : parent);
            names.put(id, row.getString("name"));
        });
        Map<Long, List<String>> paths = new HashMap<>();
        for (Long id : names.keySet()) {
            List<String> path = new ArrayList<>();
            for (Long at = id; at != null && path.size() < 16; at = parents.get(at)) {
                path.add(0, names.get(at));
            }
            paths.put(id, List.copyOf(path.subList(0, Math.min(4, path.size()))));
        }
        return paths;
    }
}
