package io.tunemall.order.api;

/**
 * Moves a guest's cart into a member's when the guest logs in: lines of the same variant add up (within the stock and
 * the per-line limit), other lines are appended, and the guest cart is gone afterwards. Calling it again, or for a
 * guest cart that no longer exists, changes nothing.
 */
public interface CartMerge {

    void merge(String guestCartId, long memberId);
}
