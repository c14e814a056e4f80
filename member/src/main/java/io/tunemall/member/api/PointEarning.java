package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.LocalDate;

/** Points credited for an order, valid through a day in the shop's zone. */
public record PointEarning(long entryId, long memberId, String orderNumber, Money amount, LocalDate validThrough) {
}
