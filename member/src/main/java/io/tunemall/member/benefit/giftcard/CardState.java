package io.tunemall.member.benefit.giftcard;

import io.tunemall.member.api.GiftCardRefused;
import io.tunemall.member.api.GiftCardStatus;
import java.time.Instant;

/** A gift card row as stored. */
record CardState(long id, long batchId, String lastFour, long faceValueWon, Instant validUntil, String status,
        String reservedFor, Instant reservedUntil, Instant redeemedAt, String redeemedAs, Long memberId,
        String orderNumber, Long pointEntryId, Instant voidedAt, String voidedBy, String voidReason) {

    static final String ACTIVE = "ACTIVE";
    static final String RESERVED = "RESERVED";
    static final String REDEEMED = "REDEEMED";
    static final String VOIDED = "VOIDED";

    GiftCardStatus shown(Instant now) {
        if (VOIDED.equals(status)) {
            return GiftCardStatus.VOIDED;
        }
        if (REDEEMED.equals(status)) {
            return GiftCardStatus.REDEEMED;
        }
        if (!validUntil.isAfter(now)) {
            return GiftCardStatus.EXPIRED;
        }
        return held(now) ? GiftCardStatus.HELD : GiftCardStatus.ACTIVE;
    }

    boolean held(Instant now) {
        return RESERVED.equals(status) && reservedUntil != null && reservedUntil.isAfter(now);
    }

    /** Why a use of this card was refused, after the conditional update found it unusable. */
    GiftCardRefused.Reason refusal(Instant now) {
        return switch (shown(now)) {
            case VOIDED -> GiftCardRefused.Reason.VOIDED;
            case REDEEMED -> GiftCardRefused.Reason.ALREADY_USED;
            case EXPIRED -> GiftCardRefused.Reason.EXPIRED;
            case HELD, ACTIVE -> GiftCardRefused.Reason.HELD;
        };
    }
}
