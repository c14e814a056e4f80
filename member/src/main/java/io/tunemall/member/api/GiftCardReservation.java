package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/** A gift card held for (or spent on) an order; its face value is what checkout may count as paid. */
public record GiftCardReservation(long cardId, String lastFour, Money faceValue, String orderNumber,
        Instant reservedUntil) {
}
