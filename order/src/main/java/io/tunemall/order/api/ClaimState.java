package io.tunemall.order.api;

/**
 * Where a return or exchange is:
 * <pre>
 * REQUESTED ─► APPROVED ─► COLLECTED ─► COMPLETED
 *     │            │            │
 *     │            └─► WITHDRAWN (shopper, before collection)
 *     ├─► WITHDRAWN
 *     └─► REJECTED ◄────────────┘ (staff: refused, or the returned items did not pass inspection)
 * </pre>
 */
public enum ClaimState {
    REQUESTED,
    APPROVED,
    COLLECTED,
    COMPLETED,
    REJECTED,
    WITHDRAWN;

    public boolean open() {
        return this == REQUESTED || this == APPROVED || this == COLLECTED;
    }
}
