package io.tunemall.platform.audit;

import java.time.Instant;

/**
 * A search of the audit log. Blank fields do not filter; {@code actor} and {@code targetType} match exactly,
 * {@code action} matches a prefix ({@code staff.} finds every staff action), {@code from} is inclusive and
 * {@code until} exclusive. Pages count from 0.
 */
public record AuditQuery(String actor, String action, String targetType, String targetId, Instant from, Instant until,
        int page, int size) {

    public static final int MAX_SIZE = 200;

    public AuditQuery {
        page = Math.max(page, 0);
        size = size <= 0 ? 50 : Math.min(size, MAX_SIZE);
    }

    public static AuditQuery latest(int size) {
        return new AuditQuery(null, null, null, null, null, null, 0, size);
    }
}
