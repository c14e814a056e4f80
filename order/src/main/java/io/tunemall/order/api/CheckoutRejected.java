package io.tunemall.order.api;

import io.tunemall.platform.error.ShopException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An order that was not placed, with everything the shopper must fix or know: field problems, what changed in the
 * cart, refusals of the shop's validators. Nothing was taken from stock.
 */
public class CheckoutRejected extends ShopException {

    private final transient List<CheckoutProblem> problems;
    private final transient List<CartNotice> changes;

    public CheckoutRejected(List<CheckoutProblem> problems, List<CartNotice> changes) {
        super(422, "checkout-rejected", problems.stream()
                .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.code()
                        + (p.arguments().isEmpty() ? "" : " " + p.arguments()))
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
        this.changes = List.copyOf(changes);
    }

    public List<CheckoutProblem> problems() {
        return problems;
    }

    public List<CartNotice> changes() {
        return changes;
    }
}
