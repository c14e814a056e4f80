package io.tunemall.catalog.feed;

import io.tunemall.platform.db.DbTime;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Products changed since the feeds were last refreshed (V131 feed_pending). */
@Component
class PendingProducts {

    private final JdbcTemplate jdbc;

    PendingProducts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void mark(long productId, Instant at) {
        if (jdbc.update("UPDATE feed_pending SET marked_at = ? WHERE product_id = ?", DbTime.param(at), productId) > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO feed_pending (product_id, marked_at) VALUES (?, ?)", productId, DbTime.param(at));
        } catch (DuplicateKeyException markedMeanwhile) {
            jdbc.update("UPDATE feed_pending SET marked_at = ? WHERE product_id = ?", DbTime.param(at), productId);
        }
    }

    /** Marks every product the catalog changed since the moment (after a bulk import). */
    void markChangedSince(Instant since, Instant at) {
        jdbc.update("INSERT INTO feed_pending (product_id, marked_at) SELECT p.id, ? FROM product p"
                + " WHERE p.updated_at >= ? AND NOT EXISTS (SELECT 1 FROM feed_pending f WHERE f.product_id = p.id)",
                DbTime.param(at), DbTime.param(since));
    }

    List<Long> markedUpTo(Instant moment) {
        return jdbc.queryForList("SELECT product_id FROM feed_pending WHERE marked_at <= ? ORDER BY product_id",
                Long.class, DbTime.param(moment));
    }

    /** Forgets the marks a refresh handled; a product marked again after the refresh began stays marked. */
    void clearUpTo(List<Long> productIds, Instant moment) {
        for (int from = 0; from < productIds.size(); from += 500) {
            List<Long> batch = productIds.subList(from, Math.min(productIds.size(), from + 500));
            String marks = String.join(",", Collections.nCopies(batch.size(), "?"));
            Object[] arguments = new Object[batch.size() + 1];
            arguments[0] = DbTime.param(moment);
            for (int i = 0; i < batch.size(); i++) {
                arguments[i + 1] = batch.get(i);
            }
            jdbc.update("DELETE FROM feed_pending WHERE marked_at <= ? AND product_id IN (" + marks + ")", arguments);
        }
    }
}
