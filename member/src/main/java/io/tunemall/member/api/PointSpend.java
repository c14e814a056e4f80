package io.tunemall.member.api;

import io.tunemall.sdk.Money;

/** Points spent on an order. */
public record PointSpend(long entryId, long memberId, String orderNumber, Money amount) {
}
