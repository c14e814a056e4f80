package io.tunemall.member.api;

import io.tunemall.sdk.Money;

/**
 * One run of the point expiry.
 *
 * @param ran false when another run was in progress and this one did not start
 */
public record PointExpiryRun(boolean ran, long members, Money expired) {
}
