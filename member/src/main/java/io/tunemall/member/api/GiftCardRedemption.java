package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.LocalDate;

/** A gift card redeemed into points, valid through a day in the shop's zone. */
public record GiftCardRedemption(long cardId, String lastFour, long memberId, Money points, LocalDate validThrough,
        long pointEntryId) {
}
