package io.tunemall.sdk.view;

import io.tunemall.sdk.catalog.ProductView;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a slot offers the fill being rendered into it. The same values are the fragment's variables: {@code product}
 * (or null), {@code entityId} (or null), {@code fields}, and the entries of {@link SlotFill#model}.
 *
 * @since 1.0.0
 */
public interface SlotContext {

    /** The slot's name, such as {@link Slots#PRODUCT_DETAIL_SUMMARY}. */
    String slot();

    /** The shopper's or staff member's language. */
    Locale locale();

    /** The product the slot is about, on product pages and listing cards. */
    Optional<ProductView> product();

    /** The id of the entity the slot is about (a product id), when there is one; empty for a product not saved yet. */
    Optional<String> entityId();

    /** The asking module's own custom field values of that entity, by field key. */
    Map<String, Object> fields();
}
