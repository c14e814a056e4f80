package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.time.LocalDate;

/** A batch of gift cards with how many of its cards are in each state. */
public record GiftCardBatchRow(long id, String name, Money faceValue, int count, LocalDate validThrough,
        String issuedBy, Instant issuedAt, long active, long held, long redeemed, long voided, long expired) {
}
