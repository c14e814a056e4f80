package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.LocalDate;

/**
 * A manual change of a member's points.
 *
 * @param deduct true to take points away (oldest expiring first), false to add
 * @param validThrough for an addition: the last day the points can be spent (shop's zone); null for the default
 */
public record PointAdjustment(long memberId, boolean deduct, Money amount, LocalDate validThrough, String reason,
        String staff) {
}
