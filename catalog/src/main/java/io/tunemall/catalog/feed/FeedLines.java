package io.tunemall.catalog.feed;

import io.tunemall.platform.db.DbTime;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The rendered lines of each feed (V131) and when each feed was last built and refreshed. */
@Component
class FeedLines {

    private static final int PAGE = 1000;

    private final JdbcTemplate jdbc;

    FeedLines(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a product's line; its change time moves only when the line or its listing really changed. */
    void put(String feed, long productId, String line, boolean listed, Instant now) {
        String hash = hash(line, listed);
        int updated = jdbc.update("UPDATE feed_line SET line = ?, line_hash = ?, listed = ?, changed_at = ?"
                + " WHERE feed = ? AND product_id = ? AND line_hash <> ?", line, hash, listed, DbTime.param(now), feed,
                productId, hash);
        if (updated == 0 && !exists(feed, productId)) {
            jdbc.update("INSERT INTO feed_line (feed, product_id, line, line_hash, listed, created_at, changed_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", feed, productId, line, hash, listed, DbTime.param(now),
                    DbTime.param(now));
        }
    }

    private static String hash(String line, boolean listed) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((listed + "|" + line).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private boolean exists(String feed, long productId) {
        return !jdbc.queryForList("SELECT 1 FROM feed_line WHERE feed = ? AND product_id = ?", Integer.class, feed,
                productId).isEmpty();
    }

    /** Writes every listed line in product order, a page at a time, so a large feed never sits in memory. */
    void writeListed(String feed, Writer out) throws IOException {
        long after = 0;
        while (true) {
            List<Line> page = jdbc.query("SELECT product_id, line FROM feed_line WHERE feed = ? AND listed = TRUE"
                    + " AND product_id > ? ORDER BY product_id LIMIT ?",
                    (row, i) -> new Line(row.getLong("product_id"), row.getString("line"), true, null, null),
                    feed, after, PAGE);
            for (Line line : page) {
                out.write(line.text());
                out.write('\n');
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).productId();
        }
    }

    /** Lines changed after the moment, listed or not, in product order. */
    List<Line> changedAfter(String feed, Instant moment, long afterId, int limit) {
        return jdbc.query("SELECT product_id, line, listed, created_at, changed_at FROM feed_line WHERE feed = ?"
                + " AND changed_at > ? AND product_id > ? ORDER BY product_id LIMIT ?",
                (row, i) -> new Line(row.getLong("product_id"), row.getString("line"), row.getBoolean("listed"),
                        DbTime.read(row, "created_at"), DbTime.read(row, "changed_at")),
                feed, DbTime.param(moment), afterId, limit);
    }

    Optional<Instant> fullBuiltAt(String feed) {
        return jdbc.query("SELECT full_built_at FROM feed_state WHERE feed = ?",
                (row, i) -> DbTime.read(row, "full_built_at"), feed).stream().findFirst();
    }

    Optional<Instant> refreshedAt(String feed) {
        return jdbc.query("SELECT refreshed_at FROM feed_state WHERE feed = ?",
                (row, i) -> DbTime.read(row, "refreshed_at"), feed).stream().findFirst();
    }

    void recordFullBuild(String feed, Instant startedAt) {
        if (jdbc.update("UPDATE feed_state SET full_built_at = ?, refreshed_at = ? WHERE feed = ?",
                DbTime.param(startedAt), DbTime.param(startedAt), feed) == 0) {
            jdbc.update("INSERT INTO feed_state (feed, full_built_at, refreshed_at) VALUES (?, ?, ?)", feed,
                    DbTime.param(startedAt), DbTime.param(startedAt));
        }
    }

    void recordRefresh(String feed, Instant startedAt) {
        jdbc.update("UPDATE feed_state SET refreshed_at = ? WHERE feed = ?", DbTime.param(startedAt), feed);
    }

    record Line(long productId, String text, boolean listed, Instant createdAt, Instant changedAt) {
    }
}
