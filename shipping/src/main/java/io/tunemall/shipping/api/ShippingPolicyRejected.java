package io.tunemall.shipping.api;

import io.tunemall.platform.error.ShopException;
import java.util.List;
import java.util.stream.Collectors;

/** A policy refused as a whole; nothing of it was saved. */
public class ShippingPolicyRejected extends ShopException {

    private final transient List<PolicyProblem> problems;

    public ShippingPolicyRejected(List<PolicyProblem> problems) {
        super(422, "shipping-policy-rejected",
                problems.stream().map(p -> p.field() + ": " + p.code()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<PolicyProblem> problems() {
        return problems;
    }
}
