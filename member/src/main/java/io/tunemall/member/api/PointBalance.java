package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.LocalDate;

/**
 * A member's points at a moment.
 *
 * @param available what the member can spend now
 * @param expiringSoon the part of it that expires by {@code expiringBy} unless spent
 * @param expiringBy the last day of the "expiring soon" window (in the shop's zone)
 */
public record PointBalance(long memberId, Money available, Money expiringSoon, LocalDate expiringBy) {
}
