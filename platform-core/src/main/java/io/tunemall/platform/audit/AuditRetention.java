package io.tunemall.platform.audit;

import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes audit records older than the retention (at least two years, see {@link AuditProperties}); it is the only
 * code that deletes from audit_log. Once a day, on one node (ShedLock), it also writes the chain head to the log:
 * shipped to a log store outside the database, those lines are an anchor a database administrator cannot rewrite.
 */
@Component
public class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);
    private static final int BATCH = 5_000;

    private final JdbcTemplate jdbc;
    private final ShopClock clock;
    private final AuditProperties properties;
    private final AuditLog audit;

    AuditRetention(JdbcTemplate jdbc, ShopClock clock, AuditProperties properties, AuditLog audit) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
        this.audit = audit;
    }

    @Scheduled(cron = "${tunemall.audit.purge-cron:0 40 3 * * *}", zone = "${tunemall.time-zone:Asia/Seoul}")
    @SchedulerLock(name = "audit-retention", lockAtMostFor = "PT1H")
    public void purgeDaily() {
        int removed = properties.purge() ? purgeExpired() : 0;
        AuditLog.Head head = audit.head();
        log.info("Audit log: removed {} records older than {}; chain head seq={} hash={}", removed,
                properties.retention(), head.seq(), head.hash());
    }

    /** Deletes, in batches, every record that occurred before the retention cut-off; returns how many. */
    public int purgeExpired() {
        Instant cutoff = cutoff();
        int total = 0;
        int removed;
        do {
            Long upTo = jdbc.queryForObject("SELECT MAX(seq) FROM (SELECT seq FROM audit_log WHERE occurred_at < ? "
                    + "ORDER BY seq LIMIT " + BATCH + ") oldest", Long.class, AuditLog.timestamp(cutoff));
            removed = upTo == null ? 0
                    : jdbc.update("DELETE FROM audit_log WHERE seq <= ? AND occurred_at < ?", upTo, AuditLog.timestamp(cutoff));
            total += removed;
        } while (removed > 0);
        return total;
    }

    /** Records that occurred before this moment are past the retention. */
    public Instant cutoff() {
        return clock.nowInShopZone().minus(properties.retention()).toInstant();
    }
}
