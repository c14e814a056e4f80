package io.tunemall.benefit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Members, order numbers and checks for the benefit tests. Member ids are random and large, so tests sharing the
 * database never meet each other's members; time passing is simulated by moving stored moments into the past.
 */
final class BenefitFixtures {

    private static final AtomicLong ORDERS = new AtomicLong();

    private BenefitFixtures() {
    }

    /** A bare account row (no personal data): the benefit tables' member_id references member_account (V82). */
    static long newMember(JdbcTemplate jdbc) {
        long id = ThreadLocalRandom.current().nextLong(10_000_000_000L, 90_000_000_000L);
        insertMembers(jdbc, id, 1);
        return id;
    }

    /** Accounts with ids first .. first + count - 1. */
    static void insertMembers(JdbcTemplate jdbc, long first, int count) {
        java.util.List<Object[]> rows = new java.util.ArrayList<>();
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {first + i, now});
        }
        jdbc.batchUpdate("INSERT INTO member_account (id, status, joined_at, version) VALUES (?, 'ACTIVE', ?, 0)", rows);
    }

    static String newOrder() {
        return "T" + Long.toString(System.nanoTime(), 36).toUpperCase() + "-" + ORDERS.incrementAndGet();
    }

    /** The member's entries, the remainders of their credits and their balance row agree, and nothing is negative. */
    static long assertLedgerAddsUp(JdbcTemplate jdbc, long memberId) {
        long balance = jdbc.queryForObject("SELECT balance FROM point_balance WHERE member_id = ?", Long.class, memberId);
        long entries = jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0) FROM point_entry WHERE member_id = ?",
                Long.class, memberId);
        long remaining = jdbc.queryForObject("SELECT COALESCE(SUM(remaining), 0) FROM point_entry WHERE member_id = ?",
                Long.class, memberId);
        long allocatedBeyondCredit = jdbc.queryForObject("SELECT COUNT(*) FROM point_entry c WHERE c.member_id = ? "
                + "AND c.amount > 0 AND c.remaining > c.amount", Long.class, memberId);
        assertThat(balance).as("balance").isNotNegative();
        assertThat(entries).as("sum of entries").isEqualTo(balance);
        assertThat(remaining).as("sum of remainders").isEqualTo(balance);
        assertThat(allocatedBeyondCredit).as("credits holding more than they gave").isZero();
        return balance;
    }

    /** As if time had passed: the entry's expiry moves to the given moment (usually in the past). */
    static void moveExpiry(JdbcTemplate jdbc, long entryId, Instant expiresAt) {
        jdbc.update("UPDATE point_entry SET expires_at = ?, "
                + "open_until = CASE WHEN open_until IS NULL THEN NULL ELSE ? END WHERE id = ?",
                Timestamp.from(expiresAt), Timestamp.from(expiresAt), entryId);
    }

    static Instant expiry(JdbcTemplate jdbc, long entryId) {
        return jdbc.queryForObject("SELECT expires_at FROM point_entry WHERE id = ?", Timestamp.class, entryId)
                .toInstant();
    }
}
