package io.tunemall.platform.web.idempotency;

import io.tunemall.platform.db.DbTime;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The idempotency_key table. A claim and a release commit on their own (so a second request sees a running first
 * one at once); the stored answer is written in the transaction of the work it answers, so both commit or neither.
 */
@Component
class IdempotencyRecords {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    IdempotencyRecords(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Inserts a running claim; false when the caller already has a row for this key. */
    boolean claim(String caller, String key, String fingerprint, Instant now, Instant expiresAt) {
        try {
            ownTransaction.executeWithoutResult(tx -> jdbc.update("""
                    INSERT INTO idempotency_key (caller, idem_key, fingerprint, state, claimed_at, expires_at)
                    VALUES (?, ?, ?, 'RUNNING', ?, ?)""",
                    caller, key, fingerprint, DbTime.param(now), DbTime.param(expiresAt)));
            return true;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }

    /**
     * Takes over a row nobody can be waiting for any more: an expired one the sweep has not removed yet, or a claim
     * whose request died with its node (its work rolled back with it, since the answer commits with the work).
     * Compares the row as it was read, so of two requests taking over the same row only one succeeds.
     */
    boolean takeOver(String caller, String key, StoredReply seen, String fingerprint, Instant now, Instant expiresAt) {
        Integer changed = ownTransaction.execute(tx -> jdbc.update("""
                UPDATE idempotency_key SET fingerprint = ?, state = 'RUNNING', claimed_at = ?, expires_at = ?,
                       response_status = NULL, response_body = NULL, response_location = NULL
                WHERE caller = ? AND idem_key = ? AND claimed_at = ? AND expires_at = ?""",
                fingerprint, DbTime.param(now), DbTime.param(expiresAt), caller, key,
                DbTime.param(seen.claimedAt()), DbTime.param(seen.expiresAt())));
        return changed != null && changed == 1;
    }

    Optional<StoredReply> find(String caller, String key) {
        return jdbc.query("""
                SELECT fingerprint, state, response_status, response_body, response_location, claimed_at, expires_at
                FROM idempotency_key WHERE caller = ? AND idem_key = ?""",
                (row, n) -> new StoredReply(row.getString("fingerprint"), "DONE".equals(row.getString("state")),
                        (Integer) row.getObject("response_status", Integer.class), row.getString("response_body"),
                        row.getString("response_location"), DbTime.read(row, "claimed_at"),
                        DbTime.read(row, "expires_at")),
                caller, key).stream().findFirst();
    }

    /** Stores the answer; runs inside the work's transaction. */
    void complete(String caller, String key, int status, String body, String location) {
        jdbc.update("""
                UPDATE idempotency_key SET state = 'DONE', response_status = ?, response_body = ?, response_location = ?
                WHERE caller = ? AND idem_key = ?""", status, body, location, caller, key);
    }

    /** Forgets a claim whose work failed, so the same key may be sent again. */
    void release(String caller, String key) {
        ownTransaction.executeWithoutResult(tx -> jdbc.update(
                "DELETE FROM idempotency_key WHERE caller = ? AND idem_key = ? AND state = 'RUNNING'", caller, key));
    }

    int removeExpired(Instant now) {
        return jdbc.update("DELETE FROM idempotency_key WHERE expires_at < ?", DbTime.param(now));
    }
}
