package io.tunemall.sdk.view;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import java.util.Objects;

/**
 * The named slots of the platform's templates. Each slot is an extension point, {@link #point(String)}, whose hooks
 * are {@link SlotFill}s. Features add slots of their own (cart, checkout, my page) under names that, once released,
 * never change.
 *
 * <pre>{@code
 * Hook.after(context.moduleId(), Slots.point(Slots.PRODUCT_DETAIL_SUMMARY), SlotFill.of("origin", "badge"))
 * }</pre>
 *
 * @since 1.0.0
 */
public final class Slots {

    /** Product page, in the buy box below the price. Offers {@code product}, {@code entityId}, {@code fields}. */
    public static final String PRODUCT_DETAIL_SUMMARY = "product.detail.summary";

    /** Product page, below the description and the content blocks. Offers {@code product}, {@code entityId}, {@code fields}. */
    public static final String PRODUCT_DETAIL_BOTTOM = "product.detail.bottom";

    /** Every product card of a category listing, below the price. Offers {@code product}, {@code entityId}, {@code fields}. */
    public static final String LISTING_CARD = "listing.card";

    /**
     * Admin product edit page, below the product form (a fill may hold forms of its own, posting to the module's admin
     * routes). Offers {@code entityId} (empty for a product not saved yet) and {@code fields}.
     */
    public static final String ADMIN_PRODUCT_FORM = "admin.product-form";

    /**
     * Checkout page, inside the order form below the delivery request: inputs a fill puts here are sent with the
     * order. An input named after one of the module's order custom fields ({@code custom:{module id}:{field key}}) is
     * checked by the field's rules, handed to the module's {@link io.tunemall.sdk.order.OrderValidator} and stored with
     * the order. Offers {@code fields}: the module's order field values the shopper submitted (empty on a first view).
     *
     * @since 1.0.0
     */
    public static final String CHECKOUT_DELIVERY = "checkout.delivery";

    private Slots() {
    }

    /** The extension point of a slot; the same slot name always gives an equal point. */
    public static ExtensionPoint<SlotFill> point(String slot) {
        Objects.requireNonNull(slot, "slot");
        if (!slot.matches("[a-z0-9-]+(\\.[a-z0-9-]+)*")) {
            throw new IllegalArgumentException("A slot name is lower-case words separated by dots: " + slot);
        }
        return new ExtensionPoint<>("slot." + slot, SlotFill.class, FailurePolicy.SKIP_AND_LOG,
                "Fills the template slot " + slot + " with a module's fragment; a failing fill is left out.");
    }
}
