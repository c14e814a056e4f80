package io.tunemall.order.api;

import java.util.Optional;

/**
 * Whose cart: a member's (by member id) or a guest's (by the cart id from its signed cookie). A guest without a cart
 * yet has neither; adding the first item creates one.
 */
public record CartOwner(String guestCartId, Long memberId) {

    public static CartOwner member(long memberId) {
        return new CartOwner(null, memberId);
    }

    public static CartOwner guest(String cartId) {
        return new CartOwner(cartId, null);
    }

    /** A guest who has no cart yet. */
    public static CartOwner newGuest() {
        return new CartOwner(null, null);
    }

    public Optional<Long> member() {
        return Optional.ofNullable(memberId);
    }

    public Optional<String> guestCart() {
        return memberId == null ? Optional.ofNullable(guestCartId) : Optional.empty();
    }
}
