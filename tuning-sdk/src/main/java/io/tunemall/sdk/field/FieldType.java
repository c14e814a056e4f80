package io.tunemall.sdk.field;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a custom field holds, and the Java type of its values.
 *
 * @since 1.0.0
 */
public enum FieldType {
    /** Text, a {@link String}. */
    STRING(String.class),
    /** A decimal number, a {@link BigDecimal} (up to 15 digits before the point and 4 after). */
    NUMBER(BigDecimal.class),
    /** Yes or no, a {@link Boolean}; an unticked box is {@code false}. */
    BOOLEAN(Boolean.class),
    /** A calendar day in the shop's time zone, a {@link LocalDate}. */
    DATE(LocalDate.class),
    /** One of the field's options, a {@link String}. */
    ENUM(String.class);

    private final Class<?> javaType;

    FieldType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }
}
