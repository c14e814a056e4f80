package io.tunemall.platform.privacy;

import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * After the active key changed, rewrites every value still encrypted with an older key, in batches, so that the old
 * key can eventually be removed from the configuration. Runs on one node at a time (ShedLock). Nodes keep serving
 * meanwhile: each value is replaced only if it is still the one that was read (compare and set), so a member who
 * edits their address at the same moment keeps their edit, and a value read by the app in between decrypts either way.
 */
@Component
public class PiiReencryption {

    private static final Logger log = LoggerFactory.getLogger(PiiReencryption.class);

    private final JdbcTemplate jdbc;
    private final PiiCipher cipher;
    private final List<EncryptedColumn> columns;
    private final int batchSize;

    PiiReencryption(JdbcTemplate jdbc, PiiCipher cipher, ObjectProvider<EncryptedColumn> columns,
            PrivacyProperties properties) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.columns = columns.orderedStream().toList();
        this.batchSize = properties.reencryptBatch();
    }

    @Scheduled(fixedDelayString = "${tunemall.privacy.reencrypt-every:PT1H}",
            initialDelayString = "${tunemall.privacy.reencrypt-every:PT1H}")
    @SchedulerLock(name = "pii-reencryption", lockAtMostFor = "PT30M")
    public void scheduled() {
        rewriteOldValues();
    }

    /** Rewrites every value of every declared column that is not under the active key; returns how many. */
    public int rewriteOldValues() {
        int rewritten = 0;
        for (EncryptedColumn column : columns) {
            rewritten += rewrite(column);
        }
        if (rewritten > 0) {
            log.info("Re-encrypted {} personal data values with key '{}'", rewritten, cipher.activeKeyId());
        }
        return rewritten;
    }

    /** How many values of the declared columns are still under an older key: 0 means old keys may be removed. */
    public long valuesUnderOldKeys() {
        long remaining = 0;
        for (EncryptedColumn column : columns) {
            remaining += jdbc.queryForObject("SELECT COUNT(*) FROM " + column.table() + " WHERE " + column.column()
                    + " IS NOT NULL AND " + column.column() + " NOT LIKE ?", Long.class, currentPrefix());
        }
        return remaining;
    }

    private int rewrite(EncryptedColumn column) {
        String select = "SELECT " + column.idColumn() + " AS id, " + column.column() + " AS val FROM " + column.table()
                + " WHERE " + column.column() + " IS NOT NULL AND " + column.column() + " NOT LIKE ? AND "
                + column.idColumn() + " > ? ORDER BY " + column.idColumn() + " LIMIT " + batchSize;
        String update = "UPDATE " + column.table() + " SET " + column.column() + " = ? WHERE " + column.idColumn()
                + " = ? AND " + column.column() + " = ?";
        int rewritten = 0;
        long after = Long.MIN_VALUE;
        List<Map<String, Object>> batch;
        do {
            batch = jdbc.queryForList(select, currentPrefix(), after);
            for (Map<String, Object> row : batch) {
                long id = ((Number) row.get("id")).longValue();
                String stored = (String) row.get("val");
                rewritten += jdbc.update(update, cipher.encrypt(cipher.decrypt(stored)), id, stored);
                after = id;
            }
        } while (batch.size() == batchSize);
        return rewritten;
    }

    private String currentPrefix() {
        return cipher.activeKeyId() + ":%";
    }
}
