package io.tunemall.sdk.pricing;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a {@link PriceRule} sees of the order being priced, and the only changes it may make. The platform keeps every
 * amount at zero or more: a discount larger than what is left is cut to what is left.
 *
 * @since 1.0.0
 */
public interface PriceContext {

    /** The lines in the shopper's order, with their amounts so far. */
    List<PricedLine> lines();

    /** The sum of the lines' amounts so far. */
    Money itemsAmount();

    /**
     * What the goods cost so far: the items' amount less the order discounts and plus the charges applied before
     * this rule. Shipping and points come later and are not included.
     */
    Money orderAmount();

    /** The member buying, or empty for a guest. */
    Optional<Long> memberId();

    /** The moment prices are taken at (a timed sale is in force or not at this moment). */
    Instant pricedAt();

    /** Where the order ships to, as a 5-digit Korean postal code; empty while the shopper has not entered it (cart). */
    Optional<String> postalCode();

    /** The shopper's language, for the labels a rule writes. */
    Locale locale();

    /**
     * Takes {@code amount} off one line, such as "2개 이상 10% 할인". Cut to the line's amount when larger; zero does
     * nothing.
     *
     * @param lineIndex {@link PricedLine#index()}
     * @param label what the shopper reads in the breakdown
     * @throws IndexOutOfBoundsException when there is no such line
     */
    void discountLine(int lineIndex, Money amount, String label);

    /** Takes {@code amount} off the whole order, such as a first-order discount. Cut to {@link #orderAmount()}. */
    void discountOrder(Money amount, String label);

    /** Adds a charge to the order, such as gift wrapping. */
    void charge(Money amount, String label);
}
