package io.tunemall.order.api;

/** What can be done to a claim; {@link ClaimView#allowedActions()} says which are possible now. */
public enum ClaimAction {
    APPROVE,
    REJECT,
    WITHDRAW,
    COLLECT,
    COMPLETE
}
