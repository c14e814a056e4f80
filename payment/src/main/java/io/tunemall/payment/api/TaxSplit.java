package io.tunemall.payment.api;

import io.tunemall.sdk.Money;

/**
 * An amount split the way Korean receipts and gateways report it: prices are VAT-inclusive, so the taxable part
 * holds its 10 % VAT (supply value = taxable / 1.1, rounded half up to the won, VAT = the rest, as the gateways and
 * the tax office compute it), and the tax-free part holds none.
 *
 * @param total the whole amount
 * @param taxFree the tax-free (면세) part
 * @param supplyValue the taxable part without its VAT (공급가액)
 * @param vat the VAT within the taxable part (부가세)
 */
public record TaxSplit(Money total, Money taxFree, Money supplyValue, Money vat) {

    public static TaxSplit of(Money total, Money taxFree) {
        if (taxFree.isGreaterThan(total)) {
            throw new IllegalArgumentException("The tax-free part " + taxFree + " exceeds the amount " + total);
        }
        long taxable = total.won() - taxFree.won();
        long supply = (Math.multiplyExact(taxable, 10L) + 5) / 11; // 10x/11 rounded half up, in whole numbers
        return new TaxSplit(total, taxFree, Money.won(supply), Money.won(taxable - supply));
    }

    /** The VAT-inclusive taxable part. */
    public Money taxable() {
        return total.minus(taxFree);
    }
}
