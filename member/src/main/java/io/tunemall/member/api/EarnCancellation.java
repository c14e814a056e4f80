package io.tunemall.member.api;

import io.tunemall.sdk.Money;

/**
 * What cancelling (part of) an order's earned points did.
 *
 * @param takenBack points removed from the member: the unspent rest of the earn first, then other points
 * @param alreadyExpired part of the earn that had expired unspent, so there was nothing to take back
 * @param shortfall part that had been spent and could not be taken back because the member has no points left; the
 *        order module settles it (for example by refunding that much less)
 */
public record EarnCancellation(long memberId, String orderNumber, Money takenBack, Money alreadyExpired,
        Money shortfall) {
}
