package io.tunemall.examples.employee;

import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.field.CustomFieldValues;
import io.tunemall.sdk.field.EntityType;
import java.time.Instant;
import java.util.List;

/**
 * Who is an employee: a member whose admin-only {@code employee} flag is on. The flag is set when the member signs in
 * through the groupware SSO; staff may switch it off (or on) on the member's admin page, and the flag decides. The
 * module's own list remembers whom it ever marked, so the monthly run knows whom to look at.
 */
class Employees {

    static final String FIELD = "employee";

    private final CustomFieldValues fields;
    private final ModuleDatabase database;

    Employees(CustomFieldValues fields, ModuleDatabase database) {
        this.fields = fields;
        this.database = database;
    }

    boolean isEmployee(long memberId) {
        return Boolean.TRUE.equals(fields.get(EntityType.MEMBER, String.valueOf(memberId), FIELD).orElse(null));
    }

    /** Marks the member, once: signing in again changes nothing, and a flag staff switched off stays off. */
    void mark(long memberId, Instant at) {
        database.inTransaction(() -> {
            if (database.update("INSERT IGNORE INTO " + database.table("employee") + " (member_id, marked_at) "
                    + "VALUES (?, ?)", memberId, java.sql.Timestamp.from(at)) == 1) {
                fields.set(EntityType.MEMBER, String.valueOf(memberId), FIELD, Boolean.TRUE);
            }
            return null;
        });
    }

    /** Every member the module marked whose flag is still on. */
    List<Long> current() {
        List<Long> marked = database.query("SELECT member_id FROM " + database.table("employee") + " ORDER BY member_id",
                row -> row.integer("member_id"));
        var flags = fields.ofEach(EntityType.MEMBER, marked.stream().map(String::valueOf).toList());
        return marked.stream()
                .filter(id -> Boolean.TRUE.equals(flags.getOrDefault(String.valueOf(id), java.util.Map.of()).get(FIELD)))
                .toList();
    }
}
