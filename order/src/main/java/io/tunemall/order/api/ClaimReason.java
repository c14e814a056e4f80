package io.tunemall.order.api;

/** Why the shopper returns or exchanges; a change of mind makes the shopper pay the return shipping. */
public enum ClaimReason {
    CHANGE_OF_MIND,
    DEFECTIVE,
    WRONG_ITEM,
    DAMAGED_IN_TRANSIT,
    OTHER;

    /** 전자상거래법 §18: return shipping is the shopper's for a change of mind, the shop's for its own fault. */
    public boolean shopperPaysShipping() {
        return this == CHANGE_OF_MIND;
    }
}
