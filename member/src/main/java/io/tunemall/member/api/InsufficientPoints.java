package io.tunemall.member.api;

import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;

/** A spend or a deduction larger than the member's points. Answered as 409 {@code insufficient-points}. */
public class InsufficientPoints extends ShopException {

    private final transient Money available;
    private final transient Money requested;

    public InsufficientPoints(long memberId, Money available, Money requested) {
        super(409, "insufficient-points", "Member " + memberId + " has " + available.won() + " points; "
                + requested.won() + " were requested");
        this.available = available;
        this.requested = requested;
    }

    public Money available() {
        return available;
    }

    public Money requested() {
        return requested;
    }
}
