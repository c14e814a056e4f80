package io.tunemall.platform.audit;

import java.util.Map;
import java.util.TreeMap;

/**
 * What happened, for the audit log: an action ({@code staff.role.changed}), what it was done to
 * ({@code staff-account} 42), a one-line summary and details. Neither summary nor details may carry personal data
 * values (names, emails, phone numbers, addresses, passwords): say which fields changed, not what they hold.
 */
public record AuditEntry(String action, String targetType, String targetId, String summary, Map<String, Object> details) {

    public AuditEntry {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs an action");
        }
        details = details == null ? Map.of() : new TreeMap<>(details);
    }

    public static AuditEntry action(String action) {
        return new AuditEntry(action, null, null, null, Map.of());
    }

    public AuditEntry on(String type, Object id) {
        return new AuditEntry(action, type, id == null ? null : String.valueOf(id), summary, details);
    }

    public AuditEntry summary(String text) {
        return new AuditEntry(action, targetType, targetId, text, details);
    }

    public AuditEntry detail(String key, Object value) {
        Map<String, Object> more = new TreeMap<>(details);
        more.put(key, value);
        return new AuditEntry(action, targetType, targetId, summary, more);
    }
}
