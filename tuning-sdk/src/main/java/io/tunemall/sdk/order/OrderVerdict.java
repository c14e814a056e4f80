package io.tunemall.sdk.order;

import java.util.Objects;

/**
 * A validator's answer: accept, or refuse with a message the shopper reads next to the order summary.
 *
 * @param accepted whether the order may be placed as far as this validator is concerned
 * @param message why it is refused, in the shopper's language; null when accepted
 * @since 1.0.0
 */
public record OrderVerdict(boolean accepted, String message) {

    private static final OrderVerdict ACCEPTED = new OrderVerdict(true, null);

    public OrderVerdict {
        if (!accepted) {
            Objects.requireNonNull(message, "a refusal needs a message the shopper can act on");
        }
    }

    public static OrderVerdict accept() {
        return ACCEPTED;
    }

    /** @param message what the shopper reads, such as "제주 지역은 이 상품을 배송하지 않습니다." */
    public static OrderVerdict refuse(String message) {
        return new OrderVerdict(false, message);
    }
}
