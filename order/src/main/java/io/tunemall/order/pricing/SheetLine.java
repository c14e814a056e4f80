package io.tunemall.order.pricing;

import io.tunemall.catalog.api.Purchasable;
import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.pricing.PricedLine;
import java.util.ArrayList;
import java.util.List;

/** One line on the price sheet, filled in by the line rules and discounted by the rules after them. */
public final class SheetLine {

    private final int index;
    private final Purchasable variant;
    private final int quantity;
    private Money listPrice = Money.ZERO;
    private Money basePrice = Money.ZERO;
    private Money optionPrice = Money.ZERO;
    private boolean onSale;
    private final List<PriceBreakdown.Adjustment> discounts = new ArrayList<>();

    SheetLine(int index, Purchasable variant, int quantity) {
        this.index = index;
        this.variant = variant;
        this.quantity = quantity;
    }

    public int index() {
        return index;
    }

    public Purchasable variant() {
        return variant;
    }

    public int quantity() {
        return quantity;
    }

    /** The list price of one unit, option included. */
    public Money listUnitPrice() {
        return listPrice.plus(optionPrice);
    }

    /** What one unit costs before discounts, option included. */
    public Money unitPrice() {
        return basePrice.plus(optionPrice);
    }

    public Money basePrice() {
        return basePrice;
    }

    public Money optionPrice() {
        return optionPrice;
    }

    public boolean onSale() {
        return onSale;
    }

    public Money discount() {
        return discounts.stream().map(PriceBreakdown.Adjustment::amount).reduce(Money.ZERO, Money::plus);
    }

    /** {@code unitPrice × quantity − discounts}; discounts are cut on the way in, so this never goes below zero. */
    public Money amount() {
        return unitPrice().times(quantity).minus(discount());
    }

    void listAt(Money listUnitPrice, Money regularPrice) {
        this.listPrice = listUnitPrice;
        this.basePrice = regularPrice;
    }

    void sellAt(Money salePrice) {
        this.basePrice = salePrice;
        this.onSale = true;
    }

    void optionCosts(Money difference) {
        this.optionPrice = difference;
    }

    /** Takes a discount off, at most {@code limit} and the line's amount; answers what was taken. */
    Money discount(Money wanted, Money limit, String label) {
        Money taken = wanted.min(amount()).min(limit);
        if (!taken.isZero()) {
            discounts.add(new PriceBreakdown.Adjustment(label, taken, false));
        }
        return taken;
    }

    PricedLine view() {
        Long brand = variant.brandId();
        return new PricedLine(index, variant.productId(), variant.variantId(), variant.sku(), variant.productName(),
                variant.optionText(), variant.categoryId(), brand, quantity, listUnitPrice(), unitPrice(), amount());
    }

    PriceBreakdown.Line breakdown() {
        return new PriceBreakdown.Line(index, variant.variantId(), variant.sku(), variant.productName(),
                variant.optionText(), quantity, listUnitPrice(), unitPrice(), optionPrice, onSale, discounts, amount());
    }
}
