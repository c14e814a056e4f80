package io.tunemall.sdk.field;

/**
 * The platform entities that carry custom fields.
 *
 * @since 1.0.0
 */
public enum EntityType {
    /** A product; its id is the product id. */
    PRODUCT,
    /** A shopper's account; its id is the member id. */
    MEMBER,
    /** An order; its id is the order number. */
    ORDER
}
