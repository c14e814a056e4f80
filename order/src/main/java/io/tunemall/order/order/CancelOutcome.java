package io.tunemall.order.order;

import io.tunemall.sdk.Money;
import java.util.List;

/**
 * What a cancellation changed, for the stock, the benefits and the event.
 *
 * @param lines the lines cancelled now
 * @param wholeOrder whether nothing of the order is left
 * @param refund money to give back now (zero for an unpaid order)
 * @param pointsReturned points to give back now
 * @param wasPaid whether the order had been paid
 */
public record CancelOutcome(List<OrderLine> lines, boolean wholeOrder, Money refund, Money pointsReturned,
        boolean wasPaid) {

    public CancelOutcome {
        lines = List.copyOf(lines);
    }

    public List<Integer> lineNumbers() {
        return lines.stream().map(OrderLine::lineNumber).toList();
    }
}
