package io.tunemall.order.pricing;

import io.tunemall.sdk.Money;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the order-level discounts and the points over the lines, in proportion to what each line costs, rounding
 * down: a partial cancellation gives back a line's amount less its shares. Whatever rounding leaves over stays with
 * the order and goes back with its last line, so every won is given back exactly once.
 */
final class ShareAllocation {

    private ShareAllocation() {
    }

    static List<LineShares> of(List<SheetLine> lines, List<OrderReduction> reductions, Money points, Money payable) {
        long[] discount = new long[lines.size()];
        for (OrderReduction reduction : reductions) {
            long weight = 0;
            for (SheetLine line : lines) {
                weight += reduction.covers(line.index()) ? line.amount().won() : 0;
            }
            for (SheetLine line : lines) {
                if (weight > 0 && reduction.covers(line.index())) {
                    long share = proportion(reduction.amount().won(), line.amount().won(), weight);
                    discount[line.index()] = Math.min(line.amount().won(), discount[line.index()] + share);
                }
            }
        }
        List<LineShares> shares = new ArrayList<>();
        for (SheetLine line : lines) {
            long net = line.amount().won() - discount[line.index()];
            long pointShare = payable.isZero() ? 0 : Math.min(net, proportion(points.won(), net, payable.won()));
            shares.add(new LineShares(Money.won(discount[line.index()]), Money.won(pointShare)));
        }
        return shares;
    }

    /** {@code amount × part / whole}, rounded down, without overflowing for any amounts in won. */
    private static long proportion(long amount, long part, long whole) {
        return BigInteger.valueOf(amount).multiply(BigInteger.valueOf(part)).divide(BigInteger.valueOf(whole))
                .longValue();
    }
}
