package io.tunemall.order.pricing;

/**
 * What a member's grade (회원등급) gives on an order.
 *
 * @param gradeName as the shopper reads it in the breakdown, such as {@code GOLD}
 * @param discountBasisPoints the grade discount on the items, in basis points (300 = 3 %)
 * @param freeShipping whether the grade ships free (the base fee; a remote-area surcharge is still charged)
 */
public record GradeBenefit(String gradeName, int discountBasisPoints, boolean freeShipping) {

    public GradeBenefit {
        if (discountBasisPoints < 0 || discountBasisPoints > 10_000) {
            throw new IllegalArgumentException("A grade discount is between 0 and 100 %: " + discountBasisPoints);
        }
    }
}
