package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One gift card as admin sees it.
 *
 * @param redeemedAs {@code POINTS} or {@code PAYMENT} once redeemed
 * @param memberId who redeemed it into points
 * @param orderNumber the order it paid for, or the order holding it
 */
public record GiftCardRow(long id, long batchId, String lastFour, Money faceValue, LocalDate validThrough,
        GiftCardStatus status, Instant redeemedAt, String redeemedAs, Long memberId, String orderNumber,
        Instant voidedAt, String voidedBy, String voidReason) {
}
