package io.tunemall.member.admin;

import io.tunemall.member.DbTime;
import io.tunemall.platform.time.ShopClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Unmasks as rows of {@code member_pii_unmask}, and a log line without the data itself. */
@Component
class TablePiiUnmaskLog implements PiiUnmaskLog {

    private static final Logger log = LoggerFactory.getLogger(TablePiiUnmaskLog.class);

    private final JdbcTemplate jdbc;
    private final ShopClock clock;

    TablePiiUnmaskLog(JdbcTemplate jdbc, ShopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void unmasked(long memberId, String staffUsername, String reason, String requestId) {
        jdbc.update("INSERT INTO member_pii_unmask (member_id, staff_username, reason, request_id, unmasked_at) "
                + "VALUES (?, ?, ?, ?, ?)", memberId, staffUsername, reason, requestId, DbTime.param(clock.now()));
        log.info("Staff '{}' unmasked the personal data of member {}", staffUsername, memberId);
    }
}
