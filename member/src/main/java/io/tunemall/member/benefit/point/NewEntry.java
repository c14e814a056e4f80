package io.tunemall.member.benefit.point;

import io.tunemall.member.api.PointEntryKind;
import java.time.Instant;

/**
 * A point entry about to be written. Credits carry an expiry and start with all their points remaining; debits
 * carry a negative amount.
 */
record NewEntry(long memberId, PointEntryKind kind, long amount, long remaining, Instant expiresAt,
        String orderNumber, String onceKey, Long relatedId, Long giftCardId, Long expiredWon, Long shortfallWon,
        String reason, String staff) {

    static NewEntry credit(long memberId, PointEntryKind kind, long amount, Instant expiresAt) {
        return new NewEntry(memberId, kind, amount, amount, expiresAt, null, null, null, null, null, null, null, null);
    }

    /** A debit or a credit-back; its amount is filled in when the points are counted. */
    static NewEntry of(long memberId, PointEntryKind kind) {
        return new NewEntry(memberId, kind, 0, 0, null, null, null, null, null, null, null, null, null);
    }

    NewEntry forOrder(String number, String once) {
        return new NewEntry(memberId, kind, amount, remaining, expiresAt, number, once, relatedId, giftCardId,
                expiredWon, shortfallWon, reason, staff);
    }

    NewEntry relatedTo(long entryId) {
        return new NewEntry(memberId, kind, amount, remaining, expiresAt, orderNumber, onceKey, entryId, giftCardId,
                expiredWon, shortfallWon, reason, staff);
    }

    NewEntry fromGiftCard(long cardId) {
        return new NewEntry(memberId, kind, amount, remaining, expiresAt, orderNumber, onceKey, relatedId, cardId,
                expiredWon, shortfallWon, reason, staff);
    }

    NewEntry because(String why, String who) {
        return new NewEntry(memberId, kind, amount, remaining, expiresAt, orderNumber, onceKey, relatedId, giftCardId,
                expiredWon, shortfallWon, why, who);
    }

    NewEntry settling(Long expired, Long shortfall) {
        return new NewEntry(memberId, kind, amount, remaining, expiresAt, orderNumber, onceKey, relatedId, giftCardId,
                expired, shortfall, reason, staff);
    }

    /** A credit-back entry (a give-back) that itself holds the part reissued with a new expiry. */
    NewEntry amounting(long signedAmount, long holding, Instant expiry) {
        return new NewEntry(memberId, kind, signedAmount, holding, expiry, orderNumber, onceKey, relatedId, giftCardId,
                expiredWon, shortfallWon, reason, staff);
    }
}
