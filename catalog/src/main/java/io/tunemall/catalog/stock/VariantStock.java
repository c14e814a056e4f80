package io.tunemall.catalog.stock;

import io.tunemall.catalog.api.OutOfStock;
import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.api.Shortage;
import io.tunemall.catalog.api.SkuQuantity;
import io.tunemall.catalog.api.Stock;
import io.tunemall.catalog.api.StockLevel;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.event.StockLow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock kept on the variant rows and changed only by conditional updates, never by read-modify-write: the database
 * decides who gets the last unit.
 */
@Service
class VariantStock implements Stock {

    private static final Logger log = LoggerFactory.getLogger(VariantStock.class);

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final ShopClock clock;

    VariantStock(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, ShopClock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void take(List<SkuQuantity> items) {
        Map<String, Integer> wanted = bySku(items);
        List<Shortage> shortages = new ArrayList<>();
        for (Map.Entry<String, Integer> item : wanted.entrySet()) {
            int updated = jdbc.update("UPDATE product_variant SET stock = stock - :quantity"
                    + " WHERE sku = :sku AND stock >= :quantity", params(item));
            if (updated == 0) {
                shortages.add(new Shortage(item.getKey(), item.getValue(), left(item.getKey())));
            }
        }
        if (!shortages.isEmpty()) {
            throw new OutOfStock(shortages);
        }
        announce(wanted, true);
    }

    @Override
    @Transactional
    public void restore(List<SkuQuantity> items) {
        Map<String, Integer> returned = bySku(items);
        for (Map.Entry<String, Integer> item : returned.entrySet()) {
            if (jdbc.update("UPDATE product_variant SET stock = stock + :quantity WHERE sku = :sku", params(item)) == 0) {
                log.warn("Stock of SKU {} could not be restored ({} units): the variant no longer exists",
                        item.getKey(), item.getValue());
            }
        }
        announce(returned, false);
    }

    /** SKUs in a fixed order, each once: every order locks its rows in the same order. */
    private static Map<String, Integer> bySku(List<SkuQuantity> items) {
        Map<String, Integer> sorted = new TreeMap<>();
        items.forEach(item -> sorted.merge(item.sku(), item.quantity(), Integer::sum));
        return sorted;
    }

    private static MapSqlParameterSource params(Map.Entry<String, Integer> item) {
        return new MapSqlParameterSource("sku", item.getKey()).addValue("quantity", item.getValue());
    }

    private int left(String sku) {
        List<Integer> stock = jdbc.queryForList("SELECT stock FROM product_variant WHERE sku = :sku",
                new MapSqlParameterSource("sku", sku), Integer.class);
        return stock.isEmpty() ? 0 : Math.max(0, stock.get(0));
    }

    /**
     * Tells the rest of the shop what changed: a SKU crossing the low-stock threshold, and products whose
     * availability on the storefront flipped (sold out, or back in stock), which clears the cached pages.
     */
    private void announce(Map<String, Integer> changed, boolean taken) {
        Set<Long> flipped = new HashSet<>();
        jdbc.query("SELECT sku, product_id, stock FROM product_variant WHERE sku IN (:skus)",
                new MapSqlParameterSource("skus", changed.keySet()), row -> {
                    String sku = row.getString("sku");
                    int now = row.getInt("stock");
                    int before = taken ? now + changed.get(sku) : now - changed.get(sku);
                    long productId = row.getLong("product_id");
                    if (taken && before > StockLevel.LOW_STOCK_THRESHOLD && now <= StockLevel.LOW_STOCK_THRESHOLD) {
                        events.publishEvent(new StockLow(productId, sku, now, StockLevel.LOW_STOCK_THRESHOLD, clock.now()));
                    }
                    if ((before > 0) != (now > 0)) {
                        flipped.add(productId);
                    }
                });
        flipped.forEach(productId -> events.publishEvent(new ProductChanged(productId, clock.now())));
    }
}
