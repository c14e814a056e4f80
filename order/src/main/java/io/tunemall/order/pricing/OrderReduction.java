package io.tunemall.order.pricing;

import io.tunemall.sdk.Money;
import java.util.Set;

/**
 * An order-level discount and the lines it was given for (all lines when empty): when lines are cancelled later,
 * each gives back its part of the discounts it earned.
 */
record OrderReduction(Money amount, Set<Integer> lines) {

    OrderReduction {
        lines = Set.copyOf(lines);
    }

    boolean covers(int lineIndex) {
        return lines.isEmpty() || lines.contains(lineIndex);
    }
}
