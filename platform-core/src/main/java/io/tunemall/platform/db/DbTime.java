package io.tunemall.platform.db;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Moments in plain JDBC the way Hibernate stores them ({@code hibernate.jdbc.time_zone: UTC}): as UTC wall-clock
 * time, whatever the time zone of the JVM or of the database session, so JDBC and JPA rows compare correctly.
 */
public final class DbTime {

    private DbTime() {
    }

    public static LocalDateTime param(Instant moment) {
        return moment == null ? null : LocalDateTime.ofInstant(moment, ZoneOffset.UTC);
    }

    public static Instant read(ResultSet row, String column) throws SQLException {
        LocalDateTime utc = row.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
