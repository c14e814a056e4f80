package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * A sale price in force from {@code startsAt} (inclusive) until {@code endsAt} (exclusive); an open end has no limit.
 */
public record TimedSale(Money price, Instant startsAt, Instant endsAt) {
}
