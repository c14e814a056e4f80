package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * A sellable variant as a cart or checkout needs it, read fresh from the database (never from the storefront caches):
 * its price and its stock as they are now.
 *
 * @param optionText the option values as shoppers read them ({@code 블랙 / M}); empty for a product without options
 * @param brandId the product's brand, or null
 * @param pricing the product's prices, with the sale window; resolve with {@link Pricing#priceAt(Instant)}
 * @param priceDifference what this variant costs on top of the product's price
 * @param stock units left
 * @param status the product's status; only {@link SaleStatus#ON_SALE} products can be bought
 * @param imageUrl the picture for this variant (its colour's first image, else the product's first), or null
 * @param taxFree whether the product is tax-free (면세): its price holds no VAT
 */
public record Purchasable(long variantId, String sku, long productId, String productName, String productSlug,
        String optionText, long categoryId, Long brandId, Pricing pricing, Money priceDifference, int stock,
        SaleStatus status, String imageUrl, boolean taxFree) {

    /** A taxable (과세) variant, as every product is unless the owner marks it tax-free. */
    public Purchasable(long variantId, String sku, long productId, String productName, String productSlug,
            String optionText, long categoryId, Long brandId, Pricing pricing, Money priceDifference, int stock,
            SaleStatus status, String imageUrl) {
        this(variantId, sku, productId, productName, productSlug, optionText, categoryId, brandId, pricing,
                priceDifference, stock, status, imageUrl, false);
    }

    /** Whether a shopper can buy it now: the product is on sale and some stock is left. */
    public boolean buyable() {
        return status == SaleStatus.ON_SALE && stock > 0;
    }

    /** What one unit costs at the given moment: the regular or sale price plus the option's difference. */
    public Money unitPriceAt(Instant moment) {
        return pricing.priceAt(moment).plus(priceDifference);
    }
}
