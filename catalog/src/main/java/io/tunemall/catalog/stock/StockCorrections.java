package io.tunemall.catalog.stock;

import io.tunemall.catalog.api.CatalogRejection;
import io.tunemall.catalog.api.FieldProblem;
import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.api.StockAdjusted;
import io.tunemall.catalog.api.StockAdjustment;
import io.tunemall.catalog.api.StockAdministration;
import io.tunemall.catalog.api.StockLevel;
import io.tunemall.catalog.api.VariantStockLevel;
import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.event.StockLow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner's stock corrections. Like {@link VariantStock} they change the row with one conditional update, never by
 * reading and writing back, so corrections and orders racing for the same SKU never lose one another's units and a
 * delta never takes the stock below zero.
 */
@Service
class StockCorrections implements StockAdministration {

    static final int MAX_REASON = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final ShopClock clock;

    StockCorrections(NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher events, AuditTrail audit,
            ShopClock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<List<VariantStockLevel>> ofProduct(long productId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", productId);
        Long found = jdbc.queryForObject("SELECT count(*) FROM product WHERE id = :id", id, Long.class);
        if (found == null || found == 0) {
            return Optional.empty();
        }
        return Optional.of(jdbc.query("SELECT id, sku, option_values, stock FROM product_variant"
                        + " WHERE product_id = :id ORDER BY sort_order, id", id,
                (row, n) -> new VariantStockLevel(row.getLong("id"), row.getString("sku"),
                        row.getString("option_values") == null ? "" : row.getString("option_values"),
                        row.getInt("stock"))));
    }

    @Override
    @Transactional
    public StockAdjusted adjust(StockAdjustment adjustment) {
        check(adjustment);
        String sku = adjustment.sku().strip();
        MapSqlParameterSource params = new MapSqlParameterSource("sku", sku);
        StockAdjusted adjusted;
        if (adjustment.delta() != null) {
            int delta = adjustment.delta();
            int updated = jdbc.update("UPDATE product_variant SET stock = stock + :delta"
                    + " WHERE sku = :sku AND stock + :delta >= 0", params.addValue("delta", delta));
            Row now = row(sku, false).orElseThrow(() -> unknown(sku));
            if (updated == 0) {
                throw ShopException.conflict("stock-insufficient",
                        "SKU " + sku + ": " + now.stock() + " on hand, cannot take " + -delta);
            }
            adjusted = new StockAdjusted(now.productId(), sku, now.stock() - delta, now.stock());
        } else {
            // A set value replaces whatever is there, so the row is locked first to report what it replaced.
            Row before = row(sku, true).orElseThrow(() -> unknown(sku));
            jdbc.update("UPDATE product_variant SET stock = :stock WHERE sku = :sku",
                    params.addValue("stock", adjustment.setTo()));
            adjusted = new StockAdjusted(before.productId(), sku, before.stock(), adjustment.setTo());
        }
        announce(adjusted, adjustment.reason().strip());
        return adjusted;
    }

    private static void check(StockAdjustment adjustment) {
        List<FieldProblem> problems = new ArrayList<>();
        if (adjustment.sku() == null || adjustment.sku().isBlank()) {
            problems.add(FieldProblem.of("sku", "required"));
        }
        if ((adjustment.delta() == null) == (adjustment.setTo() == null)) {
            problems.add(FieldProblem.of("", "delta-or-set-to"));
        } else if (adjustment.delta() != null && adjustment.delta() == 0) {
            problems.add(FieldProblem.of("delta", "delta-zero"));
        } else if (adjustment.setTo() != null && adjustment.setTo() < 0) {
            problems.add(FieldProblem.of("setTo", "stock-negative"));
        }
        if (adjustment.reason() == null || adjustment.reason().isBlank()) {
            problems.add(FieldProblem.of("reason", "required"));
        } else if (adjustment.reason().length() > MAX_REASON) {
            problems.add(FieldProblem.of("reason", "too-long", MAX_REASON));
        }
        if (!problems.isEmpty()) {
            throw new CatalogRejection(problems);
        }
    }

    private static CatalogRejection unknown(String sku) {
        return new CatalogRejection(List.of(FieldProblem.of("sku", "not-found", sku)));
    }

    private record Row(long productId, int stock) {
    }

    private Optional<Row> row(String sku, boolean lock) {
        return jdbc.query("SELECT product_id, stock FROM product_variant WHERE sku = :sku" + (lock ? " FOR UPDATE" : ""),
                new MapSqlParameterSource("sku", sku), (row, n) -> new Row(row.getLong("product_id"), row.getInt("stock")))
                .stream().findFirst();
    }

    /**
     * Records the correction with its reason and tells the shop: any stock change is a product change (webhook
     * {@code product.updated}, cached pages cleared), and a correction downwards that crosses the low-stock threshold
     * is a {@code stock.low}, as a sale crossing it is.
     */
    private void announce(StockAdjusted adjusted, String reason) {
        audit.record(AuditEntry.action("catalog.stock.adjusted").on("product-variant", adjusted.sku())
                .summary(adjusted.sku() + ": " + adjusted.before() + " → " + adjusted.after() + " (" + reason + ")")
                .detail("productId", adjusted.productId())
                .detail("before", adjusted.before())
                .detail("after", adjusted.after())
                .detail("reason", reason));
        if (adjusted.before() > StockLevel.LOW_STOCK_THRESHOLD && adjusted.after() <= StockLevel.LOW_STOCK_THRESHOLD) {
            events.publishEvent(new StockLow(adjusted.productId(), adjusted.sku(), adjusted.after(),
                    StockLevel.LOW_STOCK_THRESHOLD, clock.now()));
        }
        events.publishEvent(new ProductChanged(adjusted.productId(), clock.now()));
    }
}
