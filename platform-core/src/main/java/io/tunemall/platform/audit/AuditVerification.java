package io.tunemall.platform.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the hash chain of the audit log. A row edited in the database no longer matches its hash; a removed row
 * leaves a gap in {@code seq} and a broken link; rows cut off the end no longer reach the chain head. The oldest row
 * left after a retention purge is taken as the anchor: what came before it is gone by design.
 */
@Service
public class AuditVerification {

    static final int PROBLEMS_REPORTED = 20;

    private final JdbcTemplate jdbc;
    private final AuditLog log;

    AuditVerification(JdbcTemplate jdbc, AuditLog log) {
        this.jdbc = jdbc;
        this.log = log;
    }

    @Transactional(readOnly = true)
    public ChainCheck verify() {
        List<String> problems = new ArrayList<>();
        Walk walk = new Walk(problems);
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("SELECT " + AuditLog.COLUMNS + " FROM audit_log ORDER BY seq");
            statement.setFetchSize(1000);
            return statement;
        }, walk);
        AuditLog.Head head = log.head();
        if (walk.last == null ? head.seq() != 0 : walk.last.seq() != head.seq() || !walk.last.hash().equals(head.hash())) {
            problems.add("the newest row (seq " + (walk.last == null ? "none" : walk.last.seq())
                    + ") is not the chain head (seq " + head.seq() + "): rows were removed from the end");
        }
        return new ChainCheck(walk.count, walk.first == null ? null : walk.first.seq(),
                walk.last == null ? null : walk.last.seq(), List.copyOf(problems.subList(0,
                        Math.min(problems.size(), PROBLEMS_REPORTED))));
    }

    private static final class Walk implements RowCallbackHandler {

        private final List<String> problems;
        private long count;
        private AuditRecord first;
        private AuditRecord last;

        Walk(List<String> problems) {
            this.problems = problems;
        }

        @Override
        public void processRow(java.sql.ResultSet rs) throws java.sql.SQLException {
            AuditRecord row = AuditLog.ROWS.mapRow(rs, (int) count);
            count++;
            if (!AuditChain.hash(row).equals(row.hash())) {
                problems.add("row " + row.seq() + " was changed after it was written (its hash does not match)");
            }
            if (last != null) {
                if (row.seq() != last.seq() + 1) {
                    problems.add("rows " + (last.seq() + 1) + " to " + (row.seq() - 1) + " are missing");
                }
                if (!Objects.equals(row.previousHash(), last.hash())) {
                    problems.add("row " + row.seq() + " does not follow row " + last.seq() + " (broken link)");
                }
            } else {
                first = row;
            }
            last = row;
        }
    }
}
