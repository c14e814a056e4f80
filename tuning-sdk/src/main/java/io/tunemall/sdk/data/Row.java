package io.tunemall.sdk.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One row of a query's result, read by column label. A SQL NULL reads as null (and as 0 or false for the primitive
 * readers).
 *
 * @since 1.0.0
 */
public interface Row {

    String text(String column);

    long integer(String column);

    BigDecimal decimal(String column);

    boolean flag(String column);

    Instant instant(String column);

    LocalDate date(String column);

    byte[] bytes(String column);

    /** Whether the column's value is SQL NULL. */
    boolean isNull(String column);
}
