package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.io.Serializable;
import java.util.List;

/**
 * Everything an order costs, step by step, as the shopper sees it before paying and as the order keeps it:
 * <pre>
 * items   = Σ lines' amounts (unit price × quantity − line discounts)
 * goods   = items − grade discount − coupon discount − order discounts + charges
 * final   = goods + shipping fee + remote-area surcharge − points used
 * </pre>
 *
 * @param listAmount what the goods cost at list price (정가)
 * @param saleDiscount how much less than the list price the regular and sale prices are
 * @param itemsAmount the lines' amounts
 * @param gradeDiscount the member grade's discount
 * @param gradeName the grade that gave it, or null
 * @param couponDiscount the coupon's discount
 * @param couponName the coupon that gave it, or null
 * @param orderAdjustments order discounts and charges of price rules, in the order they applied
 * @param goodsAmount what the goods cost after every discount; the free-shipping threshold is measured against it
 * @param remoteArea the remote area the postal code lies in, or null
 * @param pointsUsed points (적립금) paying part of it
 * @param finalAmount what the shopper pays
 * @param notes why something the shopper asked for did not fully apply (coupon minimum, points over the balance)
 * @param taxFreeAmount the tax-free (면세) part of the final amount: what the tax-free lines are charged after their
 *     shares of the order discounts and points; the rest, shipping included, is taxable (과세) and holds its VAT
 */
public record PriceBreakdown(List<Line> lines, Money listAmount, Money saleDiscount, Money itemsAmount,
        Money gradeDiscount, String gradeName, Money couponDiscount, String couponName,
        List<Adjustment> orderAdjustments, Money goodsAmount, Money shippingFee, Money remoteAreaSurcharge,
        String remoteArea, Money pointsUsed, Money finalAmount, List<PricingNote> notes, Money taxFreeAmount)
        implements Serializable {

    public PriceBreakdown {
        lines = List.copyOf(lines);
        orderAdjustments = List.copyOf(orderAdjustments);
        notes = List.copyOf(notes);
        taxFreeAmount = taxFreeAmount == null ? Money.ZERO : taxFreeAmount;
        if (taxFreeAmount.isGreaterThan(finalAmount)) {
            throw new IllegalArgumentException("The tax-free part " + taxFreeAmount + " exceeds the final amount "
                    + finalAmount);
        }
    }

    /** A breakdown of goods that are all taxable (과세), as every order was before products could be tax-free. */
    public PriceBreakdown(List<Line> lines, Money listAmount, Money saleDiscount, Money itemsAmount,
            Money gradeDiscount, String gradeName, Money couponDiscount, String couponName,
            List<Adjustment> orderAdjustments, Money goodsAmount, Money shippingFee, Money remoteAreaSurcharge,
            String remoteArea, Money pointsUsed, Money finalAmount, List<PricingNote> notes) {
        this(lines, listAmount, saleDiscount, itemsAmount, gradeDiscount, gradeName, couponDiscount, couponName,
                orderAdjustments, goodsAmount, shippingFee, remoteAreaSurcharge, remoteArea, pointsUsed, finalAmount,
                notes, Money.ZERO);
    }

    /** The taxable (과세) part of the final amount, VAT included. */
    public Money taxableAmount() {
        return finalAmount.minus(taxFreeAmount);
    }

    /**
     * The VAT within the taxable part (부가세): prices include 10 % VAT, so the supply value is taxable × 10 / 11
     * rounded half up to the won and the VAT is the rest, which is taxable / 11 rounded to the nearest won (11 being
     * odd, there is never a tie). The same rule as the payment module's TaxSplit, so the order shows what the gateway
     * and the receipt report.
     */
    public Money vat() {
        long taxable = taxableAmount().won();
        return Money.won(taxable - (Math.multiplyExact(taxable, 10L) + 5) / 11);
    }

    /**
     * One line.
     *
     * @param index the line's position, from 0
     * @param listUnitPrice the list price of one unit, option included
     * @param unitPrice what one unit costs before discounts (regular or sale price, option included)
     * @param optionPrice the option's price difference, included in both unit prices
     * @param onSale whether a timed sale gave the unit price
     * @param discounts discounts of price rules on this line
     * @param amount {@code unitPrice × quantity − discounts}
     */
    public record Line(int index, long variantId, String sku, String productName, String optionText, int quantity,
            Money listUnitPrice, Money unitPrice, Money optionPrice, boolean onSale, List<Adjustment> discounts,
            Money amount) implements Serializable {

        public Line {
            discounts = List.copyOf(discounts);
        }

        public Money discount() {
            return discounts.stream().map(Adjustment::amount).reduce(Money.ZERO, Money::plus);
        }
    }

    /** A labelled discount or charge. */
    public record Adjustment(String label, Money amount, boolean charge) implements Serializable {
    }

    public Money shippingTotal() {
        return shippingFee.plus(remoteAreaSurcharge);
    }

    public Money orderDiscounts() {
        return orderAdjustments.stream().filter(a -> !a.charge()).map(Adjustment::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money orderCharges() {
        return orderAdjustments.stream().filter(Adjustment::charge).map(Adjustment::amount).reduce(Money.ZERO, Money::plus);
    }

    /** Whether the steps add up to the final amount, as the formulas above say. */
    public boolean addsUp() {
        long items = lines.stream().mapToLong(line -> line.amount().won()).sum();
        long goods = items - gradeDiscount.won() - couponDiscount.won() - orderDiscounts().won() + orderCharges().won();
        long finalWon = goods + shippingFee.won() + remoteAreaSurcharge.won() - pointsUsed.won();
        return items == itemsAmount.won() && goods == goodsAmount.won() && finalWon == finalAmount.won();
    }
}
