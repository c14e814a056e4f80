package io.tunemall.order.api;

import io.tunemall.platform.error.ShopException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A coupon action refused as a whole (an invalid form, a download over the limit, a used-up coupon): each problem
 * names the field (empty for the whole) and a message code ({@code coupon.error.<code>}).
 */
public class CouponRejection extends ShopException {

    private final transient List<CheckoutProblem> problems;

    public CouponRejection(int status, List<CheckoutProblem> problems) {
        super(status, "coupon-rejected", problems.stream()
                .map(p -> (p.field().isEmpty() ? "" : p.field() + ": ") + p.code()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public static CouponRejection of(String field, String code, Object... arguments) {
        return new CouponRejection(409, List.of(CheckoutProblem.of(field, code, arguments)));
    }

    public List<CheckoutProblem> problems() {
        return problems;
    }
}
