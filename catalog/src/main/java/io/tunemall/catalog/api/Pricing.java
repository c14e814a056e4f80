package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;
import java.io.Serializable;
import java.time.Instant;

/**
 * What a product costs, with its timed sale kept as a window rather than resolved: cached pages and listings keep
 * this record for minutes, and a sale that starts or ends meanwhile must show the right price on the next render.
 * Resolve it with {@link #priceAt(Instant)} when the page is rendered, never when it is cached.
 *
 * @param price the regular price
 * @param listPrice the list price (정가) the discount is measured against
 * @param salePrice the timed sale price, or null when the product has no sale
 * @param saleStartsAt when the sale starts (inclusive), or null for "already running"
 * @param saleEndsAt when the sale ends (exclusive), or null for "until further notice"
 */
public record Pricing(Money price, Money listPrice, Money salePrice, Instant saleStartsAt, Instant saleEndsAt)
        implements Serializable {

    /** The regular price alone, for products without a sale. */
    public static Pricing regular(Money price, Money listPrice) {
        return new Pricing(price, listPrice, null, null, null);
    }

    /** Whether the sale price is in force at the given moment: the same rule as the catalog's own product. */
    public boolean onSaleAt(Instant moment) {
        return salePrice != null
                && (saleStartsAt == null || !moment.isBefore(saleStartsAt))
                && (saleEndsAt == null || moment.isBefore(saleEndsAt));
    }

    /** The price a shopper pays at the given moment: the sale price while the sale runs, the regular price otherwise. */
    public Money priceAt(Instant moment) {
        return onSaleAt(moment) ? salePrice : price;
    }

    /** The discount off the list price at the given moment, in whole percent rounded down; zero when there is none. */
    public int discountPercentAt(Instant moment) {
        Money paid = priceAt(moment);
        if (!listPrice.isGreaterThan(paid)) {
            return 0;
        }
        return (int) ((listPrice.won() - paid.won()) * 100 / listPrice.won());
    }

    /** The end of the running sale at the given moment, or null when no sale runs or it has no end. */
    public Instant saleEndAt(Instant moment) {
        return onSaleAt(moment) ? saleEndsAt : null;
    }
}
