package io.tunemall.examples.fitfinder;

import io.tunemall.sdk.data.ModuleDatabase;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stock per SKU as the ERP last reported it (the module's stock table). */
class ErpStock {

    /** One line of a report. */
    record Line(String sku, int quantity) {
    }

    private final ModuleDatabase db;
    private final Clock clock;
    private final String table;

    ErpStock(ModuleDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.table = db.table("stock");
    }

    /** Replaces the reported quantities of the report's SKUs, all or none. */
    void receive(List<Line> report) {
        Instant now = clock.instant();
        db.inTransaction(() -> {
            for (Line line : report) {
                db.update("DELETE FROM " + table + " WHERE sku = ?", line.sku());
                db.update("INSERT INTO " + table + " (sku, quantity, received_at) VALUES (?, ?, ?)", line.sku(),
                        line.quantity(), now);
            }
            return report.size();
        });
    }

    /** The reported quantities of the SKUs the ERP knows, in one query. */
    Map<String, Integer> quantities(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<String, Integer> quantities = new HashMap<>();
        db.query("SELECT sku, quantity FROM " + table + " WHERE sku IN (" + String.join(", ", Collections.nCopies(skus.size(), "?"))
                + ")", row -> quantities.put(row.text("sku"), (int) row.integer("quantity")), skus.toArray());
        return quantities;
    }

    long skusKnown() {
        return db.queryOne("SELECT COUNT(*) AS n FROM " + table, row -> row.integer("n")).orElse(0L);
    }

    Optional<Instant> lastReport() {
        return db.queryOne("SELECT MAX(received_at) AS last FROM " + table, row -> row.instant("last"));
    }
}
