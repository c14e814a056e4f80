package io.tunemall.sdk;

import java.io.Serializable;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * An amount of Korean won. KRW has no minor unit, so the amount is a whole number of won and never floating point.
 * Amounts are never negative: a discount or a refund is an amount of its own that is subtracted.
 * Every rounding rule of the platform lives here, so that pricing, tax splits and refunds round the same way.
 *
 * @param won the amount in won, zero or more
 * @since 1.0.0
 */
public record Money(long won) implements Comparable<Money>, Serializable {

    /** No money at all. */
    public static final Money ZERO = new Money(0);

    private static final int BASIS_POINTS = 10_000;

    public Money {
        if (won < 0) {
            throw new IllegalArgumentException("An amount of money cannot be negative: " + won + " won");
        }
    }

    /** The given number of won. */
    public static Money won(long won) {
        return new Money(won);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(won, other.won));
    }

    /**
     * This amount less the other.
     *
     * @throws IllegalArgumentException when the other amount is larger, because money never goes below zero
     */
    public Money minus(Money other) {
        return new Money(won - other.won);
    }

    /** This amount less the other, or zero when the other is larger (a discount never makes a price negative). */
    public Money minusAtMostToZero(Money other) {
        return won > other.won ? new Money(won - other.won) : ZERO;
    }

    /** The price of {@code quantity} units at this unit price. */
    public Money times(int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("A quantity cannot be negative: " + quantity);
        }
        return new Money(Math.multiplyExact(won, quantity));
    }

    /**
     * The given share of this amount in basis points (1 % = 100), rounded down to the won: a discount or point
     * rate never gives away a fraction of a won that the shop did not mean to give.
     */
    public Money percent(int basisPoints) {
        if (basisPoints < 0) {
            throw new IllegalArgumentException("A rate cannot be negative: " + basisPoints + " basis points");
        }
        return new Money(Math.multiplyExact(won, basisPoints) / BASIS_POINTS);
    }

    /**
     * This amount rounded down to a multiple of {@code unit} won, as Korean shops do for discounts and points
     * (원 단위 절사: unit 10 drops the last digit).
     */
    public Money roundedDownTo(int unit) {
        if (unit <= 0) {
            throw new IllegalArgumentException("A rounding unit must be positive: " + unit);
        }
        return new Money(won - won % unit);
    }

    public boolean isZero() {
        return won == 0;
    }

    public boolean isGreaterThan(Money other) {
        return won > other.won;
    }

    public boolean isLessThan(Money other) {
        return won < other.won;
    }

    public Money min(Money other) {
        return won <= other.won ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(won, other.won);
    }

    /** The amount as a shopper reads it in the given language: {@code 12,900원} in Korean, {@code ₩12,900} otherwise. */
    public String format(Locale locale) {
        String digits = NumberFormat.getIntegerInstance(Locale.KOREA).format(won);
        return Locale.KOREAN.getLanguage().equals(locale.getLanguage()) ? digits + "원" : "₩" + digits;
    }

    @Override
    public String toString() {
        return won + " KRW";
    }
}
