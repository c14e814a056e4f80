package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;
import java.util.List;

/**
 * One variant as the owner wants it: one value of each option axis, in axis order (블랙, M).
 *
 * @param optionValues one value per axis, in axis order; empty for a product without options
 * @param priceDifference what this variant costs on top of the product's price (zero or more)
 * @param stock units on hand; a negative number is rejected
 * @param barcode the GTIN/EAN printed on the item, or null
 * @param shownStock the stock the editor showed when the owner began editing, or null; when given for a variant that
 *     exists, the owner's change ({@code stock - shownStock}) is applied to the stock as it is now, so that units sold
 *     while the form was open are not written back
 */
public record VariantDraft(List<String> optionValues, String sku, Money priceDifference, int stock, String barcode,
        Integer shownStock) {

    /** How shoppers and the variant table read the combination: "블랙 / M". */
    public static final String SEPARATOR = " / ";

    public VariantDraft {
        optionValues = optionValues == null ? List.of() : List.copyOf(optionValues);
        priceDifference = priceDifference == null ? Money.ZERO : priceDifference;
    }

    /** A variant whose stock is set to exactly {@code stock}. */
    public VariantDraft(List<String> optionValues, String sku, Money priceDifference, int stock, String barcode) {
        this(optionValues, sku, priceDifference, stock, barcode, null);
    }

    public String label() {
        return String.join(SEPARATOR, optionValues);
    }
}
