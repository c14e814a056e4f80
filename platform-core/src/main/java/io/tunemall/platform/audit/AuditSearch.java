package io.tunemall.platform.audit;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** Finds audit records for the admin console's audit page. */
@Service
public class AuditSearch {

    private final JdbcTemplate jdbc;

    AuditSearch(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public AuditPage search(AuditQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (present(query.actor())) {
            where.append(" AND actor = ?");
            args.add(query.actor().strip());
        }
        if (present(query.action())) {
            where.append(" AND action LIKE ? ESCAPE '!'");
            args.add(likePrefix(query.action().strip()));
        }
        if (present(query.targetType())) {
            where.append(" AND target_type = ?");
            args.add(query.targetType().strip());
        }
        if (present(query.targetId())) {
            where.append(" AND target_id = ?");
            args.add(query.targetId().strip());
        }
        if (query.from() != null) {
            where.append(" AND occurred_at >= ?");
            args.add(AuditLog.timestamp(query.from()));
        }
        if (query.until() != null) {
            where.append(" AND occurred_at < ?");
            args.add(AuditLog.timestamp(query.until()));
        }
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_log" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(query.size());
        pageArgs.add((long) query.page() * query.size());
        List<AuditRecord> rows = jdbc.query("SELECT " + AuditLog.COLUMNS + " FROM audit_log" + where
                + " ORDER BY seq DESC LIMIT ? OFFSET ?", AuditLog.ROWS, pageArgs.toArray());
        return new AuditPage(rows, total == null ? 0 : total, query.page(), query.size());
    }

    /** The distinct actions recorded so far, for the search form's suggestions. */
    public List<String> actions() {
        return jdbc.queryForList("SELECT DISTINCT action FROM audit_log ORDER BY action", String.class);
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static String likePrefix(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
