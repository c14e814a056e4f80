package io.tunemall.sdk.field;

/**
 * A value a custom field does not accept; the message says why in the language it was asked for.
 *
 * @since 1.0.0
 */
public class InvalidFieldValue extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidFieldValue(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The key of the field. */
    public String field() {
        return field;
    }
}
